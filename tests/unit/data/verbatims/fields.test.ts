// Two readings exports need beside the contract's words: Zendesk's ratings that no customer
// gave (Offered, Unoffered) and a date column whose header says its times are UTC.
import { describe, expect, it } from 'vitest';
import { headerSaysUtc, isUnansweredRating, readWhen } from '../../../../src/data/verbatims/fields.ts';

describe('isUnansweredRating (Zendesk)', () => {
  it('knows a survey sent and never answered, or never sent, whatever the case and spaces', () => {
    for (const w of ['Offered', 'unoffered', ' OFFERED ', 'Not offered']) expect(isUnansweredRating(w), w).toBe(true);
  });
  it('leaves every real rating, and blanks, to the sentiment reader', () => {
    for (const w of ['Good', 'Bad', 'positive', 'offer', '', undefined, 'Offered, with a very long note']) expect(isUnansweredRating(w), String(w)).toBe(false);
  });
});

describe('a date column whose header says UTC', () => {
  it('is told by "(UTC)" or a final "UTC", not by an offset', () => {
    expect(['Review Created (UTC)', 'Submit Date (UTC)', 'Date UTC', 'date (utc)'].map(headerSaysUtc)).toEqual([true, true, true, true]);
    expect(['Horodateur', 'Date (UTC+2)', 'Timestamp', 'UTC offset', undefined].map(headerSaysUtc)).toEqual([false, false, false, false, false]);
  });

  it('reads a time without a zone as UTC, shown in the site time; a date alone or a time with a zone as written', () => {
    // 23:30 UTC on 31 October 2026 is 00:30 on 1 November in Paris (UTC+1 since 25 October).
    expect(readWhen('2026-10-31 23:30:00', 'Europe/Paris', true)).toEqual({ fixed: { date: '2026-11-01', time: '00:30' } });
    expect(readWhen('2026-10-31 23:30:00', 'Europe/Paris')).toEqual({ fixed: { date: '2026-10-31', time: '23:30' } });
    // 14:03 UTC on 20 September is 16:03 in Paris (UTC+2).
    expect(readWhen('2026-09-20T14:03:11Z', 'Europe/Paris', true)).toEqual({ fixed: { date: '2026-09-20', time: '16:03' } });
    expect(readWhen('2026-09-20 14:03:11+01:00', 'Europe/Paris', true)).toEqual({ fixed: { date: '2026-09-20', time: '15:03' } });
    expect(readWhen('2026-09-20', 'Europe/Paris', true)).toEqual({ fixed: { date: '2026-09-20' } });
    // Day and month still both possible: the column decides (date-column.ts), each reading converted.
    expect(readWhen('04/09/2026 23:15', 'Europe/Paris', true)).toEqual({ dmy: { date: '2026-09-05', time: '01:15' }, mdy: { date: '2026-04-10', time: '01:15' } });
  });
});
