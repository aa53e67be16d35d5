// npm test: the whole suite, browser tests included. A missing browser is a clear
// message up front, not a hundred failing tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findChromium, NoBrowserError } from '../headless/chromium.ts';
import { COMMAND_WORDS, TERMINAL_LOCALE } from '../words/commands.ts';

import { PROJECT_ROOT as root } from './root.ts';
const say = COMMAND_WORDS[TERMINAL_LOCALE].test;
let chrome: string;
try {
  chrome = await findChromium();
} catch (e) {
  if (!(e instanceof NoBrowserError)) throw e;
  process.stderr.write(`${say.noBrowser}\n${e.message}\n`);
  process.exit(1);
}
process.stderr.write(`${say.browser(chrome)}\n`);
const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
const result = spawnSync(vitest, ['run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(result.status ?? 1);
