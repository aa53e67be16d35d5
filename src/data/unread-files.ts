// Spreadsheets people drop into the data folder that miroir does not read: a verbatims
// export under another name (« verbatims (1).csv » from a second download, « Verbatims.CSV »,
// Microsoft Forms' « Form1.xlsx »), or a wave's answers that no wave lists. Each is told at
// the file, with what to do, so that nothing is left out without a word. Only the folders'
// listings are read (links are listed, not followed; a folder outside the data folder is not
// listed), never the files themselves.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { START, type Diagnostics } from './diagnostics.ts';
import { dataFile, isPresent } from './sources/files.ts';
import { checkInData } from './sources/safe-path.ts';
import { normalizeWord } from './sources/text.ts';
import type { YamlSource } from './sources/yaml.ts';

const TABLE = /\.(csv|tsv|txt|xlsx|xlsm|xls|ods|numbers)$/i;
const READ = new Set(['verbatims.csv', 'verbatims.xlsx']);

/** The spreadsheet-like files directly in `dir` (not in its folders), by name. */
function tablesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && TABLE.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * The name miroir reads a verbatims export of this kind under; undefined for a kind it
 * does not read (.xls, .ods, .numbers: to be saved as .xlsx first).
 */
export function verbatimsName(file: string): 'verbatims.csv' | 'verbatims.xlsx' | undefined {
  if (/\.(csv|tsv|txt)$/i.test(file)) return 'verbatims.csv';
  if (/\.(xlsx|xlsm)$/i.test(file)) return 'verbatims.xlsx';
  return undefined;
}

/**
 * When the folder has no verbatims file at all, the spreadsheet that most likely is the
 * export: one whose name says verbatims, else the first. The missing-verbatims error names it.
 */
export function verbatimsCandidate(dataDir: string): string | undefined {
  if (['verbatims.csv', 'verbatims.xlsx', 'verbatims.yaml'].some((n) => isPresent(dataFile(dataDir, n)))) return undefined;
  const tables = tablesIn(dataDir).filter((n) => !READ.has(n));
  return tables.find((n) => normalizeWord(n.replace(/\.[^.]*$/, '')).startsWith('verbatim')) ?? tables[0];
}

/**
 * The files the waves of barometer.yaml name under `responses:`, as paths of the data
 * folder: none without a barometer.yaml; unknown (undefined) when it could not be read.
 */
function responsesFiles(dataDir: string, src: YamlSource | undefined): Set<string> | undefined {
  const out = new Set<string>();
  if (!src) return isPresent(dataFile(dataDir, 'barometer.yaml')) ? undefined : out;
  const waves = src.raw(['waves']);
  if (!Array.isArray(waves)) return out;
  for (const w of waves) {
    const rel = (w as { responses?: unknown } | null)?.responses;
    if (typeof rel === 'string' && rel.trim() !== '') out.add(path.posix.normalize(rel.trim().replace(/\\/g, '/')));
  }
  return out;
}

/**
 * Warns about each spreadsheet nothing reads: at the top of the data folder (but the one
 * the missing-verbatims error names already), and in the folders of the waves' answers
 * (barometer/, and any folder a wave's `responses` points into) unless barometer.yaml
 * (`barometer`, as read) could not be read: which files it names is unknown then.
 */
export function warnUnread(dataDir: string, barometer: YamlSource | undefined, diags: Diagnostics): void {
  const told = verbatimsCandidate(dataDir);
  const responses = responsesFiles(dataDir, barometer);
  for (const name of tablesIn(dataDir)) {
    if (READ.has(name) || name === told || responses?.has(name)) continue;
    diags.warning(dataFile(dataDir, name), START, 'data.unread', { name, rename: verbatimsName(name) });
  }
  if (!responses) return;
  const folders = new Set(['barometer', ...[...responses].map((r) => path.posix.dirname(r)).filter((d) => d !== '.' && !d.startsWith('..'))]);
  for (const folder of [...folders].sort()) {
    // A folder that is a link out of the data folder is not listed either (safe-path.ts).
    const dir = path.join(dataDir, folder);
    if (!checkInData(dataDir, dir).ok) continue;
    for (const name of tablesIn(dir)) {
      const rel = `${folder}/${name}`;
      if (!responses.has(rel)) diags.warning(dataFile(dataDir, rel), START, 'barometer.responses.unused', { file: rel });
    }
  }
}
