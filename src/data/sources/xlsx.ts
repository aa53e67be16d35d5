// Reads an .xlsx workbook (Microsoft Forms, Excel's default) into the same row stream
// as the CSV reader: rows of text cells, the first row that holds anything being the
// header. Cells become the text a CSV export would hold, except date cells, written
// `YYYY-MM-DD HH:MM` so no order of day and month is ever guessed. Positions are the
// spreadsheet's row and column numbers, and each carries its cell reference (`C12`) and
// sheet for the message. The library is SheetJS (chosen by measurement: BENCHMARKS.md);
// zip.ts looks at the bytes first, so hostile files end in a plain error.
import { createRequire } from 'node:module';
import type * as XLSX from '@e965/xlsx';
import type { Diagnostics, Position, SourceFile } from '../diagnostics.ts';
import type { CsvHead, CsvRow } from './csv.ts';
import { headerFirst } from './title-rows.ts';
import { normalizeWord, suggest } from './text.ts';
import { inspectWorkbook, type Limits } from './zip.ts';
import { ITEM_SEP } from '../../words/messages/verbatims.ts';

let loaded: typeof XLSX | undefined;
// Loaded on the first workbook (synchronously, as the rest of the loading is): a check of
// CSV-only data does not pay its 35 ms.
const sheetjs = (): typeof XLSX => (loaded ??= createRequire(import.meta.url)('@e965/xlsx') as typeof XLSX);

/** More rows than this is not a survey export: refused before it fills the memory. */
export const MAX_ROWS = 300_000;

export interface XlsxOptions {
  /** The sheet to read (`verbatims.sheet`, a wave's `sheet:`); default the first. */
  sheet?: string;
  /** Rows refused past this (default MAX_ROWS; lower in tests). */
  maxRows?: number;
  /** Unpacked size limits (zip.ts; lower in tests). */
  limits?: Limits;
}

/** `A`, `Z`, `AA`… for a 0-based column index. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const DAY_MS = 86_400_000;
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * An Excel serial date as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` (the workbook's wall clock).
 * The 1900 system counts from 31 December 1899 and has Excel's 29 February 1900 (serial 60);
 * the 1904 system (old Mac workbooks) counts from 1 January 1904.
 */
export function serialToText(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const days = Math.floor(serial);
  const base = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const seconds = Math.round((serial - days) * 86_400);
  const d = new Date(base + days * DAY_MS + seconds * 1000);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return seconds === 0 ? date : `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const ERRORS: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A' };

/** The text a cell stands for, as a CSV export would hold it. */
function cellText(c: XLSX.CellObject | undefined, date1904: boolean): string {
  if (!c) return '';
  switch (c.t) {
    case 's':
      return String(c.v ?? '');
    case 'n': {
      const v = c.v as number;
      if (c.z !== undefined && sheetjs().SSF.is_date(c.z)) return serialToText(v, date1904) ?? String(v);
      return String(v);
    }
    case 'b':
      return c.v ? 'true' : 'false';
    case 'd': {
      const d = c.v instanceof Date ? c.v : new Date(String(c.v));
      if (Number.isNaN(d.getTime())) return String(c.v);
      const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      return d.getUTCHours() + d.getUTCMinutes() === 0 ? date : `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    }
    case 'e':
      return ERRORS[c.v as number] ?? '#N/A';
    default:
      return '';
  }
}

const FILE_PROBLEM = {
  xls: 'xlsx.old_xls',
  encrypted: 'xlsx.encrypted',
  ods: 'xlsx.ods',
  'not-workbook': 'xlsx.not_workbook',
  broken: 'xlsx.broken',
} as const;

/** The workbook, parsed, or undefined when it cannot or may not be (reported at FILE:1:1). */
function openWorkbook(file: SourceFile, bytes: Uint8Array, diags: Diagnostics, opts: XlsxOptions): { wb: XLSX.WorkBook; sheet: string } | undefined {
  const start = { line: 1, col: 1 };
  const kind = inspectWorkbook(bytes, opts.limits);
  if (kind.kind === 'too-large') {
    diags.error(file, start, 'xlsx.too_large', { megabytes: kind.megabytes });
    return undefined;
  }
  if (kind.kind !== 'xlsx') {
    diags.error(file, start, FILE_PROBLEM[kind.kind]);
    return undefined;
  }
  try {
    const names = kind.sheets;
    let sheet = names[0];
    if (opts.sheet !== undefined) {
      sheet = names.find((n) => n === opts.sheet) ?? names.find((n) => normalizeWord(n) === normalizeWord(opts.sheet!));
      if (sheet === undefined) {
        diags.error(file, start, 'xlsx.sheet_missing', { sheet: opts.sheet, sheets: names.join(ITEM_SEP), suggestion: suggest(opts.sheet, names) });
        return undefined;
      }
    }
    if (sheet === undefined) {
      diags.error(file, start, 'file.empty');
      return undefined;
    }
    const wb = sheetjs().read(bytes, {
      type: 'buffer',
      dense: true,
      sheets: sheet,
      sheetRows: (opts.maxRows ?? MAX_ROWS) + 1,
      cellNF: true,
      cellText: false,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
    return { wb, sheet };
  } catch {
    diags.error(file, start, 'xlsx.broken');
    return undefined;
  }
}

/**
 * Like streamCsv: hands the header to `onHeader` (false skips the rows), then each data
 * row to `onRow`. Blank rows are skipped. Returns undefined when nothing could be read.
 */
export function streamXlsx(
  file: SourceFile,
  bytes: Uint8Array,
  diags: Diagnostics,
  onHeader: (head: CsvHead) => boolean,
  onRow: (row: CsvRow) => void,
  opts: XlsxOptions = {},
): CsvHead | undefined {
  const open = openWorkbook(file, bytes, diags, opts);
  if (!open) return undefined;
  const { wb, sheet } = open;
  const ws = wb.Sheets[sheet];
  const data = (ws?.['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const maxRows = opts.maxRows ?? MAX_ROWS;
  if (data.length > maxRows) {
    diags.error(file, { line: 1, col: 1 }, 'xlsx.too_many_rows', { max: maxRows });
    return undefined;
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const at = (line: number, index: number): Position => ({ line, col: index + 1, cell: `${columnLetters(index)}${line}`, sheet });
  let head: CsvHead | undefined;
  let headerRow: CsvRow | undefined;
  let wanted = true;
  // The first row that holds headers is the header row: a title above it is left out (title-rows.ts).
  const rows = headerFirst(
    (row) => {
      headerRow = row;
      head = {
        file,
        delimiter: '',
        encoding: 'xlsx',
        header: row.cells.map((h) => h.trim()),
        headerStart: row.start,
        rowPos: (x) => at(x.start, 0),
        cellPos: (x, index) => at((x ?? headerRow!).start, index),
        cellPosAt: (start, index) => at(start, index),
        serialDate: (text) => (/^\d+(\.\d+)?$/.test(text) ? serialToText(Number(text), date1904) : undefined),
      };
      wanted = onHeader(head);
    },
    (row) => {
      if (wanted) onRow(row);
    },
  );
  for (let r = 0; r < data.length && wanted; r++) {
    const raw = data[r];
    if (!raw) continue;
    const cells = new Array<string>(raw.length);
    let blank = true;
    for (let c = 0; c < raw.length; c++) {
      const t = cellText(raw[c], date1904);
      cells[c] = t;
      if (blank && t.trim() !== '') blank = false;
    }
    if (blank) continue;
    rows.push({ start: r + 1, cells });
  }
  rows.end();
  if (!head) {
    diags.error(file, { line: 1, col: 1 }, 'file.empty');
    return undefined;
  }
  return head;
}
