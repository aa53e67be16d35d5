// The project's root folder (where package.json, src/ and dist/ are), for commands
// that build, print or write into the checkout whatever the working directory.
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
