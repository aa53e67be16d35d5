// Words about the barometer's figures and their changes, in each locale: what a change
// is called (only a verdict makes it a rise or a fall), the headline when nothing
// moved, the base of a figure (« 221 répondants · marge ± 4 pts »), and the figures'
// names inside check's messages.
import type { Locale } from '../model.ts';
import { NBSP, NNBSP } from './typography.ts';

/** A figure named inside a sentence of check (« l’eNPS de la vague… »), in both locales for the catalogue. */
export function figureSubject(metric: string, dimensionLabel: (id: string) => string): { figure_fr: string; figure_en: string } {
  if (metric.startsWith('dimension:')) {
    const label = dimensionLabel(metric.slice('dimension:'.length));
    return { figure_fr: `la dimension «${NNBSP}${label}${NNBSP}»`, figure_en: `the dimension “${label}”` };
  }
  const names: Record<string, [string, string]> = {
    enps: ['l’eNPS', 'the eNPS'],
    engagement: ['l’engagement', 'the engagement'],
    'customer:nps': ['le NPS client', 'the customer NPS'],
    'customer:csat': ['la satisfaction client', 'the customer satisfaction'],
  };
  const [fr, en] = names[metric] ?? [metric, metric];
  return { figure_fr: fr, figure_en: en };
}

/** Words of a change on the wall, the poster and in `summary`. */
export interface ChangeWords {
  /** Said beside the delta: a rise or a fall only when the verdict says so. */
  verdict: Record<'up' | 'down' | 'stable', string>;
  /** Read by screen readers beside a quiet delta: why it is not news. */
  withinChance: string;
  /** The headline when no estimated figure moved for real (`since`: « depuis juin 2026 »). */
  steady: (since: string) => string;
  /** Under that headline: the story leads with the levels. */
  steadyNote: string;
  /** The base of a headline figure, printed under it: « 221 répondants · marge ± 4 pts ». */
  base: (respondents: string, margin: number) => string;
  /** The base of a customer figure computed from the verbatims: « 212 avis ». */
  answers: (n: string) => string;
}

const pts = (n: number, fr: boolean): string => `${n}${fr ? NNBSP : ' '}${n >= 2 ? 'pts' : 'pt'}`;

export const CHANGE_WORDS: Record<Locale, ChangeWords> = {
  fr: {
    verdict: { up: 'en hausse', down: 'en baisse', stable: 'stable' },
    withinChance: 'écart dans la marge d’erreur',
    steady: (since) => `Stabilité sur tous les indicateurs ${since}`,
    steadyNote: 'Les écarts avec la vague précédente restent dans la marge d’erreur.',
    base: (r, m) => `${r} répondants · marge ±${NBSP}${pts(m, true)}`,
    answers: (n) => `${n} avis notés`,
  },
  en: {
    verdict: { up: 'up', down: 'down', stable: 'stable' },
    withinChance: 'difference within the margin of error',
    steady: (since) => `No clear change in any indicator ${since}`,
    steadyNote: 'The differences from the previous wave are within the margin of error.',
    base: (r, m) => `${r} respondents · margin ± ${pts(m, false)}`,
    answers: (n) => `${n} rated reviews`,
  },
};
