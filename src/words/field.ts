// The words of the screens in the field: the announcement slide and the setup screen
// (`/wall/<id>/?setup`), in both locales. The setup screen's words reach the browser
// in the page's settings block, so they live here with the others, not in the script.
import type { Locale, Weekday } from '../model.ts';
import { formatter } from './format.ts';
import { NBSP } from './typography.ts';
import { didYouMean } from './messages/define.ts';

export interface AnnouncementWords {
  eyebrow: string;
  urgent: string;
  /** « Jusqu’au 24 déc. 2026 à 16 h » (“Until 24 Dec 2026, 16:00”); a whole day (24:00) is the date alone. */
  until(stamp: string): string;
}

export interface SetupWords {
  heading: string;
  screen: string;
  address: string;
  qr: string;
  viewport: string;
  /** `1920 × 1080 px` and, when the screen is larger than the page, what it really has. */
  size(w: number, h: number, ratio: number): string;
  notFullScreen(w: number, h: number): string;
  legibility: string;
  /** `px`: the size as the locale writes it (`20,5`). */
  legible(px: string): string;
  illegible(px: string): string;
  build: string;
  data: string;
  hours: string;
  alwaysOn: string;
  /** `07:30-19:30, lun. mar. mer.` */
  schedule(hours: string | null, days: string[] | null): string;
  next: string;
  switchOn(when: string): string;
  switchOff(when: string): string;
  never: string;
  offline: string;
  offlineHeld(files: number): string;
  offlineNone: string;
  dayNames: Record<Weekday, string>;
}

function untilIn(locale: Locale, prefix: string): (stamp: string) => string {
  const fmt = formatter(locale);
  return (stamp) => {
    const [date = '', time = ''] = stamp.split('T');
    if (time === '24:00') return `${prefix} ${fmt.date(date)}`;
    if (locale === 'en') return `${prefix} ${fmt.date(date)}, ${time}`;
    // French writes an hour « 16 h » or « 16 h 30 », bound to its number.
    const [h = '', m = '00'] = time.split(':');
    return `${prefix} ${fmt.date(date)} à ${Number(h)}${NBSP}h${m === '00' ? '' : `${NBSP}${m}`}`;
  };
}

export const ANNOUNCEMENT_WORDS: Record<Locale, AnnouncementWords> = {
  fr: { eyebrow: 'Annonce', urgent: 'Important', until: untilIn('fr', 'Jusqu’au') },
  en: { eyebrow: 'Announcement', urgent: 'Important', until: untilIn('en', 'Until') },
};

export const SETUP_WORDS: Record<Locale, SetupWords> = {
  fr: {
    heading: 'Installation de l’écran',
    screen: 'Écran',
    address: 'Adresse',
    qr: 'Code QR de l’adresse de cet écran',
    viewport: 'Taille de la page',
    size: (w, h, r) => `${w} × ${h} px${r !== 1 ? ` (zoom ${r})` : ''}`,
    notFullScreen: (w, h) => `l’écran fait ${w} × ${h} px\u00a0: la page n’est pas en plein écran`,
    legibility: 'Lisibilité',
    legible: (px) => `oui\u00a0: le plus petit texte fait ${px} px (au moins 16 px)`,
    illegible: (px) => `non\u00a0: le plus petit texte fait ${px} px, moins de 16 px. Réglez la sortie vidéo en 1920 × 1080.`,
    build: 'Version',
    data: 'Données du',
    hours: 'Horaires',
    alwaysOn: 'toujours allumé',
    schedule: (h, d) => [h ?? 'toute la journée', d ? d.join(' ') : 'tous les jours'].join(', '),
    next: 'Prochain changement',
    switchOn: (w) => `allumage ${w}`,
    switchOff: (w) => `extinction ${w}`,
    never: 'aucun (toujours allumé)',
    offline: 'Copie hors ligne',
    offlineHeld: (n) => `oui (${n} fichiers gardés)`,
    offlineNone: 'pas encore (il faut une adresse https:// et un tour complet des diapositives)',
    dayNames: { mon: 'lun.', tue: 'mar.', wed: 'mer.', thu: 'jeu.', fri: 'ven.', sat: 'sam.', sun: 'dim.' },
  },
  en: {
    heading: 'Screen set-up',
    screen: 'Screen',
    address: 'Address',
    qr: 'QR code of this screen’s address',
    viewport: 'Page size',
    size: (w, h, r) => `${w} × ${h} px${r !== 1 ? ` (zoom ${r})` : ''}`,
    notFullScreen: (w, h) => `the screen is ${w} × ${h} px: the page is not full screen`,
    legibility: 'Legibility',
    legible: (px) => `yes: the smallest text is ${px} px (16 px at least)`,
    illegible: (px) => `no: the smallest text is ${px} px, under 16 px. Set the video output to 1920 × 1080.`,
    build: 'Build',
    data: 'Data of',
    hours: 'Hours',
    alwaysOn: 'always on',
    schedule: (h, d) => [h ?? 'all day', d ? d.join(' ') : 'every day'].join(', '),
    next: 'Next switch',
    switchOn: (w) => `on ${w}`,
    switchOff: (w) => `off ${w}`,
    never: 'none (always on)',
    offline: 'Offline copy',
    offlineHeld: (n) => `yes (${n} files kept)`,
    offlineNone: 'not yet (it needs an https:// address and one full round of the slides)',
    dayNames: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  },
};

export interface KioskWords {
  usage: string;
  unknownScreen(found: string, choices: string, suggestion?: string): string;
  noUrl: string;
  badUrl(found: string): string;
  written(count: number, dir: string, url: string): string;
  noHours: string;
}

export const KIOSK_WORDS: Record<Locale, KioskWords> = {
  fr: {
    usage: 'usage\u00a0: npm run kiosk -- ID_ÉCRAN [--url ADRESSE_DU_SITE] [--out DOSSIER]',
    unknownScreen: (f, c, s) => `il n’y a pas d’écran «\u202f${f}\u202f» dans site.yaml. Écrans possibles\u00a0: ${c}.${didYouMean('fr', s)}`,
    noUrl: 'adresse du site inconnue\u00a0: donnez --url https://… (ou poster.url dans site.yaml).',
    badUrl: (f) => `--url doit être une adresse complète en http:// ou https:// (trouvé\u00a0: «\u202f${f}\u202f»).`,
    written: (n, d, u) => `${n} fichiers écrits dans ${d}/ pour l’écran ${u}. Copiez le dossier sur le Raspberry Pi et lancez ./install.sh (docs/kiosk.md).`,
    noHours: 'Pas d’horaires (wall.hours)\u00a0: pas de minuteries pour allumer et éteindre la télévision.',
  },
  en: {
    usage: 'usage: npm run kiosk -- SCREEN_ID [--url SITE_URL] [--out DIR]',
    unknownScreen: (f, c, s) => `there is no screen “${f}” in site.yaml. Possible screens: ${c}.${didYouMean('en', s)}`,
    noUrl: 'the site’s address is unknown: give --url https://… (or poster.url in site.yaml).',
    badUrl: (f) => `--url must be a full http:// or https:// address (found: “${f}”).`,
    written: (n, d, u) => `${n} files written in ${d}/ for the screen ${u}. Copy the folder to the Raspberry Pi and run ./install.sh (docs/kiosk.md).`,
    noHours: 'No hours (wall.hours): no timers switching the TV on and off.',
  },
};
