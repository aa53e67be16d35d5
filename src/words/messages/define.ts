// The shape of a catalogue entry, after Astro's errors-data.ts: each message has a
// stable code, a short title (used in the generated guide), the sentence in each
// locale, and an optional hint that tells the editor what to do.
import type { Locale } from '../../model.ts';

export type { Locale };

export type MessageParams = Record<string, string | number | undefined>;

export interface MessageDef {
  /** Short English title, for the docs page generated from the catalogue. */
  title: string;
  fr: (p: MessageParams) => string;
  en: (p: MessageParams) => string;
  /** Example parameters, so the guide can show each message as an editor will see it. */
  example: MessageParams;
}

export function defineMessages<const T extends Record<string, MessageDef>>(defs: T): T {
  return defs;
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

/** "3 rows like this: lines 7, 12, 18." for a problem told once for many rows (params from data/repeated.ts). */
export function rows(locale: Locale, p: MessageParams): string {
  const n = Number(p.count);
  if (locale === 'fr') return n > 1 ? `${n} lignes sont dans ce cas\u00a0: lignes ${p.lines}.` : `1 ligne est dans ce cas\u00a0: ligne ${p.lines}.`;
  return n > 1 ? `${n} rows like this: lines ${p.lines}.` : `1 row like this: line ${p.lines}.`;
}
