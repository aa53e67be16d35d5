// Words the product writes on the wall and the poster, in each locale. Shared by both
// so that a sentiment or a status reads the same everywhere.
import type { ActionStatus, Locale, Sentiment, SlideId } from '../data/model.ts';

interface Labels {
  sentiment: Record<Sentiment, string>;
  status: Record<ActionStatus, string>;
  slide: Record<SlideId, string>;
  overdue: string;
  youSaid: string;
  weDid: string;
  participation: string;
  enps: string;
  engagement: string;
  customerNps: string;
  csat: string;
  withheld: (n: number) => string;
  up: string;
  down: string;
  stable: string;
  since: (what: string) => string;
  noData: Record<SlideId, string>;
  dataOf: (date: string) => string;
  offline: (date: string) => string;
}

const NNBSP = '\u202f';

export const LABELS: Record<Locale, Labels> = {
  fr: {
    sentiment: { positive: 'Positif', neutral: 'Neutre', negative: 'Négatif' },
    status: { planned: 'Prévu', in_progress: 'En cours', done: 'Terminé', blocked: 'Bloqué' },
    slide: { verbatims: 'Ce que disent nos clients', barometer: 'Baromètre d’engagement', actions: 'Plan d’actions', mirror: 'Le miroir' },
    overdue: 'En retard',
    youSaid: 'Vous avez dit',
    weDid: 'Nous avons fait',
    participation: 'Participation',
    enps: 'eNPS',
    engagement: 'Engagement',
    customerNps: 'NPS client',
    csat: 'Satisfaction client',
    withheld: (n) =>
      n === 1
        ? '1 groupe trop petit non publié (confidentialité)'
        : `${n} groupes trop petits non publiés (confidentialité)`,
    up: 'en hausse',
    down: 'en baisse',
    stable: 'stable',
    since: (what) => `depuis ${what}`,
    noData: {
      verbatims: `Pas de verbatim récent pour l’instant${NNBSP}: les prochains retours clients s’afficheront ici.`,
      barometer: `Pas encore de résultats publiés${NNBSP}: ils s’afficheront ici après la prochaine vague du baromètre.`,
      actions: `Le plan d’actions n’est pas encore publié.`,
      mirror: `Il faut au moins une vague avec des indicateurs clients pour tendre le miroir.`,
    },
    dataOf: (date) => `Données du ${date}`,
    offline: (date) => `Hors ligne · données du ${date}`,
  },
  en: {
    sentiment: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' },
    status: { planned: 'Planned', in_progress: 'In progress', done: 'Done', blocked: 'Blocked' },
    slide: { verbatims: 'What our customers say', barometer: 'Engagement barometer', actions: 'Action plan', mirror: 'The mirror' },
    overdue: 'Overdue',
    youSaid: 'You said',
    weDid: 'We did',
    participation: 'Participation',
    enps: 'eNPS',
    engagement: 'Engagement',
    customerNps: 'Customer NPS',
    csat: 'Customer satisfaction',
    withheld: (n) => (n === 1 ? '1 small group not published (privacy)' : `${n} small groups not published (privacy)`),
    up: 'up',
    down: 'down',
    stable: 'stable',
    since: (what) => `since ${what}`,
    noData: {
      verbatims: 'No recent verbatim yet: the next customer comments will show here.',
      barometer: 'No published results yet: they will show here after the next barometer wave.',
      actions: 'The action plan is not published yet.',
      mirror: 'The mirror needs at least one wave with customer indicators.',
    },
    dataOf: (date) => `Data of ${date}`,
    offline: (date) => `Offline · data of ${date}`,
  },
};

/** Icons that carry sentiment without colour (printed in black and white, colour-blind viewers). */
export const SENTIMENT_ICON: Record<Sentiment, string> = { positive: '▲', neutral: '●', negative: '▼' };
