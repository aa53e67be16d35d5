// The story's words: the sentence that reads the mirror chart, per locale
// (src/figures/story.ts picks the pattern; these say it).
import type { Locale } from '../model.ts';
import { NBSP } from './typography.ts';

/** The figures a mirror sentence can name (employees' engagement/eNPS, customers' CSAT/NPS). */
export type StoryMetric = 'engagement' | 'enps' | 'csat' | 'nps';

export interface StoryWords {
  /** Subject forms, with their article: « l’engagement ». */
  subject: Record<StoryMetric, string>;
  /** Name and value for a first reading: « engagement 71 % ». */
  bare: Record<StoryMetric, string>;
  since: (month: string) => string;
  togetherUp: (e: string, c: string, de: string, dc: string, since: string) => string;
  togetherDown: (e: string, c: string, de: string, dc: string, since: string) => string;
  diverge: (e: string, c: string, eUp: boolean, de: string, dc: string, since: string) => string;
  /** `d`: the real change; `dStill`: the other one's delta, within chance. */
  oneStable: (moving: string, still: string, up: boolean, d: string, dStill: string, since: string) => string;
  /** Both deltas within chance: said as stable, the deltas still given. */
  stable: (e: string, c: string, de: string, dc: string, since: string) => string;
  first: (e: string, c: string) => string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const STORY_WORDS: Record<Locale, StoryWords> = {
  fr: {
    subject: { engagement: 'l’engagement', enps: 'l’eNPS', csat: 'la satisfaction client', nps: 'le NPS client' },
    bare: { engagement: 'engagement', enps: 'eNPS', csat: 'satisfaction client', nps: 'NPS client' },
    since: (month) => `depuis ${month}`,
    togetherUp: (e, c, de, dc, since) => `${cap(e)} et ${c} progressent ensemble${NBSP}: ${de} et ${dc} ${since}.`,
    togetherDown: (e, c, de, dc, since) => `${cap(e)} et ${c} reculent ensemble${NBSP}: ${de} et ${dc} ${since}.`,
    diverge: (e, c, eUp, de, dc, since) =>
      eUp
        ? `${cap(e)} progresse (${de}) mais ${c} recule (${dc}) ${since}.`
        : `${cap(e)} recule (${de}) tandis que ${c} progresse (${dc}) ${since}.`,
    oneStable: (moving, still, up, d, dStill, since) =>
      `${cap(since)}, ${moving} ${up ? 'progresse' : 'recule'} (${d}) et ${still} reste stable (${dStill}, sans évolution nette).`,
    stable: (e, c, de, dc, since) => `${cap(since)}, ${e} et ${c} restent stables (${de} et ${dc}, sans évolution nette).`,
    first: (e, c) => `Premier point de repère${NBSP}: ${e} et ${c}. La tendance se lira à la prochaine vague.`,
  },
  en: {
    subject: { engagement: 'engagement', enps: 'eNPS', csat: 'customer satisfaction', nps: 'customer NPS' },
    bare: { engagement: 'engagement', enps: 'eNPS', csat: 'customer satisfaction', nps: 'customer NPS' },
    since: (month) => `since ${month}`,
    togetherUp: (e, c, de, dc, since) => `${cap(e)} and ${c} are rising together: ${de} and ${dc} ${since}.`,
    togetherDown: (e, c, de, dc, since) => `${cap(e)} and ${c} are falling together: ${de} and ${dc} ${since}.`,
    diverge: (e, c, eUp, de, dc, since) =>
      eUp ? `${cap(e)} is up (${de}) but ${c} is down (${dc}) ${since}.` : `${cap(e)} is down (${de}) while ${c} is up (${dc}) ${since}.`,
    oneStable: (moving, still, up, d, dStill, since) =>
      `${cap(since)}, ${moving} is ${up ? 'up' : 'down'} (${d}) and ${still} is stable (${dStill}, no clear change).`,
    stable: (e, c, de, dc, since) => `${cap(since)}, ${e} and ${c} are stable (${de} and ${dc}, no clear change).`,
    first: (e, c) => `A first reference point: ${e} and ${c}. The trend will show at the next wave.`,
  },
};
