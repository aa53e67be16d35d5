// The large data set in the other forms exports come in: the same verbatims as an .xlsx
// sheet (written by SheetJS, the reader check uses) and as UTF-16 CSV (Excel "Unicode
// text", the Play Console), each in a copy of the large folder, so check's cost on each
// is measured against the same rows.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';

export interface Variants {
  xlsxDir: string;
  utf16Dir: string;
}

export function writeVariants(largeDir: string, work: string): Variants {
  const text = readFileSync(path.join(largeDir, 'verbatims.csv'), 'utf8').replace(/^\uFEFF/, '');
  const xlsxDir = path.join(work, 'large-xlsx');
  const utf16Dir = path.join(work, 'large-utf16');
  for (const dir of [xlsxDir, utf16Dir]) cpSync(largeDir, dir, { recursive: true });
  rmSync(path.join(xlsxDir, 'verbatims.csv'));
  // raw: every cell stays the text the CSV holds (dates included), as a sheet pasted from it.
  const book = XLSX.read(text, { type: 'string', FS: ';', raw: true, dense: true });
  writeFileSync(path.join(xlsxDir, 'verbatims.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
  writeFileSync(path.join(utf16Dir, 'verbatims.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  return { xlsxDir, utf16Dir };
}
