// The rows of a CSV text whose quoting is regular, read as papaparse reads them, without
// its per-row objects: on the large bench set this is about half of papaparse's time.
// It reads only what it is sure of: plain fields, and quoted fields ("…", "" for a quote
// inside) closed right before a separator, a line break or the end. At the first row
// holding anything else (a quote left open, a closing quote followed by other text), it
// stops and says where that row starts; papaparse reads the rest from there (csv.ts),
// so a file with odd quoting is read exactly as before, problems included.
// tests/unit/data/sources/csv-rows.test.ts compares the two on every fixture and on
// generated texts.

/** Told each row: its cells and the offset of its first character. */
export type RowSink = (cells: string[], start: number) => void;

const QUOTE = 34;

/**
 * Reads the rows of `text` (separator `delimiter`, line break `newline`, as papaparse
 * would be told) into `sink`. Returns -1 when every row was read, else the offset of
 * the first row not read. Like papaparse, a text ending with a line break ends with an
 * empty row, and an empty text has no row.
 */
export function regularRows(text: string, delimiter: string, newline: string, sink: RowSink): number {
  const len = text.length;
  if (len === 0) return -1;
  const dLen = delimiter.length;
  const nlLen = newline.length;
  let pos = 0;
  // The next separator and line break from `pos` on, each looked for again only once passed.
  let nextD = text.indexOf(delimiter);
  let nextN = text.indexOf(newline);
  for (;;) {
    const start = pos;
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        // A quoted field: up to the quote that is not doubled.
        let from = pos + 1;
        let close: number;
        let doubled = false;
        for (;;) {
          close = text.indexOf('"', from);
          if (close === -1) return start;
          if (text.charCodeAt(close + 1) !== QUOTE) break;
          doubled = true;
          from = close + 2;
        }
        const value = doubled ? text.slice(pos + 1, close).replaceAll('""', '"') : text.slice(pos + 1, close);
        const after = close + 1;
        if (after === len) {
          cells.push(value);
          sink(cells, start);
          return -1;
        }
        if (text.startsWith(delimiter, after)) {
          cells.push(value);
          pos = after + dLen;
          if (nextD !== -1 && nextD < pos) nextD = text.indexOf(delimiter, pos);
          if (nextN !== -1 && nextN < pos) nextN = text.indexOf(newline, pos);
          continue;
        }
        if (text.startsWith(newline, after)) {
          cells.push(value);
          pos = after + nlLen;
          if (nextD !== -1 && nextD < pos) nextD = text.indexOf(delimiter, pos);
          nextN = text.indexOf(newline, pos);
          sink(cells, start);
          break;
        }
        // Spaces or text after the closing quote: papaparse's own rules decide.
        return start;
      }
      if (nextD !== -1 && (nextD < nextN || nextN === -1)) {
        cells.push(text.slice(pos, nextD));
        pos = nextD + dLen;
        nextD = text.indexOf(delimiter, pos);
        continue;
      }
      if (nextN !== -1) {
        cells.push(text.slice(pos, nextN));
        pos = nextN + nlLen;
        nextN = text.indexOf(newline, pos);
        sink(cells, start);
        break;
      }
      cells.push(text.slice(pos));
      sink(cells, start);
      return -1;
    }
    if (pos === len) {
      sink([''], pos);
      return -1;
    }
  }
}
