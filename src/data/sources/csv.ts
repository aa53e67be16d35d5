// Reads a CSV export (Excel FR, Google Forms, Microsoft Forms…) into rows of text cells,
// remembering where each row starts so that problems point at the physical line and
// column, even after a quoted field that spans several lines.
import Papa from 'papaparse';
import type { Diagnostics, Position, SourceFile } from '../diagnostics.ts';
import { decodeText } from './text.ts';
import { headerFirst } from './title-rows.ts';

export interface CsvRow {
  /** Offset of the row's first character in the text. */
  start: number;
  cells: string[];
}

/** What streamCsv hands over once it has read the header (the rows follow one by one). */
export interface CsvHead {
  file: SourceFile;
  delimiter: string;
  encoding: string;
  header: string[];
  /** Offset of the header row. */
  headerStart: number;
  /** Position of the row's start. */
  rowPos(row: CsvRow): Position;
  /** Position of cell `index` of `row` (or of the header when `row` is undefined). */
  cellPos(row: CsvRow | undefined, index: number): Position;
  /** The same for the row that starts at `start`, once its cells are gone (read again, for the rare row a problem is found in later). */
  cellPosAt(start: number, index: number): Position;
  /** In a workbook, a number in a date column is an Excel serial date: its text, `YYYY-MM-DD[ HH:MM]`. */
  serialDate?(text: string): string | undefined;
}

function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo]! + 1 };
}

/**
 * Papaparse guesses from the first rows but counts a trailing blank line as a row of
 * one field, which makes it miss the separator of a short two-column file: guess on
 * the first rows without trailing blank lines, then parse the whole text with it.
 */
function guessDelimiter(text: string, newline: '\n' | undefined): string {
  const head = text.slice(0, 200_000).replace(/\s+$/, '');
  return Papa.parse<string[]>(head, { delimiter: '', delimitersToGuess: [';', ',', '\t'], preview: 20, newline }).meta.delimiter || ',';
}

/**
 * Papaparse's own guess of the line break, when it is sure to be `\n`: it looks at the
 * first megabyte with quoted fields taken out, and says `\n` whenever no `\r` is left
 * there. Without a `\r` in that megabyte at all, its regular-expression pass over it
 * (once for the guess of the separator, once for the parse) can be skipped.
 */
function surelyLf(text: string): '\n' | undefined {
  const cr = text.indexOf('\r');
  return cr === -1 || cr >= 1024 * 1024 ? '\n' : undefined;
}

/** The line break papaparse would use for `text`: its own guess, made on the same first megabyte. */
function lineBreakOf(text: string, delimiter: string): '\n' | '\r\n' | '\r' {
  return (surelyLf(text) ?? Papa.parse<string[]>(text.slice(0, 1024 * 1024), { delimiter, preview: 1 }).meta.linebreak) as '\n' | '\r\n' | '\r';
}


/**
 * Decodes and parses `bytes`, handing each data row to `onRow` as soon as it is read,
 * after `onHeader` has seen the header (returning false skips the rows). A reader that
 * keeps only what it makes of each row lets the cells go at once: on 100,000 verbatims
 * that is a fifth of the time, mostly garbage collection. Reports empty/binary files
 * and returns undefined then.
 */
export function streamCsv(
  file: SourceFile,
  bytes: Uint8Array,
  diags: Diagnostics,
  onHeader: (head: CsvHead) => boolean,
  onRow: (row: CsvRow) => void,
): CsvHead | undefined {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    diags.error(file, { line: 1, col: 1 }, decoded.reason === 'empty' ? 'file.empty' : 'file.binary');
    return undefined;
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const lf = surelyLf(text);
  const delimiter = guessDelimiter(text, lf);
  // Where a quoted field is left open or badly closed: the rest of the file would
  // silently become one cell (a verbatim holding raw CSV lines), so it is an error.
  let badQuote: number | undefined;
  // Line starts are only needed to place a problem: found the first time one is.
  let starts: number[] | undefined;
  const pos = (offset: number): Position => positionOf((starts ??= lineIndex(text)), offset);
  let headerRow: CsvRow | undefined;
  let head: CsvHead | undefined;
  let wanted = true;
  // The reader's own problems come after this file's (as when every row was read first).
  let mark = 0;
  const cellPos = (row: CsvRow | undefined, index: number): Position => {
    const r = row ?? headerRow!;
    // Walk the row's raw text cell by cell: each cell is found after the previous one.
    let at = r.start;
    for (let i = 0; i < index && i < r.cells.length; i++) {
      const raw = r.cells[i]!;
      const quoted = text[at] === '"';
      if (quoted) {
        const close = text.indexOf(`"${delimiter}`, at + 1 + raw.length);
        at = close === -1 ? at + raw.length + 3 : close + 2;
      } else {
        at += raw.length + delimiter.length;
      }
    }
    return pos(at);
  };
  const linebreak = lineBreakOf(text, delimiter);
  const cellPosAt = (start: number, index: number): Position => {
    const again = Papa.parse<string[]>(text.slice(start), { delimiter, newline: linebreak, preview: 1 });
    return cellPos({ start, cells: again.data[0] ?? [] }, index);
  };
  const rows = headerFirst(
    (row) => {
      headerRow = row;
      head = {
        file,
        delimiter,
        encoding: decoded.encoding,
        header: row.cells.map((h) => h.trim()),
        headerStart: row.start,
        rowPos: (r) => pos(r.start),
        cellPos,
        cellPosAt,
      };
      mark = diags.list.length;
      wanted = onHeader(head);
    },
    (row) => {
      if (wanted) onRow(row);
    },
  );
  const take = (cells: string[], start: number, quotes: boolean): void => {
    if (badQuote === undefined && quotes) badQuote = start;
    if (!(cells.length === 1 && cells[0]!.trim() === '') && !cells.every((c) => c.trim() === '')) rows.push({ start, cells });
  };
  let previous = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: linebreak,
    skipEmptyLines: false,
    step: (result) => {
      take(result.data, previous, result.errors.length > 0 && result.errors.some((e) => e.type === 'Quotes'));
      previous = result.meta.cursor;
    },
  });
  rows.end();
  if (!head) {
    diags.error(file, { line: 1, col: 1 }, 'file.empty');
    return undefined;
  }
  if (badQuote !== undefined) {
    diags.error(file, pos(badQuote), 'csv.quotes');
    diags.list.splice(mark, 0, diags.list.pop()!);
  }
  return head;
}
