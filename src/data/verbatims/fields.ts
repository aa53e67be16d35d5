// The fields of a verbatim (DATA-CONTRACT.md), the headers exports use for them, and
// the parsing of each value. Plain functions rather than zod, so a 100,000-row CSV
// is checked in a fraction of a second; the YAML reader wraps the same functions in
// zod (verbatims-yaml.ts) so both files accept and reject exactly the same values.
import { SENTIMENT_WORDS } from '../../words/choices.ts';
import { choices, enumParams, pick } from '../choices.ts';
import type { MessageCode, MessageParams } from '../../words/messages/index.ts';
import type { Sentiment, Verbatim } from '../../model.ts';
import { readDate, validDay, type DateReading, type ParsedDate } from '../dates.ts';
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
const FAST_NUMERIC = /^(\d\d)\/(\d\d)\/(\d{4})(?: (\d\d):(\d\d)(?::(\d\d))?)?$/;
const FAST_ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?$/;

function fastReading(s: string): DateReading | undefined {
  let m = FAST_ISO.exec(s);
  const iso = m !== null;
  if (!m && !(m = FAST_NUMERIC.exec(s))) return undefined;
  let time: string | undefined;
  if (m[4] !== undefined) {
    if (+m[4] > 23 || +m[5]! > 59 || (m[6] !== undefined && +m[6] > 59)) return {};
    time = `${m[4]}:${m[5]}`;
  }
  const at = (y: string, mo: string, d: string): ParsedDate | undefined =>
    validDay(+y, +mo, +d) ? (time === undefined ? { date: `${y}-${mo}-${d}` } : { date: `${y}-${mo}-${d}`, time }) : undefined;
  if (iso) {
    const fixed = at(m[1]!, m[2]!, m[3]!);
    return fixed ? { fixed } : {};
  }
  const [a, b, y] = [m[1]!, m[2]!, m[3]!];
  const dmy = at(y, b, a);
  if (a === b) return dmy ? { fixed: dmy } : {};
  const mdy = at(y, a, b);
  return dmy && mdy ? { dmy, mdy } : dmy ? { dmy } : mdy ? { mdy } : {};
}

/**
 * Every reading of a date cell (day and month may be swapped: the column decides, see
 * date-column.ts); a problem when it is blank or no date in any order.
 */
export function readWhen(v: unknown, timezone: string, utc = false): Parsed<DateReading> {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return fail('value.empty');
  if (typeof v !== 'string') return fail('date.invalid');
  // A column whose header says UTC (Trustpilot's `Review Created (UTC)`, Typeform's
  // `Submit Date (UTC)`): a time written without a zone is a UTC time, as with a `Z`.
  if (utc && v.includes(':')) {
    const r = readDate(`${v.trim()} UTC`, timezone);
    if (r.fixed || r.dmy || r.mdy) return r;
  }
  const r = fastReading(v) ?? readDate(v, timezone);
  return r.fixed || r.dmy || r.mdy ? r : fail('date.invalid');
}

/** Whether a date column's header says its times are UTC: `… (UTC)`, `… UTC` (not `UTC+2`). */
export const headerSaysUtc = (header: string | undefined): boolean => header !== undefined && /\butc\)?\s*$/i.test(header);

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

export function parseLabel(v: unknown): Parsed<string> {
  if (typeof v !== 'string' && typeof v !== 'number') return fail('value.type', expected('string'));
  const s = String(v).trim();
  if (s.length > LABEL_MAX && [...s].length > LABEL_MAX) return fail('value.too_long', { max: LABEL_MAX, found: [...s].length });
  return /\s\s|[\t\n\r]/.test(s) ? s.replace(/\s+/g, ' ') : s;
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
