// One order of day and month per column: from the values that can only be read one
// way, else the one that puts no date after today, else the locale's — and said.
import { describe, expect, it } from 'vitest';
import { DateColumn } from '../../../src/data/date-column.ts';
import { readDate } from '../../../src/data/dates.ts';
import type { Locale } from '../../../src/model.ts';

function run(values: string[], locale: Locale = 'fr', today = '2026-12-01') {
  const col = new DateColumn(locale, today);
  const first = values.map((v, i) => col.note(readDate(v), i, v, () => ({ line: i + 2, col: 1 }))?.date);
  const c = col.finish();
  const dates = [...first];
  for (const u of c.updates) dates[u.ref] = u.when.date;
  return { c, dates };
}

describe('DateColumn', () => {
  it('a value only readable day first settles the column: no warning', () => {
    const { c, dates } = run(['13/02/2026', '03/04/2026']);
    expect(c.order).toBe('dmy');
    expect(c.assumed).toBeUndefined();
    expect(dates).toEqual(['2026-02-13', '2026-04-03']);
  });

  it('the issue’s en-US export: 11/13 makes 11/2 the 2nd of November, even with a French site', () => {
    const { c, dates } = run(['11/2/2026 14:05', '11/13/2026 09:00', '10/7/2026'], 'fr');
    expect(c.order).toBe('mdy');
    expect(c.assumed).toBeUndefined();
    expect(c.evidence).toEqual({ count: 1, raw: '11/13/2026 09:00' });
    expect(dates).toEqual(['2026-11-02', '2026-11-13', '2026-10-07']);
  });

  it('all doubtful: the order that puts no date after today wins, and is reported', () => {
    // Today 20 March: day first, 03/04 would be 3 April (future); month first, 4 March.
    const { c, dates } = run(['03/04/2026', '01/02/2026'], 'fr', '2026-03-20');
    expect(c.order).toBe('mdy');
    expect(c.reason).toBe('future');
    expect(c.assumed).toEqual({ raw: '03/04/2026', at: { line: 2, col: 1 }, date: '2026-03-04' });
    expect(dates).toEqual(['2026-03-04', '2026-01-02']);
    expect(c.future.count).toBe(0);
  });

  it('all doubtful and both orders in the past: the locale’s (fr day first, en month first)', () => {
    expect(run(['03/04/2026', '01/02/2026'], 'fr').c).toMatchObject({ order: 'dmy', reason: 'locale', assumed: { date: '2026-04-03' } });
    const en = run(['03/04/2026', '01/02/2026'], 'en');
    expect(en.c).toMatchObject({ order: 'mdy', reason: 'locale', assumed: { date: '2026-03-04' } });
    expect(en.dates).toEqual(['2026-03-04', '2026-01-02']);
  });

  it('both orders put a date after today: the locale’s, and the future dates counted', () => {
    // Today 1 January: 03/04 and 04/03 are both later.
    const { c } = run(['03/04/2026'], 'fr', '2026-01-01');
    expect(c).toMatchObject({ order: 'dmy', reason: 'locale' });
    expect(c.future.count).toBe(1);
  });

  it('mixed: the larger group sets the order, the others are conflicts, counted once', () => {
    const { c } = run(['13/02/2026', '14/02/2026', '02/15/2026', '03/04/2026', '15/02/2026']);
    expect(c.order).toBe('dmy');
    expect(c.conflicts).toMatchObject({ count: 1, raw: '02/15/2026', refs: [2], first: [{ line: 4, col: 1 }] });
    expect(c.evidence).toEqual({ count: 3, raw: '13/02/2026' });
  });

  it('dates after today, in the chosen order, with their first lines', () => {
    const { c } = run(['2026-12-24', '13/12/2026', '2026-01-05', '02/12/2026'], 'fr', '2026-12-01');
    // 02/12 is day first (the column says so): 2 December, after today too.
    expect(c.future).toMatchObject({ count: 3, example: '2026-12-24', first: [{ line: 2 }, { line: 3 }, { line: 5 }] });
    expect(c.future.params()).toEqual({ count: 3, lines: '2, 3, 5' });
  });

  it('a value of no date is undefined and counts for nothing', () => {
    const col = new DateColumn('fr', '2026-12-01');
    expect(col.note(readDate('hier'), 0, 'hier', () => ({ line: 1, col: 1 }))).toBeUndefined();
    expect(col.finish()).toMatchObject({ order: 'dmy', updates: [], future: { count: 0 } });
  });
});
