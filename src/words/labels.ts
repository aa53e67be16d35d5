// Words the product writes on the wall and the poster, in each locale. Shared by both
// so that a sentiment or a status reads the same everywhere.
import type { ActionStatus, Locale, Sentiment, SlideId } from '../model.ts';
import { NBSP } from './typography.ts';

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
  /** The strip when build.json answers with something that is not ours. */
  deployBroken: (date: string) => string;
  /** The strip when a reload brought the old page back (a stale cache). */
  updateHeld: (date: string) => string;
  wall: WallLabels;
}

/** Words of the wallboard only. */
interface WallLabels {
  featured: string;
  /** The headline of the barometer slide: « Vague 2026-T3 · 15 oct. 2026 ». */
  wave: (id: string, date: string) => string;
  respondents: (respondents: string, invited: string) => string;
  firstWave: string;
  /** Column header of the figures table. */
  waveName: string;
  /** Under the key figures: what the changes compare with. */
  comparedWith: (id: string) => string;
  movedUp: string;
  movedDown: string;
  /** Read between two figures drawn with an arrow (« de 62 % à 71 % »), for screen readers. */
  to: string;
  /** « Plus forte progression : » before the dimension's name. */
  mostMoved: (what: string) => string;
  highlights: string;
  dimensions: string;
  trend: string;
  /** A published segment's figures on a screen filtered to one site. */
  segment: (name: string, figures: string) => string;
  pillars: string;
  noAction: string;
  actionsDone: (done: number, total: number) => string;
  doneWhen: (relative: string) => string;
  recentlyDone: string;
  attention: string;
  due: (date: string) => string;
  progress: (percent: string) => string;
  employees: string;
  customers: string;
  mirrorCaveat: string;
  points: string;
  /** Chart series names. */
  series: { engagement: string; enps: string; csat: string; nps: string; participation: string };
  /** Text alternative of a chart. */
  chartOf: (what: string) => string;
  /** « 2 sur 4 » for a screen reader, on pages of verbatims. */
  pageOf: (n: number, total: number) => string;
}


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
      verbatims: `Pas de verbatim récent pour l’instant${NBSP}: les prochains retours clients s’afficheront ici.`,
      barometer: `Pas encore de résultats publiés${NBSP}: ils s’afficheront ici après la prochaine vague du baromètre.`,
      actions: `Le plan d’actions n’est pas encore publié.`,
      mirror: `Il faut au moins une vague avec des indicateurs clients pour tendre le miroir.`,
    },
    dataOf: (date) => `Données du ${date}`,
    offline: (date) => `Hors ligne · données du ${date}`,
    deployBroken: (date) => `Serveur joignable · mise en ligne défectueuse · données du ${date}`,
    updateHeld: (date) => `Mise à jour retenue par un cache · données du ${date}`,
    wall: {
      featured: 'À la une',
      wave: (id, date) => `Vague ${id} · ${date}`,
      respondents: (r, i) => `${r} répondants sur ${i}`,
      firstWave: 'première vague',
      waveName: 'Vague',
      comparedWith: (id) => `Évolutions depuis la vague ${id}`,
      movedUp: 'Plus forte progression',
      movedDown: 'Plus forte baisse',
      mostMoved: (what) => `${what}${NBSP}:`,
      to: 'à',
      highlights: 'Ce qu’il faut retenir',
      dimensions: 'Les dimensions',
      trend: 'Vague après vague',
      segment: (name, figures) => `${name}${NBSP}: ${figures}`,
      pillars: 'Avancement par pilier',
      noAction: 'aucune action',
      actionsDone: (done, total) => `${done} ${done > 1 ? 'actions terminées' : 'action terminée'} sur ${total}`,
      doneWhen: (rel) => `Terminé ${rel}`,
      recentlyDone: 'Terminé récemment',
      attention: 'Besoin d’un coup de pouce',
      due: (date) => `échéance ${date}`,
      progress: (pct) => `${pct} réalisé`,
      employees: 'Salariés',
      customers: 'Clients',
      mirrorCaveat: 'Deux courbes qui évoluent ensemble ne prouvent pas que l’une cause l’autre.',
      points: 'points',
      series: { engagement: 'Engagement', enps: 'eNPS', csat: 'Satisfaction client', nps: 'NPS client', participation: 'Participation' },
      chartOf: (what) => `Graphique${NBSP}: ${what}`,
      pageOf: (n, total) => `${n} sur ${total}`,
    },
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
    deployBroken: (date) => `Server reachable · deploy looks broken · data of ${date}`,
    updateHeld: (date) => `Update held back by a cache · data of ${date}`,
    wall: {
      featured: 'Featured',
      wave: (id, date) => `Wave ${id} · ${date}`,
      respondents: (r, i) => `${r} respondents out of ${i}`,
      firstWave: 'first wave',
      waveName: 'Wave',
      comparedWith: (id) => `Changes since wave ${id}`,
      movedUp: 'Biggest rise',
      movedDown: 'Biggest fall',
      mostMoved: (what) => `${what}:`,
      to: 'to',
      highlights: 'Key points',
      dimensions: 'Dimensions',
      trend: 'Wave after wave',
      segment: (name, figures) => `${name}: ${figures}`,
      pillars: 'Progress by pillar',
      noAction: 'no action',
      actionsDone: (done, total) => `${done} of ${total} ${total > 1 ? 'actions' : 'action'} done`,
      doneWhen: (rel) => `Done ${rel}`,
      recentlyDone: 'Recently done',
      attention: 'Needs a hand',
      due: (date) => `due ${date}`,
      progress: (pct) => `${pct} done`,
      employees: 'Employees',
      customers: 'Customers',
      mirrorCaveat: 'Two curves moving together do not prove that one causes the other.',
      points: 'points',
      series: { engagement: 'Engagement', enps: 'eNPS', csat: 'Customer satisfaction', nps: 'Customer NPS', participation: 'Participation' },
      chartOf: (what) => `Chart: ${what}`,
      pageOf: (n, total) => `${n} of ${total}`,
    },
  },
};
