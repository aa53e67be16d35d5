// The sentences of `npm run summary`, in each locale. French follows French
// typography: U+00A0 before a colon, U+202F before ; ! ? and inside « ».
import type { Locale } from '../model.ts';
import { NBSP, NNBSP } from './typography.ts';


/** `n thing` / `n things`: French keeps 0 and 1 singular, English only 1. */
function count(locale: Locale, n: number, one: string, many: string): string {
  const singular = locale === 'fr' ? n <= 1 : n === 1;
  return `${n} ${singular ? one : many}`;
}

export interface SummaryText {
  title: string;
  nothing: string;
  colon: string;
  quote: (s: string) => string;
  blocked: (errors: number) => string;
  oldUnreadable: (errors: number) => string;
  verbatims: string;
  /** `onWall`: how many of the added ones the wall shows. */
  verbatimCounts: (added: number, removed: number, onWall?: string) => string;
  onWallCount: (n: number) => string;
  onWall: string;
  more: (n: number) => string;
  nowFeatured: string;
  noLongerFeatured: string;
  barometer: string;
  waveAdded: (id: string, date: string) => string;
  waveRemoved: (id: string) => string;
  waveChanged: (id: string) => string;
  waveOtherChanges: string;
  notGiven: string;
  vs: (id: string) => string;
  participation: string;
  engagement: string;
  enps: string;
  privacy: string;
  withheldSegments: (n: number) => string;
  withheldWaves: (n: number) => string;
  before: (s: string) => string;
  actions: string;
  actionAdded: string;
  actionRemoved: string;
  progress: string;
  nowOverdue: string;
  due: (date: string) => string;
  settings: string;
  settingsChanged: (keys: string) => string;
  check: string;
}

export const SUMMARY_TEXT: Record<Locale, SummaryText> = {
  fr: {
    title: 'Ce que ce changement modifie sur le mur et l’affiche',
    nothing: 'Rien ne change sur le mur ni sur l’affiche.',
    colon: `${NBSP}:`,
    quote: (s) => `«${NNBSP}${s}${NNBSP}»`,
    blocked: (n) =>
      `**Ce changement ne peut pas être publié${NNBSP}!** ${count('fr', n, 'erreur', 'erreurs')} dans les données${NBSP}: ${n > 1 ? 'tant qu’elles ne sont pas corrigées' : 'tant qu’elle n’est pas corrigée'}, le mur et l’affiche gardent les données d’avant.`,
    oldUnreadable: (n) =>
      `Les données d’avant n’ont pas pu être lues (${count('fr', n, 'erreur', 'erreurs')})${NBSP}: tout est décrit comme nouveau.`,
    verbatims: 'Verbatims',
    verbatimCounts: (a, r, w) => `${count('fr', a, 'ajouté', 'ajoutés')}${w ? ` (${w})` : ''}, ${count('fr', r, 'retiré', 'retirés')}`,
    onWallCount: (n) => `dont ${n} à l’écran`,
    onWall: 'à l’écran',
    more: (n) => `… et ${n} autre${n > 1 ? 's' : ''}`,
    nowFeatured: 'À la une désormais',
    noLongerFeatured: 'Plus à la une',
    barometer: 'Baromètre',
    waveAdded: (id, date) => `Nouvelle vague **${id}** (${date})`,
    waveRemoved: (id) => `Vague **${id}** retirée.`,
    waveChanged: (id) => `Vague **${id}** modifiée`,
    waveOtherChanges: 'segments, indicateurs clients ou faits marquants modifiés',
    notGiven: 'non renseigné',
    vs: (id) => `écarts par rapport à ${id}`,
    participation: 'participation',
    engagement: 'engagement',
    enps: 'eNPS',
    privacy: 'Confidentialité',
    withheldSegments: (n) => `${count('fr', n, 'segment trop petit n’est pas publié', 'segments trop petits ne sont pas publiés')}`,
    withheldWaves: (n) => `${count('fr', n, 'vague entière n’est pas publiée', 'vagues entières ne sont pas publiées')} (trop peu de répondants)`,
    before: (s) => `avant${NBSP}: ${s}`,
    actions: 'Plan d’actions',
    actionAdded: 'Nouvelle action',
    actionRemoved: 'Action retirée',
    progress: 'avancement',
    nowOverdue: 'En retard désormais',
    due: (d) => `échéance ${d}`,
    settings: 'Réglages',
    settingsChanged: (keys) => `site.yaml modifié (${keys})${NBSP}: regardez les captures d’écran.`,
    check: 'Vérification',
  },
  en: {
    title: 'What this change does to the wall and the poster',
    nothing: 'Nothing changes on the wall or the poster.',
    colon: ':',
    quote: (s) => `“${s}”`,
    blocked: (n) =>
      `**This change cannot be published!** ${count('en', n, 'error', 'errors')} in the data: until ${n === 1 ? 'it is' : 'they are'} fixed, the wall and the poster keep the previous data.`,
    oldUnreadable: (n) => `The previous data could not be read (${count('en', n, 'error', 'errors')}): everything is described as new.`,
    verbatims: 'Verbatims',
    verbatimCounts: (a, r, w) => `${a} added${w ? ` (${w})` : ''}, ${r} removed`,
    onWallCount: (n) => `${n} of them on the wall`,
    onWall: 'on the wall',
    more: (n) => `… and ${n} more`,
    nowFeatured: 'Now featured',
    noLongerFeatured: 'No longer featured',
    barometer: 'Barometer',
    waveAdded: (id, date) => `New wave **${id}** (${date})`,
    waveRemoved: (id) => `Wave **${id}** removed.`,
    waveChanged: (id) => `Wave **${id}** changed`,
    waveOtherChanges: 'segments, customer indicators or highlights changed',
    notGiven: 'not given',
    vs: (id) => `changes vs ${id}`,
    participation: 'participation',
    engagement: 'engagement',
    enps: 'eNPS',
    privacy: 'Privacy',
    withheldSegments: (n) => `${count('en', n, 'small segment is', 'small segments are')} not published`,
    withheldWaves: (n) => `${count('en', n, 'whole wave is', 'whole waves are')} not published (too few respondents)`,
    before: (s) => `before: ${s}`,
    actions: 'Action plan',
    actionAdded: 'New action',
    actionRemoved: 'Action removed',
    progress: 'progress',
    nowOverdue: 'Now overdue',
    due: (d) => `due ${d}`,
    settings: 'Settings',
    settingsChanged: (keys) => `site.yaml changed (${keys}): look at the screenshots.`,
    check: 'Check',
  },
};
