// Values chosen from a list: the French words people write are accepted, and a near
// miss is answered with the accepted word in the site's language.
import { describe, expect, it } from 'vitest';
import { choices, enumParams, pick } from '../../../src/data/choices.ts';
import { choice } from '../../../src/data/validate.ts';
import { WEEKDAYS } from '../../../src/model.ts';
import {
  DAY_WORDS,
  LOCALE_WORDS,
  ORIENTATION_WORDS,
  SENTIMENT_WORDS,
  SLIDE_WORDS,
  STATUS_WORDS,
  THEME_WORDS,
} from '../../../src/words/choices.ts';
import { message } from '../../../src/words/messages/index.ts';

const STATUS = choices(['planned', 'in_progress', 'done', 'blocked'] as const, STATUS_WORDS);
const NB = '\u00a0';
const NNB = '\u202f';

/** The line `check` prints for `found`, without its FILE:LINE:COL. */
const say = (c: Parameters<typeof enumParams>[0], field: string, found: string, locale: 'fr' | 'en'): string =>
  message('value.enum', { field, found, ...enumParams(c, found) }, locale);

describe('action status', () => {
  it('accepts the common French words, whatever their accents, case and spaces', () => {
    const cases: [string, string][] = [
      ['fini', 'done'], ['Finie', 'done'], ['terminé', 'done'], ['Terminée', 'done'], ['TERMINE', 'done'], ['fait', 'done'],
      ['en cours', 'in_progress'], ['En Cours', 'in_progress'], ['en_cours', 'in_progress'], ['in progress', 'in_progress'],
      ['prévu', 'planned'], ['Prévue', 'planned'], ['à faire', 'planned'],
      ['bloqué', 'blocked'], ['Bloquée', 'blocked'], ['blocked', 'blocked'],
    ];
    for (const [word, value] of cases) expect([word, pick(STATUS, word)]).toEqual([word, value]);
  });

  it('through the zod schema too, and refuses a word that is none of them', () => {
    const status = choice(['planned', 'in_progress', 'done', 'blocked'] as const, STATUS_WORDS);
    expect(status.parse('Terminé')).toBe('done');
    expect(status.parse(' en cours ')).toBe('in_progress');
    expect(status.safeParse('annulé').success).toBe(false);
  });

  it('answers a near miss with the French word in French, the value in English', () => {
    expect(say(STATUS, 'status', 'termné', 'fr')).toBe(
      `«${NNB}status${NNB}» ne peut pas valoir «${NNB}termné${NNB}»${NNB}; valeurs possibles${NB}: prevu, en_cours, termine, bloque (ou planned, in_progress, done, blocked). Vouliez-vous dire «${NNB}termine${NNB}»${NNB}?`,
    );
    expect(say(STATUS, 'status', 'termné', 'en')).toBe(
      '“status” cannot be “termné”; possible values: planned, in_progress, done, blocked (or prevu, en_cours, termine, bloque). Did you mean “done”?',
    );
    // Near an alias (« bloquée ») rather than a value: the value's own name is offered.
    expect(enumParams(STATUS, 'bloquéé')).toMatchObject({ suggestion_fr: 'bloque', suggestion_en: 'blocked' });
  });

  it('lists the words and asks for one of them, suggesting none, when no word is near', () => {
    expect(say(STATUS, 'status', 'annulé', 'fr')).toBe(
      `«${NNB}status${NNB}» ne peut pas valoir «${NNB}annulé${NNB}»${NNB}; valeurs possibles${NB}: prevu, en_cours, termine, bloque (ou planned, in_progress, done, blocked). Écrivez l’une de ces valeurs.`,
    );
  });
});

describe('every other list of values', () => {
  it('suggests the accepted word in the reader’s language', () => {
    const sentiment = choices(['positive', 'neutral', 'negative'] as const, SENTIMENT_WORDS);
    expect(enumParams(sentiment, 'negatf')).toMatchObject({ suggestion_fr: 'négatif', suggestion_en: 'negative', choices_fr: 'positif, neutre, négatif (ou positive, neutral, negative)' });
    const theme = choices(['dark', 'light'] as const, THEME_WORDS);
    expect(enumParams(theme, 'sombr')).toMatchObject({ suggestion_fr: 'sombre', suggestion_en: 'dark', choices_en: 'dark, light (or sombre, clair)' });
    const orientation = choices(['portrait', 'landscape'] as const, ORIENTATION_WORDS);
    // Only the words that differ come after « ou »: portrait is the same in both languages.
    expect(enumParams(orientation, 'paysge')).toMatchObject({ suggestion_fr: 'paysage', suggestion_en: 'landscape', choices_fr: 'portrait, paysage (ou landscape)' });
    const days = choices(WEEKDAYS, DAY_WORDS);
    expect(enumParams(days, 'mercedi')).toMatchObject({ suggestion_fr: 'mer', suggestion_en: 'wed' });
    const locale = choices(['fr', 'en'] as const, LOCALE_WORDS);
    expect(enumParams(locale, 'francias')).toMatchObject({ suggestion_fr: 'fr', choices_fr: 'fr, en' });
    const slides = choices(['verbatims', 'barometer', 'actions', 'mirror'] as const, SLIDE_WORDS);
    expect(enumParams(slides, 'barometr')).toMatchObject({ suggestion_fr: 'barometer', choices_fr: 'verbatims, barometer, actions, mirror' });
  });

  it('accepts the natural French equivalents', () => {
    expect(pick(choices(['dark', 'light'] as const, THEME_WORDS), 'Foncé')).toBe('dark');
    expect(pick(choices(['dark', 'light'] as const, THEME_WORDS), 'clair')).toBe('light');
    expect(pick(choices(['portrait', 'landscape'] as const, ORIENTATION_WORDS), 'Paysage')).toBe('landscape');
    expect(pick(choices(['positive', 'neutral', 'negative'] as const, SENTIMENT_WORDS), 'Négative')).toBe('negative');
    expect(pick(choices(WEEKDAYS, DAY_WORDS), 'Vendredi')).toBe('fri');
    expect(pick(choices(['fr', 'en'] as const, LOCALE_WORDS), 'Français')).toBe('fr');
    expect(pick(choices(['verbatims', 'barometer', 'actions', 'mirror'] as const, SLIDE_WORDS), 'baromètre')).toBe('barometer');
    expect(pick(choices(['verbatims', 'barometer', 'actions', 'mirror'] as const, SLIDE_WORDS), 'miroir')).toBe('mirror');
  });

  it('a plain record given to choice() is a list of aliases (pillars by their label)', () => {
    const pillar = choice(['onboarding', 'tools'] as const, { Intégration: 'onboarding', Outils: 'tools' });
    expect(pillar.parse('intégration')).toBe('onboarding');
    expect(pillar.parse('OUTILS')).toBe('tools');
  });
});
