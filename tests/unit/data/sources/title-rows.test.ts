// The rows above a table's header (src/data/sources/title-rows.ts): a report's title, an
// export's date, Excel's `sep=;`, left out of both the CSV and the workbook readers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import type { CsvRow } from '../../../../src/data/sources/csv.ts';
import { headerFirst, TITLE_ROWS } from '../../../../src/data/sources/title-rows.ts';
import { readVerbatims } from '../../../../src/data/verbatims/read.ts';
import { defaultSite } from '../../../../src/data/site/read.ts';
import { workbook } from '../../../helpers/xlsx.ts';

/** What headerFirst hands on: the header's line, then each data row's line. */
function split(rows: string[][]): { header?: number; data: number[] } {
  const out: { header?: number; data: number[] } = { data: [] };
  const f = headerFirst(
    (row) => (out.header = row.start),
    (row) => out.data.push(row.start),
  );
  rows.forEach((cells, i) => f.push({ start: i + 1, cells } satisfies CsvRow));
  f.end();
  return out;
}

describe('headerFirst', () => {
  it('takes the first row of two filled cells as the header, leaving out the one-cell rows above it', () => {
    expect(split([['Export des avis – novembre 2026', ''], ['Édité le 24/11/2026'], ['Date', 'Commentaire'], ['2026-11-20', 'Bien'], ['2026-11-21', '']])).toEqual({ header: 3, data: [4, 5] });
    expect(split([['sep=', ''], ['Date', 'Commentaire'], ['2026-11-20', 'Bien']])).toEqual({ header: 2, data: [3] });
  });

  it('changes nothing for a header on the first row, nor for a file of one column', () => {
    expect(split([['Date', 'Commentaire'], ['2026-11-20', 'Bien']])).toEqual({ header: 1, data: [2] });
    expect(split([['eNPS'], ['9'], ['10']])).toEqual({ header: 1, data: [2, 3] });
    // A one-column file longer than the title rows allowed: its first row still heads it.
    const long = [['eNPS'], ...Array.from({ length: TITLE_ROWS + 5 }, (_, i) => [String(i % 11)])];
    expect(split(long)).toEqual({ header: 1, data: Array.from({ length: TITLE_ROWS + 5 }, (_, i) => i + 2) });
  });
});

describe('a title above the table, through the verbatims reader', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const read = (name: string, data: string | Buffer) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'miroir-titles-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, name), data);
    const diags = new Diagnostics();
    const { drafts } = readVerbatims(dir, defaultSite('en', 'Test'), diags, '2026-11-24');
    return { texts: drafts.map((d) => [d.v.date, d.v.text]), lines: diags.sorted().map((d) => formatDiagnostic(d, 'en').replace(`${path.basename(dir)}/`, '')) };
  };

  it('Excel\'s `sep=;` first line in a CSV', () => {
    const { texts, lines } = read('verbatims.csv', 'sep=;\r\nDate;Commentaire\r\n20/11/2026;Très bien\r\n21/11/2026;\r\n');
    expect(texts).toEqual([['2026-11-20', 'Très bien']]);
    // The blank comment of line 4, after "21/11/2026;" (11 characters) → col 12: lines are the file's own.
    expect(lines).toEqual(['verbatims.csv:4:12: warning: 1 row has no text in “Commentaire”: skipped (line 4). Nothing to do if this row is empty on purpose; otherwise fill in its text.']);
  });

  it('a workbook whose sheet starts with a title and a blank row', () => {
    const book = workbook([{ name: 'Avis', rows: [['Avis clients – novembre 2026'], [], ['Date', 'Commentaire', 'Note'], ['20/11/2026', 'Très bien', 5], ['21/11/2026', '', 2]] }]);
    const { texts, lines } = read('verbatims.xlsx', book);
    expect(texts).toEqual([['2026-11-20', 'Très bien']]);
    expect(lines).toEqual(['verbatims.xlsx:5:2: warning: 1 row has no text in “Commentaire”: skipped (line 5). Nothing to do if this row is empty on purpose; otherwise fill in its text. (cell B5, sheet “Avis”)']);
  });
});
