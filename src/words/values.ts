// Words the checker puts inside its messages to name a kind of value or a character:
// « doit être un nombre entier », « séparées par «  ;  » ». Per locale, like the catalogue.
import type { Locale } from '../model.ts';
import { NBSP, NNBSP } from './typography.ts';

/** What a value should have been, as the end of « doit être … ». */
export const EXPECTED_KIND = {
  number: { fr: 'un nombre', en: 'a number' },
  int: { fr: 'un nombre entier', en: 'a whole number' },
  string: { fr: 'un texte', en: 'a text' },
  boolean: { fr: 'oui ou non', en: 'yes or no' },
  array: { fr: `une liste (des lignes qui commencent par «${NNBSP}-${NNBSP}»)`, en: 'a list (lines starting with “-”)' },
  object: { fr: `un ensemble de clés (clé${NBSP}: valeur)`, en: 'a set of keys (key: value)' },
} as const satisfies Record<string, Record<Locale, string>>;

export type ExpectedKind = keyof typeof EXPECTED_KIND;

/** A CSV separator, named the way an editor would say it. */
export const DELIMITER_NAME: Record<string, Record<Locale, string>> = {
  ';': { fr: `«${NNBSP};${NNBSP}»`, en: '“;”' },
  ',': { fr: `«${NNBSP},${NNBSP}»`, en: '“,”' },
  '\t': { fr: 'la tabulation', en: 'the tab' },
};
