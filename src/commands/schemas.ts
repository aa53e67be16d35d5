// npm run schemas: writes schemas/*.schema.json from the checker's zod schemas, for
// editors that complete YAML keys (`# yaml-language-server: $schema=…` in data/).
// Never edit those files by hand: tests/schemas.test.ts fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_NAMES, SCHEMAS_DIR, schemaFile, schemaText } from '../editor/json-schemas.ts';
import { guard } from './guard.ts';

import { PROJECT_ROOT as root } from './root.ts';

guard(() => {
  mkdirSync(path.join(root, SCHEMAS_DIR), { recursive: true });
  for (const name of SCHEMA_NAMES) {
    writeFileSync(path.join(root, schemaFile(name)), schemaText(name));
    process.stderr.write(`${schemaFile(name)}\n`);
  }
  return 0;
});
