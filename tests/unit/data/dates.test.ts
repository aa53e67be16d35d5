// Every date form of the contract, read both ways where day and month could swap,
// times with a zone converted to the site's timezone (Europe/Paris: UTC+1 in winter,
// UTC+2 from the last Sunday of March to the last Sunday of October).
import { describe, expect, it } from 'vitest';
import { parseDate, readDate } from '../../../src/data/dates.ts';

const PARIS = 'Europe/Paris';

describe('readDate', () => {
  it('year first: one reading, with T, seconds, Z or an offset converted to the timezone', () => {
    expect(readDate('2026-03-15', PARIS)).toEqual({ fixed: { date: '2026-03-15' } });
    expect(readDate('2026-03-15 14:02', PARIS)).toEqual({ fixed: { date: '2026-03-15', time: '14:02' } });
    // 14:02:11 UTC in March (before the change to summer time) is 15:02 in Paris.
    expect(readDate('2026-03-15T14:02:11Z', PARIS)).toEqual({ fixed: { date: '2026-03-15', time: '15:02' } });
    expect(readDate('2026-03-15T14:02:11.123Z', PARIS)).toEqual({ fixed: { date: '2026-03-15', time: '15:02' } });
    // +02:00 in July is Paris' own offset: unchanged.
    expect(readDate('2026-07-15T14:02:11+02:00', PARIS)).toEqual({ fixed: { date: '2026-07-15', time: '14:02' } });
    // 23:30 at UTC−5 is 04:30 UTC the next day, 05:30 in Paris.
    expect(readDate('2026-03-15T23:30:00-0500', PARIS)).toEqual({ fixed: { date: '2026-03-16', time: '05:30' } });
    // The same instant read in New York (UTC−4 from 8 March 2026): 00:30 on the 16th.
    expect(readDate('2026-03-15T23:30:00-05:00', 'America/New_York')).toEqual({ fixed: { date: '2026-03-16', time: '00:30' } });
  });

  it('Google Forms: YYYY/MM/DD with an AM/PM time and UTC±H', () => {
    // 8:57:39 PM at UTC+2 = 18:57 UTC = 20:57 in Paris in September (UTC+2).
    expect(readDate('2026/09/04 8:57:39 PM UTC+2', PARIS)).toEqual({ fixed: { date: '2026-09-04', time: '20:57' } });
    // At UTC−4: 00:57 UTC on the 5th = 02:57 in Paris.
    expect(readDate('2026/09/04 8:57:39 PM UTC-4', PARIS)).toEqual({ fixed: { date: '2026-09-05', time: '02:57' } });
    expect(readDate('2026/09/04 12:05:00 AM UTC+2', PARIS)).toEqual({ fixed: { date: '2026-09-04', time: '00:05' } });
    expect(readDate('2026/09/04 12:05:00 PM UTC+2', PARIS)).toEqual({ fixed: { date: '2026-09-04', time: '12:05' } });
    expect(readDate('2026/09/04', PARIS)).toEqual({ fixed: { date: '2026-09-04' } });
  });

  it('day and month: the readings each order allows', () => {
    // A day above 12 can only be read day first, with / . or -.
    expect(readDate('15/03/2026', PARIS)).toEqual({ dmy: { date: '2026-03-15' } });
    expect(readDate('15.03.2026 14:02', PARIS)).toEqual({ dmy: { date: '2026-03-15', time: '14:02' } });
    expect(readDate('15-03-2026', PARIS)).toEqual({ dmy: { date: '2026-03-15' } });
    // A second number above 12: month first only. Excel en-US with AM/PM; Microsoft Forms M/D/YY.
    expect(readDate('03/15/2026 2:05 PM', PARIS)).toEqual({ mdy: { date: '2026-03-15', time: '14:05' } });
    expect(readDate('9/15/26 16:47:51', PARIS)).toEqual({ mdy: { date: '2026-09-15', time: '16:47' } });
    // Both valid: both kept, the column decides.
    expect(readDate('11/2/2026 14:05', PARIS)).toEqual({ dmy: { date: '2026-02-11', time: '14:05' }, mdy: { date: '2026-11-02', time: '14:05' } });
    // 31/04 is no date day first, 04/31 none month first: 31 April does not exist either way.
    expect(readDate('04/31/2026', PARIS)).toEqual({});
    // Same number twice: one reading.
    expect(readDate('05/05/2026', PARIS)).toEqual({ fixed: { date: '2026-05-05' } });
    // 29 February only in leap years, in either order.
    expect(readDate('02/29/2024', PARIS)).toEqual({ mdy: { date: '2024-02-29' } });
    expect(readDate('29/02/2026', PARIS)).toEqual({});
  });

  it('the month in words, French or English, as Excel long dates, mail and scripts write it: one reading', () => {
    const day = (s: string) => readDate(s, PARIS);
    for (const s of ['mardi 15 septembre 2026', '15 sept. 2026', '15-sept.-26', '15-Sep-26', '15 Sep 2026', 'Tuesday, September 15, 2026', 'Sep 15, 2026', 'Sep 15th, 2026', '15 SEPT 2026']) {
      expect(day(s), s).toEqual({ fixed: { date: '2026-09-15' } });
    }
    expect(day('1er octobre 2026')).toEqual({ fixed: { date: '2026-10-01' } });
    expect(day('3 févr. 2026')).toEqual({ fixed: { date: '2026-02-03' } });
    expect(day('15 août 2026 à 10:02')).toEqual({ fixed: { date: '2026-08-15', time: '10:02' } });
    expect(day('15 décembre 2026 10h02')).toEqual({ fixed: { date: '2026-12-15', time: '10:02' } });
    expect(day('September 15, 2026 2:02 PM')).toEqual({ fixed: { date: '2026-09-15', time: '14:02' } });
    // RFC 2822 (mail) and JavaScript's Date: the offset converts; +02:00 is Paris' own in September.
    expect(day('Tue, 15 Sep 2026 10:02:11 +0200')).toEqual({ fixed: { date: '2026-09-15', time: '10:02' } });
    expect(day('Tue Sep 15 2026 10:02:11 GMT+0000 (Coordinated Universal Time)')).toEqual({ fixed: { date: '2026-09-15', time: '12:02' } });
    // 20:57 EST (UTC−5) = 01:57 UTC the next day = 03:57 in Paris.
    expect(day('15 Sep 2026 20:57 EST')).toEqual({ fixed: { date: '2026-09-16', time: '03:57' } });
    for (const s of ['31 septembre 2026', '15 foo 2026', '15 septembre', 'septembre 2026']) expect(day(s), s).toEqual({});
  });

  it('refuses what is no date', () => {
    for (const s of ['13/13/2026', '2026-02-30', '15/03/2026 13:00 PM', '15/03/2026 24:00', '15/03/2026 12:60', 'hier', '15-03-26', '2026-03-15T10:00+25:00', '']) {
      expect(readDate(s, PARIS), s).toEqual({});
    }
  });
});

describe('parseDate (a date alone, in YAML)', () => {
  it('reads ISO and day first, as the YAML files document', () => {
    expect(parseDate('2026-03-15')).toEqual({ date: '2026-03-15' });
    expect(parseDate('03/04/2026')).toEqual({ date: '2026-04-03' });
    expect(parseDate('02/13/2026')).toBeUndefined();
  });
});
