// Messages about data/announcements.yaml. Codes are prefixed 'announcements.'.
import { defineMessages, didYouMeanOr, q } from './define.ts';

export const announcementMessages = defineMessages({
  'announcements.not_mapping': {
    title: { fr: 'Fichier d’annonces sans «\u202fannouncements:\u202f»', en: 'Announcement file without the `announcements:` key' },
    description: { fr: 'Le fichier ne commence pas par la ligne «\u202fannouncements:\u202f».', en: 'The file does not start with the line “announcements:”.' },
    fr: () => `le fichier doit commencer par la ligne ${q.fr('announcements:')}, suivie de la liste des annonces.`,
    en: () => `the file must start with the line ${q.en('announcements:')}, followed by the list of announcements.`,
    hint: { fr: () => `Écrivez chaque annonce sous cette ligne, en commençant par ${q.fr('- id:')} décalé de deux espaces, comme dans l’exemple du guide.`, en: () => `Write each announcement below that line, starting with ${q.en('- id:')} indented by two spaces, as in the guide’s example.` },
    example: {},
  },
  'announcements.datetime': {
    title: { fr: 'Date et heure invalides', en: 'Announcement time not understood' },
    description: { fr: 'Le début ou la fin d’une annonce n’est pas une date et une heure reconnues.', en: 'An announcement’s start or end is not a known date and time.' },
    fr: (p) => `${q.fr(p.field)}\u00a0: ${q.fr(p.found)} n’est pas une date et heure valide.`,
    en: (p) => `${q.en(p.field)}: ${q.en(p.found)} is not a valid date and time.`,
    hint: { fr: () => `Écrivez AAAA-MM-JJTHH:MM, par exemple ${q.fr('2026-12-20T08:00')} (heure locale du site).`, en: () => `Write YYYY-MM-DDTHH:MM, for example ${q.en('2026-12-20T08:00')} (the site’s local time).` },
    example: { field: 'start', found: '20/12 8h' },
  },
  'announcements.end_before_start': {
    title: { fr: 'Fin d’annonce avant son début', en: 'Announcement ends before it starts' },
    description: { fr: 'Une annonce finit avant de commencer\u00a0: elle ne serait jamais montrée.', en: 'An announcement ends before it starts: it would never show.' },
    fr: (p) => `${q.fr('end')} (${p.end}) n’est pas après ${q.fr('start')} (${p.start})\u00a0: l’annonce ne s’afficherait jamais.`,
    en: (p) => `${q.en('end')} (${p.end}) is not after ${q.en('start')} (${p.start}): the announcement would never show.`,
    hint: { fr: () => `Mettez une fin après le début.`, en: () => `Put the end after the start.` },
    example: { end: '2026-12-20T08:00', start: '2026-12-24T16:00' },
  },
  'announcements.unknown_screen': {
    title: { fr: 'Écran inconnu', en: 'Announcement for an unknown screen' },
    description: { fr: 'Une annonce nomme un écran qui n’est pas dans site.yaml.', en: 'An announcement names a screen that is not in site.yaml.' },
    fr: (p) => `${q.fr('screens')}\u00a0: il n’y a pas d’écran ${q.fr(p.found)} dans site.yaml. Écrans possibles\u00a0: ${p.choices}.`,
    en: (p) => `${q.en('screens')}: there is no screen ${q.en(p.found)} in site.yaml. Possible screens: ${p.choices}.`,
    hint: {
      fr: (p) => didYouMeanOr('fr', p.suggestion, `Écrivez l’identifiant de l’un de ces écrans.`),
      en: (p) => didYouMeanOr('en', p.suggestion, `Write the id of one of these screens.`),
    },
    example: { found: 'acceuil-lyon', choices: 'default, accueil-lyon', suggestion: 'accueil-lyon' },
  },
});
