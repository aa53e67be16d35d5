// One temp folder for a whole run (npm test, vitest): the process and everything it
// spawns write their temporary files there (os.tmpdir() reads these variables, Node's
// compile cache and Chromium's profiles included), and one removal leaves the machine's
// temp folder as it was found.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The variables os.tmpdir() reads: TMPDIR on Unix, TEMP and TMP on Windows. */
const TMP_VARS = ['TMPDIR', 'TEMP', 'TMP'] as const;

/** Points the temp variables of `env` at a new folder under the current temp folder; `remove()` deletes it and restores them. */
export function useRunTempDir(prefix: string, env: NodeJS.ProcessEnv = process.env): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const before = TMP_VARS.map((name) => [name, env[name]] as const);
  for (const name of TMP_VARS) env[name] = dir;
  return {
    dir,
    remove: () => {
      for (const [name, value] of before) {
        if (value === undefined) delete env[name];
        else env[name] = value;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
