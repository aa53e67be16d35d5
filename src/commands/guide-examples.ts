// The guides' examples: each is what the checker really prints for one small data
// folder of tests/fixtures/guide/ — the minimal valid folder (tests/fixtures/minimal)
// with the files of tests/fixtures/guide/<code>/ laid over it — so every suggestion a
// guide promises is one the checker makes. `npm run docs` writes them into the guides;
// tests/unit/words/guide.test.ts fails when a guide differs from what the checker says.
// What git cannot hold (a pipe, a file of 600 MB) an example folder declares in a MAKE
// file, made in the temporary copy only.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, ftruncateSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
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
/** In an example folder, one file to make per line: `fifo NAME` (a named pipe) or `grow NAME BYTES` (a sparse file). */
const MAKE = 'MAKE';

/** Makes in `data` what the MAKE file of an example folder declares. */
function make(data: string, spec: string): void {
  for (const line of spec.split('\n').filter(Boolean)) {
    const [what, name, size] = line.trim().split(/\s+/);
    const file = path.join(data, name!);
    mkdirSync(path.dirname(file), { recursive: true });
    if (what === 'fifo') {
      const r = spawnSync('mkfifo', [file]);
      if (r.status !== 0) throw new Error(`${MAKE}: mkfifo ${name} failed (${r.error?.message ?? r.stderr}).`);
    } else if (what === 'grow') {
      // Sparse: the size is what the checker sees, without writing the bytes.
      const fd = openSync(file, 'w');
      ftruncateSync(fd, Number(size));
      closeSync(fd);
    } else {
      throw new Error(`${MAKE}: unknown line ${JSON.stringify(line)} (fifo NAME, grow NAME BYTES).`);
    }
  }
}

/** The line `check` prints, in each locale, for the first problem of `code` in `dataDir`. */
function lineFor(code: string, dataDir: string): Record<Locale, string> | undefined {
  const d = loadProject(dataDir, { MIROIR_TODAY: TODAY }).diagnostics.find((x) => x.code === code);
  return d && { fr: formatDiagnostic(d, 'fr'), en: formatDiagnostic(d, 'en') };
}

/** The line the checker prints for the example folder of `code`, or undefined when it no longer says `code`. */
export function exampleOf(code: string, root = PROJECT_ROOT): Record<Locale, string> | undefined {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'miroir-guide-'));
  try {
    const data = path.join(temp, 'data');
    cpSync(path.join(root, BASE), data, { recursive: true });
    const folder = path.join(root, GUIDE_FIXTURES, code);
    cpSync(folder, data, { recursive: true, filter: (from) => !lstatSync(from).isSymbolicLink() });
    // Links are made as written (a loop, a link out of the folder), in place of the minimal folder's file.
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      const from = path.join(folder, name);
      if (!lstatSync(from).isSymbolicLink()) continue;
      rmSync(path.join(data, name), { force: true });
      symlinkSync(readlinkSync(from), path.join(data, name));
    }
    const remove = path.join(data, REMOVE);
    if (existsSync(remove)) {
      for (const name of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(path.join(data, name), { recursive: true, force: true });
      rmSync(remove);
    }
    const made = path.join(data, MAKE);
    if (existsSync(made)) {
      const spec = readFileSync(made, 'utf8');
      rmSync(made);
      make(data, spec);
    }
    return lineFor(code, data);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

export function guideExamples(root = PROJECT_ROOT): Examples {
  const out: Examples = {};
  for (const code of readdirSync(path.join(root, GUIDE_FIXTURES)).sort()) {
    const line = exampleOf(code, root);
    if (!line) throw new Error(`${GUIDE_FIXTURES}/${code}/ no longer makes the checker say ${code}: fix the example folder.`);
    out[code] = line;
  }
  return out;
}
