// Two readings exports need beside the contract's words: Zendesk's ratings that no customer
// gave (Offered, Unoffered) and a date column whose header says its times are UTC.
import { describe, expect, it } from 'vitest';
import { dateZone, isUnansweredRating, readWhen } from '../../../../src/data/verbatims/fields.ts';

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
    expect(['Review Created (UTC)', 'Submit Date (UTC)', 'Date UTC', 'date (utc)'].map((h) => dateZone(h))).toEqual(['UTC', 'UTC', 'UTC', 'UTC']);
    expect(['Horodateur', 'Date (UTC+2)', 'Timestamp', 'UTC offset', undefined].map((h) => dateZone(h))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads a time without a zone as UTC, shown in the site time; a date alone or a time with a zone as written', () => {
    // 23:30 UTC on 31 October 2026 is 00:30 on 1 November in Paris (UTC+1 since 25 October).
    expect(readWhen('2026-10-31 23:30:00', 'Europe/Paris', 'UTC')).toEqual({ fixed: { date: '2026-11-01', time: '00:30' } });
    expect(readWhen('2026-10-31 23:30:00', 'Europe/Paris')).toEqual({ fixed: { date: '2026-10-31', time: '23:30' } });
    // 14:03 UTC on 20 September is 16:03 in Paris (UTC+2).
    expect(readWhen('2026-09-20T14:03:11Z', 'Europe/Paris', 'UTC')).toEqual({ fixed: { date: '2026-09-20', time: '16:03' } });
    expect(readWhen('2026-09-20 14:03:11+01:00', 'Europe/Paris', 'UTC')).toEqual({ fixed: { date: '2026-09-20', time: '15:03' } });
    expect(readWhen('2026-09-20', 'Europe/Paris', 'UTC')).toEqual({ fixed: { date: '2026-09-20' } });
    // Day and month still both possible: the column decides (date-column.ts), each reading converted.
    expect(readWhen('04/09/2026 23:15', 'Europe/Paris', 'UTC')).toEqual({ dmy: { date: '2026-09-05', time: '01:15' }, mdy: { date: '2026-04-10', time: '01:15' } });
  });
});

describe('a Qualtrics date column, whose ImportId row names its zone', () => {
  const id = (zone: string): string => `{"ImportId":"endDate","timeZone":"${zone}"}`;
  it('takes the zone Qualtrics names, UTC by any of its names, and nothing Intl does not know', () => {
    expect(dateZone('EndDate', id('America/Denver'))).toBe('America/Denver');
    expect(dateZone('EndDate', id('Europe/Paris'))).toBe('Europe/Paris');
    expect(['UTC', 'Etc/GMT', 'Z'].map((z) => dateZone('EndDate', id(z)))).toEqual(['UTC', 'UTC', 'UTC']);
    expect(dateZone('EndDate', id('Mars/Olympus'))).toBeUndefined();
    expect(dateZone('EndDate', '{"ImportId":"status"}')).toBeUndefined();
  });

  it('reads its times on that clock and shows them on the site\'s', () => {
    // 22:00 in Denver in August (MDT, UTC−6) is 04:00 UTC the next day, 06:00 in Paris (CEST, UTC+2): the date moves.
    expect(readWhen('2025-08-19 22:00:00', 'Europe/Paris', 'America/Denver')).toEqual({ fixed: { date: '2025-08-20', time: '06:00' } });
    // 8 March 2026: Denver has just gone to summer time (03:30 MDT = 09:30 UTC), Paris not yet (CET, UTC+1).
    expect(readWhen('2026-03-08 03:30:00', 'Europe/Paris', 'America/Denver')).toEqual({ fixed: { date: '2026-03-08', time: '10:30' } });
    // Already the site's zone: as written.
    expect(readWhen('2025-08-19 22:00:00', 'Europe/Paris', 'Europe/Paris')).toEqual({ fixed: { date: '2025-08-19', time: '22:00' } });
    expect(readWhen('2025-08-19', 'Europe/Paris', 'America/Denver')).toEqual({ fixed: { date: '2025-08-19' } });
  });
});

describe('a time followed by a zone abbreviation (Google Forms)', () => {
  it('is converted by the abbreviation\'s offset', () => {
    // 11:07 AST (Atlantic, UTC−4) is 15:07 UTC, 17:07 in Paris in June (UTC+2).
    expect(readWhen('2022/06/22 11:07:29 AM AST', 'Europe/Paris')).toEqual({ fixed: { date: '2022-06-22', time: '17:07' } });
    // 20:57 EST (UTC−5) is 01:57 UTC the next day, 03:57 in Paris.
    expect(readWhen('2026/09/04 8:57:39 PM EST', 'Europe/Paris')).toEqual({ fixed: { date: '2026-09-05', time: '03:57' } });
    expect(readWhen('2026/09/04 8:57:39 PM CEST', 'Europe/Paris')).toEqual({ fixed: { date: '2026-09-04', time: '20:57' } });
    expect(readWhen('04/09/2026 20:57 CET', 'Europe/Paris')).toEqual({ dmy: { date: '2026-09-04', time: '21:57' }, mdy: { date: '2026-04-09', time: '21:57' } });
  });
  it('refuses an abbreviation that names two zones, or none', () => {
    // IST is India (UTC+5:30), Ireland (UTC+1) or Israel (UTC+2): never guessed.
    for (const v of ['2026/09/04 8:57:39 PM IST', '2026/09/04 8:57:39 PM XYZ']) expect(readWhen(v, 'Europe/Paris'), v).toMatchObject({ code: 'date.invalid' });
  });
});
