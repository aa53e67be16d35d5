// The rows above a table's header: a report's title, an export's date, Excel's `sep=;`.
// Shared by the CSV and the workbook readers, which hand every non-blank row through it.
import type { CsvRow } from './csv.ts';

/** How many rows of one filled cell may stand above the header (a report's title, an export date). */
export const TITLE_ROWS = 10;

/**
 * Rows in, the header then the data rows out. The header is the first row of two filled
 * cells or more: what stands above it, one cell a row (« Export des avis – novembre »,
 * Excel's `sep=;`), is a title and left out. A file whose rows all have one cell (one
 * question) has its first row as the header, as before.
 */
export function headerFirst(onHeader: (row: CsvRow) => void, onRow: (row: CsvRow) => void): { push(row: CsvRow): void; end(): void } {
  let decided = false;
  const held: CsvRow[] = [];
  const twoFilled = (cells: readonly string[]): boolean => {
    let n = 0;
    for (const c of cells) if (c.trim() !== '' && ++n === 2) return true;
    return false;
  };
  const flush = (): void => {
    decided = true;
    const [header, ...rest] = held.splice(0);
    if (header) onHeader(header);
    for (const row of rest) onRow(row);
  };
  return {
    push: (row) => {
      if (decided) return onRow(row);
      if (twoFilled(row.cells)) {
        decided = true;
        held.length = 0;
        return onHeader(row);
      }
      held.push(row);
      if (held.length > TITLE_ROWS) flush();
    },
    end: () => {
      if (!decided) flush();
    },
  };
}
