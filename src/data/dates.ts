// Dates as people and exports write them: ISO `2026-03-15T14:02:11+01:00`, French
// `15/03/2026 14:02`, Excel en-US `3/15/2026 2:02 PM`, Microsoft Forms `9/15/26 16:47:51`,
// Google Forms `2026/09/04 8:57:39 PM UTC+2`, and with the month in words as a long date
// cell of Excel saves it (`mardi 15 septembre 2026`, `15-Sep-26`, `Tuesday, September 15,
// 2026`), or as mail and scripts write it (`Tue, 15 Sep 2026 10:02:11 +0200`). A numeric date whose day and month could
// be swapped is read both ways here; which way wins is decided for the whole column
// (date-column.ts), never value by value.

export interface ParsedDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` (24 h) when the value had a time. */
  time?: string;
}

/**
 * What a cell may mean. `fixed` when only one reading exists (year first: ISO, Y/M/D);
 * else the valid readings day first (`dmy`) and month first (`mdy`), either or both.
 * Neither set: not a date.
 */
export interface DateReading {
  fixed?: ParsedDate;
  dmy?: ParsedDate;
  mdy?: ParsedDate;
}

const TIME = String.raw`(?:,?\s+|T)(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([AaPp])\.?\s?[Mm]\.?)?`;
const ZONE = String.raw`(?:\s*(Z|(?:UTC|GMT)?\s?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}))?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:${TIME}${ZONE})?$`);
const YMD = new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})(?:${TIME}${ZONE})?$`);
// Day and month in either order; a two-digit year only with / or . (M/D/YY, DD.MM.YY):
// with dashes it could be a year first.
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:${TIME}${ZONE})?$`);

// Months and weekdays in French and English, compared without accents or case, each
// name and its usual abbreviations (`sept.`, `févr.`, `Sep`). A month in words leaves no
// doubt about which number is the day.
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'january', 'jan'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'sept', 'september', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['decembre', 'december', 'dec'],
];
const MONTH_OF = new Map(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH = `(${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WEEKDAY = String.raw`(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?`;
// French writes `à` before a time, English `at`; a script's date may end with the zone's name in brackets.
const WORD_TIME = String.raw`(?:(?:\s+(?:a|at))?${TIME}${ZONE}(?:\s*\([^()]*\))?)?`;
// 15 septembre 2026, 1er octobre 2026, 15-Sep-26, Tue, 15 Sep 2026 10:02:11 +0200
const DAY_MONTH = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:er)?[\s-]+${MONTH}[\s-]+(\d{4}|\d{2})${WORD_TIME}$`, 'i');
// September 15, 2026; Tuesday, September 15, 2026 2:02 PM; Tue Sep 15 2026 10:02:11 GMT+0200 (…)
const MONTH_DAY = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${WORD_TIME}$`, 'i');

/** `s` without accents (`févr.`, `août`, `à`), for the names of months and days. */
const plain = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether day `d` of month `m` exists in year `y`. */
export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > MONTH_DAYS[m - 1]!) return false;
  return m !== 2 || d < 29 || y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Hours and minutes in 24-hour form, or undefined when impossible (`24:00`, `13 PM`). */
function clock(h: string | undefined, min: string | undefined, s: string | undefined, ampm: string | undefined): [number, number] | undefined {
  let hour = Number(h);
  const minute = Number(min);
  if (minute > 59 || (s !== undefined && Number(s) > 59)) return undefined;
  if (ampm !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = ampm === 'p' || ampm === 'P';
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return undefined;
  return [hour, minute];
}

/**
 * The zone abbreviations exports write after a time, in minutes east of UTC: the short
 * names CLDR gives in English, which Google Forms uses (`2022/06/22 11:07:29 AM AST`)
 * where a zone has one, and e-mail and server tools. Names that stand for two zones
 * (IST: India, Ireland or Israel) are left out: such a time is refused, never guessed.
 */
const ABBREVIATIONS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, UT: 0, WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120, EEST: 180, MSK: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  WAT: 60, CAT: 120, EAT: 180, SAST: 120,
};

/** Offset east of UTC in minutes: `Z` 0, `+02:00` 120, `UTC-5` −300, `UTC` 0, `CEST` 120. */
function offsetMinutes(zone: string): number | undefined {
  const m = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  const name = zone.toUpperCase();
  if (!m) return name === 'Z' ? 0 : ABBREVIATIONS[name];
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timezone` at an instant given as UTC milliseconds. */
function inZone(ms: number, timezone: string): ParsedDate {
  let f = zoneFormats.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    zoneFormats.set(timezone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(ms)) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

// Offsets by zone and quarter hour: every zone's offset is a whole number of quarter hours
// and changes on one, so a quarter hour never straddles a change. An export's 100,000
// times then ask Intl (slow) a few thousand times, not 100,000.
const offsets = new Map<string, number>();

/** Milliseconds `timezone`'s clock is ahead of UTC at the instant `ms`. */
function zoneOffset(ms: number, timezone: string): number {
  if (timezone === 'UTC') return 0;
  const key = `${timezone}|${Math.floor(ms / 900_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const p = inZone(ms, timezone);
    offset = Date.UTC(+p.date.slice(0, 4), +p.date.slice(5, 7) - 1, +p.date.slice(8, 10), +p.time!.slice(0, 2), +p.time!.slice(3, 5)) - Math.floor(ms / 60_000) * 60_000;
    if (offsets.size < 100_000) offsets.set(key, offset);
  }
  return offset;
}

/** The wall clock in `timezone` at an instant given as UTC milliseconds, to the minute. */
function wallClock(ms: number, timezone: string): ParsedDate {
  const d = new Date(Math.floor(ms / 60_000) * 60_000 + zoneOffset(ms, timezone));
  return { date: `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
}

/** One reading from its numbers (undefined when it is no day of the calendar). */
function build(y: number, m: number, d: number, t: RegExpExecArray, timezone: string): ParsedDate | undefined {
  if (!validDay(y, m, d)) return undefined;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (t[1] === undefined) return { date };
  const hm = clock(t[1], t[2], t[3], t[4]);
  if (!hm) return undefined;
  if (t[5] !== undefined) {
    const offset = offsetMinutes(t[5].replace(/\s/g, ''));
    if (offset === undefined) return undefined;
    return wallClock(Date.UTC(y, m - 1, d, hm[0], hm[1]) - offset * 60_000, timezone);
  }
  return { date, time: `${pad(hm[0])}:${pad(hm[1])}` };
}

/** The capture groups of the time and zone, shifted to start at index 1 for build(). */
function tail(m: RegExpExecArray, from: number): RegExpExecArray {
  const t = [m[0], m[from], m[from + 1], m[from + 2], m[from + 3], m[from + 4]] as unknown as RegExpExecArray;
  return t;
}

/** Every reading of `input` (see DateReading); times with a zone are converted to `timezone`. */
export function readDate(input: string, timezone = 'Europe/Paris'): DateReading {
  const s = input.trim();
  let m = ISO.exec(s) ?? YMD.exec(s);
  if (m) {
    const fixed = build(Number(m[1]), Number(m[2]), Number(m[3]), tail(m, 4), timezone);
    return fixed ? { fixed } : {};
  }
  if ((m = NUMERIC.exec(s)) && !(m[4]!.length === 2 && m[2] === '-')) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const t = tail(m, 5);
    const dmy = build(y, b, a, t, timezone);
    // 05/05/2026 reads the same both ways: one reading, no doubt.
    if (a === b) return dmy ? { fixed: dmy } : {};
    const mdy = build(y, a, b, t, timezone);
    const out: DateReading = {};
    if (dmy) out.dmy = dmy;
    if (mdy) out.mdy = mdy;
    return out;
  }
  if (/[a-zA-Z\u00c0-\u017f]{3}/.test(s)) return wordMonth(plain(s), timezone);
  return {};
}

/** A date whose month is written in words: one reading, or none. */
function wordMonth(s: string, timezone: string): DateReading {
  let d: number;
  let month: string;
  let year: string;
  let m = DAY_MONTH.exec(s);
  if (m) [d, month, year] = [Number(m[1]), m[2]!, m[3]!];
  else if ((m = MONTH_DAY.exec(s))) [d, month, year] = [Number(m[2]), m[1]!, m[3]!];
  else return {};
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const fixed = build(y, MONTH_OF.get(month.toLowerCase())!, d, tail(m, 4), timezone);
  return fixed ? { fixed } : {};
}


/** A wall-clock date and time of `from` as the wall clock of `timezone` shows that instant. */
function moved(p: ParsedDate, from: string, timezone: string): ParsedDate {
  if (p.time === undefined) return p;
  const wall = Date.UTC(+p.date.slice(0, 4), +p.date.slice(5, 7) - 1, +p.date.slice(8, 10), +p.time.slice(0, 2), +p.time.slice(3, 5));
  // The offset at the instant itself, found from the offset at the wall time read as UTC
  // (one correction is enough, but near a change of summer time).
  let at = wall - zoneOffset(wall, from);
  at = wall - zoneOffset(at, from);
  return wallClock(at, timezone);
}

/** Whether `timezone` is a zone Intl knows (an export may name one: Qualtrics' `"timeZone":"America/Denver"`). */
export function knownZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Every reading of `input` when its times without a zone are the clock of `from` (a column
 * whose header says UTC, a Qualtrics export in America/Denver), converted to `timezone`.
 * A time that names its own zone or offset keeps it. A date without a time is that date.
 */
export function readDateIn(input: string, from: string, timezone: string): DateReading {
  const r = readDate(input, from);
  if (from === timezone) return r;
  const out: DateReading = {};
  if (r.fixed) out.fixed = moved(r.fixed, from, timezone);
  if (r.dmy) out.dmy = moved(r.dmy, from, timezone);
  if (r.mdy) out.mdy = moved(r.mdy, from, timezone);
  return out;
}

/**
 * A date standing alone (a wave's date, an action's due date in YAML): ISO, Y/M/D, or
 * DD/MM/YYYY as the contract documents for these files — day first, as the schemas say.
 */
export function parseDate(input: string, timezone = 'Europe/Paris'): ParsedDate | undefined {
  const r = readDate(input, timezone);
  return r.fixed ?? r.dmy;
}

/** Today as `YYYY-MM-DD` in `timezone`, unless MIROIR_TODAY fixes it. */
export function todayIn(timezone: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const fixed = env.MIROIR_TODAY?.trim();
  if (fixed) {
    const p = parseDate(fixed);
    if (p) return p.date;
  }
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
