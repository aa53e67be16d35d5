// The guides' examples: each is what the checker really prints for one small data
// folder of tests/fixtures/guide/ — the minimal valid folder (tests/fixtures/minimal)
// with the files of tests/fixtures/guide/<code>/ laid over it — so every suggestion a
// guide promises is one the checker makes. `npm run docs` writes them into the guides;
// tests/unit/words/guide.test.ts fails when a guide differs from what the checker says.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatDiagnostic } from '../data/diagnostics.ts';
import { loadProject } from '../project/load.ts';
import type { Locale } from '../model.ts';
import type { Examples } from '../words/guide.ts';
import { PROJECT_ROOT } from './root.ts';

export const GUIDE_FIXTURES = 'tests/fixtures/guide';
const BASE = 'tests/fixtures/minimal';
/** A fixed "today", so an example about dates never changes with the calendar. */
const TODAY = '2026-11-24';
/** In an example folder, the files of the minimal folder to take away, one per line. */
const REMOVE = 'REMOVE';

/** The line `check` prints, in each locale, for the first problem of `code` in `dataDir`. */
function lineFor(code: string, dataDir: string): Record<Locale, string> | undefined {
  const d = loadProject(dataDir, { MIROIR_TODAY: TODAY }).diagnostics.find((x) => x.code === code);
  return d && { fr: formatDiagnostic(d, 'fr'), en: formatDiagnostic(d, 'en') };
}

export function guideExamples(root = PROJECT_ROOT): Examples {
  const fixtures = path.join(root, GUIDE_FIXTURES);
  const out: Examples = {};
  for (const code of readdirSync(fixtures).sort()) {
    const temp = mkdtempSync(path.join(os.tmpdir(), 'miroir-guide-'));
    try {
      const data = path.join(temp, 'data');
      cpSync(path.join(root, BASE), data, { recursive: true });
      cpSync(path.join(fixtures, code), data, { recursive: true });
      const remove = path.join(data, REMOVE);
      if (existsSync(remove)) {
        for (const name of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(path.join(data, name), { recursive: true, force: true });
        rmSync(remove);
      }
      const line = lineFor(code, data);
      if (!line) throw new Error(`${GUIDE_FIXTURES}/${code}/ no longer makes the checker say ${code}: fix the example folder.`);
      out[code] = line;
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }
  return out;
}
