// The large data set in the other forms exports come in: the same verbatims as an .xlsx
// sheet and as UTF-16 CSV (Excel "Unicode text", the Play Console), each in a copy of the
// large folder, so check's cost on each is measured against the same rows.
//
// The sheet is written the way Excel saves one (and Microsoft Forms exports one): text in
// the shared-strings table, the timestamps as date cells (a serial number with a date
// format) and the ratings as numbers. SheetJS's writer would otherwise keep every cell as
// a formula-string (`t="str"`), which no spreadsheet application writes for typed values.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import * as XLSX from '@e965/xlsx';

export interface Variants {
  xlsxDir: string;
  utf16Dir: string;
}

const STAMP = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d)$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** A cell as Excel keeps what was typed in it: a date, a number, or text. */
function typed(cell: string): Date | number | string | null {
  if (cell === '') return null;
  const m = STAMP.exec(cell);
  if (m) return new Date(Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!, +m[4]!, +m[5]!, +m[6]!));
  return NUMBER.test(cell) ? Number(cell) : cell;
}

export function writeVariants(largeDir: string, work: string): Variants {
  const text = readFileSync(path.join(largeDir, 'verbatims.csv'), 'utf8').replace(/^\uFEFF/, '');
  const xlsxDir = path.join(work, 'large-xlsx');
  const utf16Dir = path.join(work, 'large-utf16');
  for (const dir of [xlsxDir, utf16Dir]) cpSync(largeDir, dir, { recursive: true });
  rmSync(path.join(xlsxDir, 'verbatims.csv'));
  const [header, ...rows] = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
  const sheet = XLSX.utils.aoa_to_sheet([header!, ...rows.map((r) => r.map(typed))], { dateNF: 'dd/mm/yyyy hh:mm:ss', UTC: true });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Feuil1');
  writeFileSync(path.join(xlsxDir, 'verbatims.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }));
  writeFileSync(path.join(utf16Dir, 'verbatims.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  return { xlsxDir, utf16Dir };
}
