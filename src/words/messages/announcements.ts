// Messages about data/announcements.yaml. Codes are prefixed 'announcements.'.
import { defineMessages, didYouMean, q } from './define.ts';

export const announcementMessages = defineMessages({
  'announcements.not_mapping': {
    title: 'Announcement file without the `announcements:` key',
    fr: () => `le fichier doit commencer par la ligne ${q.fr('announcements:')}, suivie de la liste des annonces (chacune commence par ${q.fr('- id:')}).`,
    en: () => `the file must start with the line ${q.en('announcements:')}, followed by the list of announcements (each starting with ${q.en('- id:')}).`,
    example: {},
  },
  'announcements.datetime': {
    title: 'Announcement time not understood',
    fr: (p) => `${q.fr(p.field)}\u00a0: ${q.fr(p.found)} n’est pas une date et heure valide. Écrivez AAAA-MM-JJTHH:MM, par exemple ${q.fr('2026-12-20T08:00')} (heure locale du site).`,
    en: (p) => `${q.en(p.field)}: ${q.en(p.found)} is not a valid date and time. Write YYYY-MM-DDTHH:MM, for example ${q.en('2026-12-20T08:00')} (the site’s local time).`,
    example: { field: 'start', found: '20/12 8h' },
  },
  'announcements.end_before_start': {
    title: 'Announcement ends before it starts',
    fr: (p) => `${q.fr('end')} (${p.end}) n’est pas après ${q.fr('start')} (${p.start})\u00a0: l’annonce ne s’afficherait jamais. Mettez une fin après le début.`,
    en: (p) => `${q.en('end')} (${p.end}) is not after ${q.en('start')} (${p.start}): the announcement would never show. Put the end after the start.`,
    example: { end: '2026-12-20T08:00', start: '2026-12-24T16:00' },
  },
  'announcements.unknown_screen': {
    title: 'Announcement for an unknown screen',
    fr: (p) => `${q.fr('screens')}\u00a0: il n’y a pas d’écran ${q.fr(p.found)} dans site.yaml. Écrans possibles\u00a0: ${p.choices}.${didYouMean('fr', p.suggestion)}`,
    en: (p) => `${q.en('screens')}: there is no screen ${q.en(p.found)} in site.yaml. Possible screens: ${p.choices}.${didYouMean('en', p.suggestion)}`,
    example: { found: 'acceuil-lyon', choices: 'default, accueil-lyon', suggestion: 'accueil-lyon' },
  },
});
