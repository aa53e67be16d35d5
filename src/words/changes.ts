// Words about the barometer's figures and their changes, in each locale: what a change
// is called (only a verdict makes it a rise or a fall), the headline when nothing
// moved, the base of a figure (« 221 répondants · marge ± 4 pts »), and the figures'
// names inside check's messages.
import { NNBSP } from './typography.ts';

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
