// The fields of a verbatim (DATA-CONTRACT.md), the headers exports use for them, and
// the parsing of each value. Plain functions rather than zod, so a 100,000-row CSV
// is checked in a fraction of a second; the YAML reader wraps the same functions in
// zod (verbatims-yaml.ts) so both files accept and reject exactly the same values.
import { SENTIMENT_WORDS } from '../../words/choices.ts';
import { choices, enumParams, pick } from '../choices.ts';
import type { MessageCode, MessageParams } from '../../words/messages/index.ts';
import type { Sentiment, Verbatim } from '../../model.ts';
import { knownZone, readDate, readDateIn, validDay, type DateReading, type ParsedDate } from '../dates.ts';
import { normalizeWord } from '../sources/text.ts';
import { expected, parseBoolean, toNumber } from '../validate.ts';

export const FIELDS = ['date', 'text', 'sentiment', 'nps', 'stars', 'channel', 'site', 'team', 'theme', 'author', 'featured'] as const;
export type Field = (typeof FIELDS)[number];
export const REQUIRED: readonly Field[] = ['date', 'text'];
export const TEXT_MAX = 2000;

/** Headers accepted for each field; compared with normalizeWord (case, accents, spaces ignored). */
export const ALIASES: Record<Field, readonly string[]> = {
  date: ['date', 'horodateur', 'timestamp'],
  text: ['text', 'verbatim', 'texte', 'commentaire', 'comment'],
  sentiment: ['sentiment', 'tonalite'],
  nps: ['nps', 'recommandation'],
  stars: ['stars', 'note', 'etoiles', 'rating'],
  channel: ['channel', 'canal', 'source'],
  site: ['site', 'agence', 'magasin'],
  team: ['team', 'equipe', 'service'],
  theme: ['theme'],
  author: ['author', 'auteur', 'client'],
  featured: ['featured', 'epingle', 'a la une'],
};

const ALIAS_INDEX = new Map<string, Field>();
for (const f of FIELDS) for (const a of ALIASES[f]) ALIAS_INDEX.set(normalizeWord(a), f);

/** The field a header stands for, by the contract's table. */
export function fieldOfHeader(header: string): Field | undefined {
  return ALIAS_INDEX.get(normalizeWord(header));
}

const asField = (s: string): Field | undefined => FIELDS.find((f) => f === normalizeWord(s));

/**
 * `site.yaml` `verbatims.columns` as normalised header → field. loadSite hands it over as
 * `{ "Export header": field }`; the contract's own spelling (`field: "Export header"`)
 * is read too, so a SiteConfig written by hand (tests, tools) means the same.
 */
export function columnOverrides(columns: Record<string, string>): Map<string, { field: Field; header: string }> {
  const out = new Map<string, { field: Field; header: string }>();
  for (const [key, value] of Object.entries(columns)) {
    if (typeof value !== 'string') continue;
    const k = key.trim();
    const v = value.trim();
    let field: Field | undefined;
    let header: string;
    if (asField(v)) [field, header] = [asField(v), k];
    else if (asField(k)) [field, header] = [asField(k), v];
    else if (fieldOfHeader(v)) [field, header] = [fieldOfHeader(v), k];
    else [field, header] = [fieldOfHeader(k), v];
    // Several columns for the text (textColumns) are not one header.
    if (field && normalizeWord(header) !== '' && !header.includes('\n')) out.set(normalizeWord(header), { field, header });
  }
  return out;
}

/**
 * `verbatims.columns.text` as a list (Trustpilot's title and content): the headers whose
 * cells are joined, with a line break, into the text. loadSite hands the list over as
 * one key, its headers joined with line breaks.
 */
export function textColumns(columns: Record<string, string>): string[] | undefined {
  for (const [key, value] of Object.entries(columns)) {
    const [k, v] = [key.trim(), typeof value === 'string' ? value.trim() : ''];
    const list = asField(v) === 'text' ? k : asField(k) === 'text' ? v : '';
    if (list.includes('\n')) return list.split('\n').map((h) => h.trim()).filter((h) => h !== '');
  }
  return undefined;
}

/** Why a value was refused. A class, so a parser returns the bare value or one of these, not a wrapper per cell. */
export class Problem {
  readonly code: MessageCode;
  readonly params: MessageParams;
  constructor(code: MessageCode, params: MessageParams = {}) {
    this.code = code;
    this.params = params;
  }
}
export type Parsed<T> = T | Problem;

const fail = (code: MessageCode, params: MessageParams = {}): Problem => new Problem(code, params);

// The shapes exports write most (Excel `15/03/2026`, Google Forms `15/03/2026 14:02:11`,
// ISO `2026-03-15T14:02`) read without the general parser, the largest single cost of a
// 100,000-row file. Anything else (a zone, AM/PM, other separators) goes to readDate.
// They are read character by character, not by a regular expression: no match array
// and no number parsing per cell (about a tenth of reading a 100,000-row file). What
// they accept is exactly `dd/dd/dddd[ dd:dd[:dd]]` and `dddd-dd-dd[(T| )dd:dd[:dd]]`.

/** The number written by the two ASCII digits at `i`, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** `hh:mm[:ss]` at 11 after a date of 10 characters, as hh × 100 + mm: -1 when there is none, -2 when it is not a time of this shape, -3 when impossible. */
function fastTime(s: string): number {
  if (s.length === 10) return -1;
  if (s.length !== 16 && s.length !== 19) return -2;
  const h = twoDigits(s, 11);
  const min = twoDigits(s, 14);
  if (h < 0 || min < 0 || s.charCodeAt(13) !== 58 /* : */) return -2;
  const sec = s.length === 19 ? twoDigits(s, 17) : 0;
  if (sec < 0 || (s.length === 19 && s.charCodeAt(16) !== 58)) return -2;
  return h > 23 || min > 59 || sec > 59 ? -3 : h * 100 + min;
}

// 100,000 verbatims hold a few thousand distinct days and times: each is written once
// and shared, instead of two new strings kept per verbatim (less for the garbage
// collector to copy). Bounded, as every cache of this module.
const dayText = new Map<number, string>();
const timeText = new Map<number, string>();
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function dayOf(y: number, m: number, d: number): string {
  const key = y * 10000 + m * 100 + d;
  let text = dayText.get(key);
  if (text === undefined) {
    text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
    if (dayText.size < 50_000) dayText.set(key, text);
  }
  return text;
}

function timeOf(hhmm: number): string {
  let text = timeText.get(hhmm);
  if (text === undefined) {
    text = `${pad(Math.floor(hhmm / 100), 2)}:${pad(hhmm % 100, 2)}`;
    timeText.set(hhmm, text);
  }
  return text;
}

function fastReading(s: string): DateReading | undefined {
  const n = s.length;
  if (n !== 10 && n !== 16 && n !== 19) return undefined;
  const iso = s.charCodeAt(4) === 45 /* - */;
  let year: number;
  let first: number;
  let second: number;
  // Plain variables, no destructuring: this runs once per row, before the optimiser has seen it.
  if (iso) {
    const c = twoDigits(s, 0);
    const y = twoDigits(s, 2);
    first = twoDigits(s, 5);
    second = twoDigits(s, 8);
    if (s.charCodeAt(7) !== 45 || c < 0 || y < 0 || first < 0 || second < 0) return undefined;
    const sep = s.charCodeAt(10);
    if (n > 10 && sep !== 84 /* T */ && sep !== 32) return undefined;
    year = c * 100 + y;
  } else {
    first = twoDigits(s, 0);
    second = twoDigits(s, 3);
    const c = twoDigits(s, 6);
    const y = twoDigits(s, 8);
    if (s.charCodeAt(2) !== 47 /* / */ || s.charCodeAt(5) !== 47 || first < 0 || second < 0 || c < 0 || y < 0) return undefined;
    if (n > 10 && s.charCodeAt(10) !== 32) return undefined;
    year = c * 100 + y;
  }
  const clock = fastTime(s);
  if (clock === -2) return undefined;
  if (clock === -3) return {};
  const time = clock === -1 ? undefined : timeOf(clock);
  const at = (mo: number, d: number): ParsedDate | undefined =>
    validDay(year, mo, d) ? (time === undefined ? { date: dayOf(year, mo, d) } : { date: dayOf(year, mo, d), time }) : undefined;
  if (iso) {
    const fixed = at(first, second);
    return fixed ? { fixed } : {};
  }
  const dmy = at(second, first);
  if (first === second) return dmy ? { fixed: dmy } : {};
  const mdy = at(first, second);
  return dmy && mdy ? { dmy, mdy } : dmy ? { dmy } : mdy ? { mdy } : {};
}

/**
 * Every reading of a date cell (day and month may be swapped: the column decides, see
 * date-column.ts); a problem when it is blank or no date in any order. `from` is the zone
 * the column's clock is in when it is not the site's (see dateZone).
 */
export function readWhen(v: unknown, timezone: string, from?: string): Parsed<DateReading> {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return fail('value.empty');
  if (typeof v !== 'string') return fail('date.invalid');
  const r = from !== undefined && from !== timezone ? readDateIn(v, from, timezone) : (fastReading(v) ?? readDate(v, timezone));
  return r.fixed || r.dmy || r.mdy ? r : fail('date.invalid');
}

/**
 * The zone a date column's times are written in, when the export says so: a header that
 * says UTC (Trustpilot's `Review Created (UTC)`, Typeform's `Submit Date (UTC)`; not
 * `UTC+2`), or Qualtrics' ImportId row (`{"ImportId":"endDate","timeZone":"America/Denver"}`:
 * Qualtrics writes times in the account's zone, often left at its default). Undefined: the site's.
 */
export function dateZone(header: string | undefined, importId?: string): string | undefined {
  if (header !== undefined && /\butc\)?\s*$/i.test(header)) return 'UTC';
  const zone = importId === undefined ? undefined : /"timeZone"\s*:\s*"([^"]+)"/.exec(importId)?.[1];
  if (zone === undefined) return undefined;
  return /^(Z|UTC|GMT|Etc\/(UTC|GMT))$/i.test(zone) ? 'UTC' : knownZone(zone) ? zone : undefined;
}

/** 1 to 2000 characters, counted as people count them (an emoji is one). */
export function parseText(v: unknown): Parsed<string> {
  if (v === null || v === undefined) return fail('value.empty');
  if (typeof v !== 'string' && typeof v !== 'number') return fail('value.type', expected('string'));
  let s = String(v);
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  s = s.trim();
  if (s === '') return fail('value.empty');
  if (s.length > TEXT_MAX) {
    const length = [...s].length;
    if (length > TEXT_MAX) return fail('value.too_long', { max: TEXT_MAX, found: length });
  }
  return s;
}

const SENTIMENTS = choices(['positive', 'neutral', 'negative'] as const, SENTIMENT_WORDS);

// Exports repeat the same few words: remembering them saves normalising 100,000 times.
const sentimentSeen = new Map<string, Sentiment>();

// Thumbs (with or without a skin tone), as review and chat tools export a rating.
const THUMBS: [string, Sentiment][] = [['👍', 'positive'], ['👎', 'negative']];

export function parseSentiment(v: unknown): Parsed<Sentiment> {
  if (typeof v === 'string') {
    let found = sentimentSeen.get(v);
    if (!found) {
      const s = v.trim();
      found = THUMBS.find(([t]) => s.startsWith(t) && s.slice(t.length).replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F]/gu, '') === '')?.[1] ?? pick(SENTIMENTS, v);
      if (found && sentimentSeen.size < 1000) sentimentSeen.set(v, found);
    }
    if (found) return found;
  }
  return fail('value.enum', enumParams(SENTIMENTS, String(v ?? '')));
}

// Zendesk's satisfaction ratings also list the tickets whose survey was never answered:
// "Offered" (sent, no answer yet) and "Unoffered" (never sent). No customer said anything
// there, so such a row is skipped like a blank comment, not read as a sentiment.
const UNANSWERED = new Set(['offered', 'unoffered', 'notoffered']);
const unansweredSeen = new Map<string, boolean>();

/** A satisfaction rating that says the survey was not answered (Zendesk's Offered / Unoffered). */
export function isUnansweredRating(v: string | undefined): boolean {
  if (v === undefined || v === '' || v.length > 20) return false;
  // A sentiment column repeats a few words: each is normalised once.
  let found = unansweredSeen.get(v);
  if (found === undefined) {
    found = UNANSWERED.has(normalizeWord(v));
    if (unansweredSeen.size < 1000) unansweredSeen.set(v, found);
  }
  return found;
}

const SMALL_INT = /^\d{1,2}$/;

function numberBetween(v: unknown, min: number, max: number, int: boolean): Parsed<number> {
  // Most cells are "4" or "10": read them without the general number parser.
  const n = typeof v === 'string' && SMALL_INT.test(v) ? +v : toNumber(v);
  if (n === undefined || (int && !Number.isInteger(n))) return fail('value.type', expected(int ? 'int' : 'number'));
  if (n < min || n > max) return fail('value.range', { min, max });
  return n;
}

export const parseNps = (v: unknown): Parsed<number> => numberBetween(v, 0, 10, true);
/** 1–5, `4,5` or `4.5`. */
export const parseStars = (v: unknown): Parsed<number> => numberBetween(v, 1, 5, false);

export function parseFeatured(v: unknown): Parsed<boolean> {
  const b = parseBoolean(v);
  return b === undefined ? fail('value.type', expected('boolean')) : b;
}

/** Channel, site, team, theme, author: short labels. The bound keeps a pasted paragraph off the wall's byline. */
export const LABEL_MAX = 500;

// Channels, sites, teams, themes and authors repeat from row to row: each label read
// is kept once and shared by the verbatims that carry it (bounded), so 100,000 rows do
// not keep 500,000 copies of a few hundred words for the garbage collector to move.
const labelSeen = new Map<string, string>();

export function parseLabel(v: unknown): Parsed<string> {
  if (typeof v === 'string') {
    const seen = labelSeen.get(v);
    if (seen !== undefined) return seen;
  } else if (typeof v !== 'number') {
    return fail('value.type', expected('string'));
  }
  let s = String(v).trim();
  if (s.length > LABEL_MAX && [...s].length > LABEL_MAX) return fail('value.too_long', { max: LABEL_MAX, found: [...s].length });
  if (/\s\s|[\t\n\r]/.test(s)) s = s.replace(/\s+/g, ' ');
  if (typeof v === 'string' && v.length <= 100 && labelSeen.size < 10_000) labelSeen.set(v, s);
  return s;
}

/**
 * The contract's rule for a missing sentiment: nps 9–10 positive, 7–8 neutral, 0–6
 * negative; else stars 4–5 positive, 3 neutral, 1–2 negative, where half stars fall
 * on the side of the neutral band (3.5 and 2.5 are neutral: only ≥ 4 is praise and only
 * ≤ 2 is a complaint); else neutral.
 */
export function deriveSentiment(nps: number | undefined, stars: number | undefined): Sentiment {
  if (nps !== undefined) return nps >= 9 ? 'positive' : nps >= 7 ? 'neutral' : 'negative';
  if (stars !== undefined) return stars >= 4 ? 'positive' : stars <= 2 ? 'negative' : 'neutral';
  return 'neutral';
}

/** A verbatim's values once each has been parsed; text and author still raw, sentiment and featured not yet defaulted. */
export type VerbatimFields = Omit<Verbatim, 'sentiment' | 'featured'> & { sentiment?: Sentiment; featured?: boolean };
