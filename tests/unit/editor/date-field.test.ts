// The forms' date fields (src/editor/client/date-field.ts), the parts that run without a
// browser: what a stored date looks like in the field, and what a typed one is stored as.
import { describe, expect, it } from 'vitest';
import { shownDate, storedDate } from '../../../src/editor/client/date-field.ts';

const FR_DAY = { dayFirst: true, time: false };
const FR_TIME = { dayFirst: true, time: true };
const EN_DAY = { dayFirst: false, time: false };
const EN_TIME = { dayFirst: false, time: true };

describe('a form’s date field', () => {
  it('shows a stored date in the site’s order: day first in French, year first in English', () => {
    expect(shownDate('2026-10-15', FR_DAY)).toBe('15/10/2026');
    expect(shownDate('2026-12-20T08:00', FR_TIME)).toBe('20/12/2026 08:00');
    expect(shownDate('2026-12-24', FR_TIME)).toBe('24/12/2026');
    expect(shownDate('2026-10-15', EN_DAY)).toBe('2026-10-15');
    expect(shownDate('2026-12-20T08:00', EN_TIME)).toBe('2026-12-20 08:00');
    // A value the file writes another way is shown as it is; nothing is shown for none.
    expect(shownDate('20/12/2026', EN_DAY)).toBe('20/12/2026');
    expect(shownDate(undefined, FR_DAY)).toBe('');
  });

  it('stores a typed date as YYYY-MM-DD, read in the site’s order (or as YYYY-MM-DD)', () => {
    expect(storedDate('15/10/2026', FR_DAY)).toBe('2026-10-15');
    expect(storedDate(' 5.3.2026 ', FR_DAY)).toBe('2026-03-05');
    expect(storedDate('2026-10-15', FR_DAY)).toBe('2026-10-15');
    expect(storedDate('2026-10-15', EN_DAY)).toBe('2026-10-15');
    // Day first only in French: 15/10/2026 is not an English site's date.
    expect(storedDate('15/10/2026', EN_DAY)).toBeUndefined();
    expect(storedDate('', FR_DAY)).toBe('');
  });

  it('refuses what is not a day of the calendar', () => {
    for (const text of ['31/04/2026', '29/02/2026', '15/13/2026', '10/2026', 'demain', '15/10/26']) expect(storedDate(text, FR_DAY), text).toBeUndefined();
    expect(storedDate('29/02/2028', FR_DAY)).toBe('2028-02-29');
  });

  it('takes an optional time where the field takes one, in the usual French ways', () => {
    expect(storedDate('20/12/2026 08:00', FR_TIME)).toBe('2026-12-20T08:00');
    expect(storedDate('20/12/2026 8h30', FR_TIME)).toBe('2026-12-20T08:30');
    expect(storedDate('20/12/2026 à 16 h', FR_TIME)).toBe('2026-12-20T16:00');
    expect(storedDate('20/12/2026', FR_TIME)).toBe('2026-12-20');
    expect(storedDate('2026-12-20T08:00', EN_TIME)).toBe('2026-12-20T08:00');
    for (const text of ['20/12/2026 24:00', '20/12/2026 08:60', '20/12/2026 8', '20/12/2026 soir']) expect(storedDate(text, FR_TIME), text).toBeUndefined();
    // No time in a field of days.
    expect(storedDate('20/12/2026 08:00', FR_DAY)).toBeUndefined();
  });
});
