// csv-rows.ts reads regular CSV rows without papaparse's per-row objects: what it reads
// must be what papaparse reads, cell for cell and offset for offset, and it must stop at
// the first row whose quoting it is not sure of (papaparse reads the rest from there).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { regularRows } from '../../../../src/data/sources/csv-rows.ts';
import { prng } from '../../../../bench/generate.ts';

type Row = { cells: string[]; start: number };

/** Every row as papaparse gives it in step mode, with the offset it starts at. */
function papaRows(text: string, delimiter: string, newline: '\n' | '\r\n' | '\r', base = 0, out: Row[] = []): Row[] {
  let previous = base;
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    skipEmptyLines: false,
    step: (r) => {
      out.push({ cells: r.data, start: previous });
      previous = base + r.meta.cursor;
    },
  });
  return out;
}

/** What streamCsv does: regular rows, then papaparse from the first row that is not. */
function combined(text: string, delimiter: string, newline: '\n' | '\r\n' | '\r'): Row[] {
  const out: Row[] = [];
  const rest = regularRows(text, delimiter, newline, (cells, start) => out.push({ cells, start }));
  return rest === -1 ? out : papaRows(text.slice(rest), delimiter, newline, rest, out);
}

const read = (text: string, d = ';', nl: '\n' | '\r\n' | '\r' = '\n'): { rows: Row[]; rest: number } => {
  const rows: Row[] = [];
  const rest = regularRows(text, d, nl, (cells, start) => rows.push({ cells, start }));
  return { rows, rest };
};

describe('regular CSV rows', () => {
  it('reads plain and quoted fields, doubled quotes, line breaks inside quotes, with each row’s offset', () => {
    const text = 'a;"b;c"\r\n"d""e";f\r\n"g\r\nh";\r\n';
    expect(read(text, ';', '\r\n')).toEqual({
      rows: [
        { cells: ['a', 'b;c'], start: 0 },
        { cells: ['d"e', 'f'], start: 9 },
        { cells: ['g\r\nh', ''], start: 19 },
        { cells: [''], start: 28 },
      ],
      rest: -1,
    });
  });

  it('ends a text without a final line break on its last field, quoted or not', () => {
    expect(read('x;y\nz')).toEqual({ rows: [{ cells: ['x', 'y'], start: 0 }, { cells: ['z'], start: 4 }], rest: -1 });
    expect(read('x;"y"')).toEqual({ rows: [{ cells: ['x', 'y'], start: 0 }], rest: -1 });
    expect(read('')).toEqual({ rows: [], rest: -1 });
  });

  it('stops at the row of a quote left open or closed before other text, and says where it starts', () => {
    expect(read('a;b\nc;"d\ne;f\n')).toEqual({ rows: [{ cells: ['a', 'b'], start: 0 }], rest: 4 });
    expect(read('a;b\n"c" ;d\n')).toEqual({ rows: [{ cells: ['a', 'b'], start: 0 }], rest: 4 });
    expect(read('"a"b;c\n').rest).toBe(0);
  });

  it('reads every CSV fixture as papaparse does, with each separator', () => {
    const root = path.resolve(import.meta.dirname, '../../../fixtures');
    const files: string[] = [];
    const walk = (dir: string): void => {
      // Fixtures include links that lead nowhere on purpose: only real files and folders are read.
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (entry.isFile() && entry.name.endsWith('.csv')) files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      for (const d of [';', ',', '\t']) {
        const nl = Papa.parse<string[]>(text.slice(0, 1024 * 1024), { delimiter: d, preview: 1 }).meta.linebreak as '\n' | '\r\n' | '\r';
        expect(combined(text, d, nl), `${file} ${JSON.stringify(d)}`).toEqual(papaRows(text, d, nl));
      }
    }
  });

  it('reads generated texts full of quotes, separators and line breaks as papaparse does', () => {
    const random = prng(11);
    const pieces = ['a', 'bc', ';', ',', '"', '""', '\n', '\r\n', '\r', ' ', '\t', 'é', '"a"', ';"x;y";', '\n"', '"\n', '"";'];
    let stopped = 0;
    for (let i = 0; i < 4000; i++) {
      let text = '';
      const n = Math.floor(random() * 30);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(random() * pieces.length)];
      for (const nl of ['\n', '\r\n', '\r'] as const) {
        expect(combined(text, ';', nl), JSON.stringify(text)).toEqual(papaRows(text, ';', nl));
        if (read(text, ';', nl).rest !== -1) stopped++;
      }
    }
    // Both paths were taken: texts read to the end, and texts handed over to papaparse.
    expect(stopped).toBeGreaterThan(1000);
    expect(stopped).toBeLessThan(11000);
  });
});
