// Reading a value chosen from a list, the forgiving way, and saying what was possible
// when it is not one: every accepted word (values, their names in each locale, common
// aliases) leads to its value, and a near miss is answered with the value's name in the
// reader's locale (`status: termné` → « Vouliez-vous dire « termine » ? »).
import type { Locale } from '../model.ts';
import { choiceList, type ChoiceWords } from '../words/choices.ts';
import type { MessageParams } from '../words/messages/index.ts';
import { cappedList, MAX_LISTED } from './caps.ts';
import { normalizeWord, suggest } from './sources/text.ts';

const LOCALES: readonly Locale[] = ['fr', 'en'];

export interface Choices<T extends string> {
  values: readonly T[];
  words: ChoiceWords<T>;
  /** Every accepted word, values first, then names, then aliases. */
  accepted: string[];
  lookup: Map<string, T>;
}

export function choices<T extends string>(values: readonly T[], words: ChoiceWords<T> = {}): Choices<T> {
  const lookup = new Map<string, T>();
  const accepted: string[] = [];
  const add = (word: string, value: T): void => {
    const key = normalizeWord(word);
    if (lookup.has(key)) return;
    lookup.set(key, value);
    accepted.push(word);
  };
  for (const v of values) add(v, v);
  for (const locale of LOCALES) for (const v of values) add(words.names?.[locale]?.[v] ?? v, v);
  for (const [alias, v] of Object.entries(words.aliases ?? {}) as [string, T][]) add(alias, v);
  return { values, words, accepted, lookup };
}

/** The value `v` stands for, if it is one of the accepted words. */
export function pick<T extends string>(c: Choices<T>, v: unknown): T | undefined {
  return typeof v === 'string' || typeof v === 'number' ? c.lookup.get(normalizeWord(String(v))) : undefined;
}

const nameIn = <T extends string>(c: Choices<T>, locale: Locale, v: T): string => c.words.names?.[locale]?.[v] ?? v;

/**
 * The params of `value.enum` for `found`: the values as named in each locale (the other
 * locale's names after « ou »), and the nearest accepted word's value, named the same way.
 */
export function enumParams<T extends string>(c: Choices<T>, found: string): MessageParams {
  const near = suggest(found, c.accepted);
  const value = near === undefined ? undefined : c.lookup.get(normalizeWord(near));
  const params: MessageParams = { choices: cappedList(c.values), suggestion: value };
  // 100,000 dimension ids make 100,000 pillars: the lists are cut (data/caps.ts).
  const values = c.values.slice(0, MAX_LISTED);
  for (const locale of LOCALES) {
    const shown = values.map((v) => nameIn(c, locale, v));
    const seen = new Set(shown.map(normalizeWord));
    const others = LOCALES.flatMap((l) => values.map((v) => nameIn(c, l, v))).filter((w) => !seen.has(normalizeWord(w)) && seen.add(normalizeWord(w)));
    params[`choices_${locale}`] = `${choiceList(locale, shown, others)}${c.values.length > values.length ? ', …' : ''}`;
    params[`suggestion_${locale}`] = value === undefined ? undefined : nameIn(c, locale, value);
  }
  return params;
}
