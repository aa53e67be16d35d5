// The shape of a catalogue entry, after Astro's errors-data.ts: each problem has a
// stable code, a short title and a one-line description (the guides are generated from
// them), the message in each locale, and a separate hint that tells the editor what to
// do. `check` prints the message then the hint, on one line.
import type { Locale } from '../../model.ts';

export type { Locale };

export type MessageParams = Record<string, string | number | undefined>;

type Say = (p: MessageParams) => string;

export interface MessageDef {
  /** Short title per locale, for the guides (a plain string is an English title still to translate). */
  title: string | Record<Locale, string>;
  /** One line per locale, for the guides: what the problem is and when the check raises it. */
  description?: Record<Locale, string>;
  /** What was found, per locale. */
  fr: Say;
  en: Say;
  /** What to do about it, printed after the message; may be empty for some params (no suggestion). */
  hint?: Record<Locale, Say>;
  /**
   * Parameters the catalogue's own test renders each message with. The guides show no
   * invented example: theirs come from running the checker on tests/fixtures/guide/.
   */
  example: MessageParams;
}

export function defineMessages<const T extends Record<string, MessageDef>>(defs: T): T {
  return defs;
}

/** The message and its hint, as `check` prints them. */
export function sentence(def: MessageDef, params: MessageParams, locale: Locale): string {
  const said = def[locale](params);
  const hint = def.hint?.[locale](params).trim();
  return hint ? `${said} ${hint}` : said;
}

/** The entry's title in `locale` (the English one until it has its own). */
export function titleOf(def: MessageDef, locale: Locale): string {
  return typeof def.title === 'string' ? def.title : def.title[locale];
}

/** French typography for sentences the product writes: « » with narrow no-break spaces. */
export const q = {
  fr: (s: string | number | undefined): string => `«\u202f${s ?? ''}\u202f»`,
  en: (s: string | number | undefined): string => `“${s ?? ''}”`,
};

/** "Did you mean …?" tail, or nothing. */
export function didYouMean(locale: Locale, suggestion: string | number | undefined): string {
  if (suggestion === undefined || suggestion === '') return '';
  return locale === 'fr'
    ? ` Vouliez-vous dire ${q.fr(suggestion)}\u202f?`
    : ` Did you mean ${q.en(suggestion)}?`;
}

/** "Did you mean …?" when there is a suggestion, else `otherwise`: a hint is never empty. */
export function didYouMeanOr(locale: Locale, suggestion: string | number | undefined, otherwise: string): string {
  return didYouMean(locale, suggestion).trim() || otherwise;
}

/** "3 rows like this: lines 7, 12, 18." for a problem told once for many rows (params from data/repeated.ts). */
export function rows(locale: Locale, p: MessageParams): string {
  const n = Number(p.count);
  if (locale === 'fr') return n > 1 ? `${n} lignes sont dans ce cas\u00a0: lignes ${p.lines}.` : `1 ligne est dans ce cas\u00a0: ligne ${p.lines}.`;
  return n > 1 ? `${n} rows like this: lines ${p.lines}.` : `1 row like this: line ${p.lines}.`;
}
