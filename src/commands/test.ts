// npm test: the whole suite, browser tests included. A missing browser is a clear
// message up front, not a hundred failing tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findChromium, NoBrowserError } from '../headless/chromium.ts';
import { COMMAND_WORDS, TERMINAL_LOCALE } from '../words/commands.ts';

import { PROJECT_ROOT as root } from './root.ts';
import { useRunTempDir } from './run-temp.ts';
const say = COMMAND_WORDS[TERMINAL_LOCALE].test;
// Everything the run writes to a temp folder (the browser that @sparticuz/chromium
// unpacks included) lands in this one, removed after: `$TMPDIR` is left as found.
const temp = useRunTempDir('miroir-test-');
let chrome: string;
try {
  chrome = await findChromium();
} catch (e) {
  temp.remove();
  if (!(e instanceof NoBrowserError)) throw e;
  process.stderr.write(`${say.noBrowser}\n${e.detail(TERMINAL_LOCALE)}\n`);
  process.exit(1);
}
process.stderr.write(`${say.browser(chrome)}\n`);
// Vitest on this very Node (the project's Node 24), not on whatever `node` PATH finds first.
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
// Ctrl-C reaches vitest too; this process stays to clean up once vitest has stopped.
process.on('SIGINT', () => undefined);
const result = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
temp.remove();
process.exit(result.status ?? 1);
