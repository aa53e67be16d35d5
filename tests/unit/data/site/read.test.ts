import { FIXTURES as FIXTURE_ROOT } from '../../../helpers/cli.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessibleShade, contrastRatio, normalizeHex, relativeLuminance } from '../../../../src/data/contrast.ts';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import { defaultSite, loadSite, readLocale, THEME_BACKGROUND } from '../../../../src/data/site/read.ts';
import { days, parseHours } from '../../../../src/data/site/wall.ts';

const FIXTURES = path.join(FIXTURE_ROOT, 'site');

function load(name: string) {
  const diags = new Diagnostics();
  const site = loadSite(path.join(FIXTURES, name), diags);
  const lines = (locale: 'fr' | 'en') => diags.sorted().map((d) => formatDiagnostic(d, locale));
  return { site, diags, fr: lines('fr'), en: lines('en') };
}

describe('site.yaml: values', () => {
  it('fills every default from a file holding only the organisation', () => {
    const { site, diags } = load('defaults');
    expect(diags.list).toEqual([]);
    expect(site).toEqual({
      organisation: 'Fait Maison',
      locale: 'fr',
      timezone: 'Europe/Paris',
      verbatims: { count: 8, max_age_days: 180, columns: {} },
      privacy: { min_respondents: 5 },
      wall: { slide_seconds: 20, slides: ['verbatims', 'barometer', 'actions', 'mirror'] },
      screens: [],
      poster: { size: 'A4', orientation: 'portrait' },
      brand: { accent: '#e4572e', theme: 'dark' },
    });
    // The settings used to read the other files when site.yaml is broken are the same defaults.
    expect(site).toEqual(defaultSite('fr', 'Fait Maison'));
  });

  it('reads every key, French words included, and lets screens inherit the wall keys they do not set', () => {
    const { site, diags } = load('full');
    expect(diags.list).toEqual([]);
    // hours "7:30 - 19:30": 7×60+30 = 450, 19×60+30 = 1170; "22:00-06:00": 22×60 = 1320, 6×60 = 360.
    const hours = { start: 450, end: 1170, text: '07:30-19:30' };
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];
    expect(site).toEqual({
      organisation: 'Fait Maison',
      locale: 'en',
      timezone: 'Europe/Brussels',
      // `text: "Votre commentaire"` (field: header) and `"Note sur 5": stars` (header: field), both header → field.
      verbatims: { count: 12, max_age_days: 365, columns: { 'Votre commentaire': 'text', 'Note sur 5': 'stars' } },
      privacy: { min_respondents: 3 },
      wall: { slide_seconds: 30, slides: ['barometer', 'verbatims', 'mirror'], hours, days: weekdays },
      screens: [
        { id: 'accueil-lyon', title: 'Accueil Lyon', site: 'Lyon', slide_seconds: 15, slides: ['verbatims', 'actions'], hours, days: weekdays },
        {
          id: 'atelier-nuit',
          title: 'Atelier de nuit',
          slide_seconds: 30,
          slides: ['barometer', 'verbatims', 'mirror'],
          hours: { start: 1320, end: 360, text: '22:00-06:00' },
          // [sam, dim, mon], returned in week order.
          days: ['mon', 'sat', 'sun'],
        },
      ],
      poster: { size: 'A3', orientation: 'landscape', url: 'http://intranet.example/miroir/' },
      // "#C12" → #cc1122, which has 5.73:1 on white, so no warning.
      brand: { logo: 'img/logo.png', accent: '#cc1122', theme: 'light' },
    });
  });
});

describe('site.yaml: errors', () => {
  it('reports each bad value at its line, in French and in English', () => {
    const { site, fr, en } = load('errors-values');
    expect(site).toBeUndefined();
    const fields = 'date, text, sentiment, nps, stars, channel, site, team, theme, author, featured';
    expect(fr).toEqual([
      'errors-values/site.yaml:2:9: error: «\u202flocale\u202f» ne peut pas valoir «\u202fde\u202f»\u202f; valeurs possibles\u00a0: fr, en. Écrivez l’une de ces valeurs.',
      'errors-values/site.yaml:3:11: error: «\u202ftimezone\u202f»\u00a0: «\u202fEurope/Pari\u202f» n’est pas un fuseau horaire connu. Écrivez un nom de fuseau IANA, par exemple «\u202fEurope/Paris\u202f». Vouliez-vous dire «\u202fEurope/Paris\u202f»\u202f?',
      'errors-values/site.yaml:5:10: error: «\u202fcount\u202f» doit valoir au moins 1 (trouvé\u00a0: 0). Écrivez un nombre égal ou supérieur à 1.',
      'errors-values/site.yaml:6:17: error: «\u202fmax_age_days\u202f» doit être un nombre entier (trouvé\u00a0: «\u202fsix mois\u202f»). Écrivez un nombre entier à la place.',
      'errors-values/site.yaml:9:26: error: «\u202fcolumns\u202f»\u00a0: le champ «\u202ftext\u202f» est déjà associé à la colonne «\u202fVotre commentaire\u202f». Gardez une seule colonne par champ.',
      `errors-values/site.yaml:10:10: error: «\u202fcolumns\u202f»\u00a0: «\u202ftxt\u202f» n’est pas un champ des verbatims\u202f; champs possibles\u00a0: ${fields}. Écrivez «\u202fchamp: "En-tête de l’export"\u202f». Vouliez-vous dire «\u202ftext\u202f»\u202f?`,
      'errors-values/site.yaml:12:20: error: «\u202fmin_respondents\u202f» doit valoir au moins 3 (trouvé\u00a0: 2)\u00a0: les résultats d’un groupe plus petit permettraient de reconnaître qui a répondu quoi. Écrivez 3 ou plus (sans cette ligne, miroir prend 5).',
      'errors-values/site.yaml:14:18: error: «\u202fslide_seconds\u202f» doit être compris entre 5 et 600 (trouvé\u00a0: 3). Écrivez un nombre de 5 à 600.',
      'errors-values/site.yaml:15:23: error: «\u202fslides\u202f» ne peut pas valoir «\u202fbarometr\u202f»\u202f; valeurs possibles\u00a0: verbatims, barometer, actions, mirror. Vouliez-vous dire «\u202fbarometer\u202f»\u202f?',
      'errors-values/site.yaml:16:10: error: «\u202fhours\u202f» doit s’écrire HH:MM-HH:MM, par exemple «\u202f07:30-19:30\u202f» (trouvé\u00a0: «\u202fde 8h à 18h\u202f»). Écrivez l’heure de début puis celle de fin, séparées par un tiret.',
      'errors-values/site.yaml:17:15: error: «\u202fdays\u202f» ne peut pas valoir «\u202ffunday\u202f»\u202f; valeurs possibles\u00a0: lun, mar, mer, jeu, ven, sam, dim (ou mon, tue, wed, thu, fri, sat, sun). Vouliez-vous dire «\u202fdim\u202f»\u202f?',
      'errors-values/site.yaml:18:3: error: clé inconnue «\u202frefresh\u202f». Vérifiez son orthographe (voir le README), ou supprimez-la.',
      'errors-values/site.yaml:20:9: error: «\u202fsize\u202f» ne peut pas valoir «\u202fA5\u202f»\u202f; valeurs possibles\u00a0: A4, A3. Vouliez-vous dire «\u202fA4\u202f»\u202f?',
      'errors-values/site.yaml:21:8: error: «\u202furl\u202f» doit être une adresse web complète qui commence par http:// ou https:// (trouvé\u00a0: «\u202fftp://intranet.example/\u202f»). Copiez l’adresse depuis la barre d’adresse du navigateur, https:// compris.',
      'errors-values/site.yaml:23:11: error: «\u202faccent\u202f» doit être une couleur hexadécimale comme «\u202f#c8102e\u202f» ou «\u202f#c12\u202f» (trouvé\u00a0: «\u202frouge\u202f»). Recopiez le code de la couleur de votre charte graphique (un # suivi de 3 ou 6 chiffres ou lettres de a à f), entre guillemets.',
      'errors-values/site.yaml:25:1: error: clé inconnue «\u202fscreen\u202f». Vouliez-vous dire «\u202fscreens\u202f»\u202f?',
    ]);
    expect(en).toEqual([
      'errors-values/site.yaml:2:9: error: “locale” cannot be “de”; possible values: fr, en. Write one of these values.',
      'errors-values/site.yaml:3:11: error: “timezone”: “Europe/Pari” is not a known time zone. Write an IANA time zone name, for example “Europe/Paris”. Did you mean “Europe/Paris”?',
      'errors-values/site.yaml:5:10: error: “count” must be at least 1 (found: 0). Write a number of 1 or more.',
      'errors-values/site.yaml:6:17: error: “max_age_days” must be a whole number (found: “six mois”). Write a whole number instead.',
      'errors-values/site.yaml:9:26: error: “columns”: the field “text” is already taken by the column “Votre commentaire”. Keep one column per field.',
      `errors-values/site.yaml:10:10: error: “columns”: “txt” is not a verbatim field; possible fields: ${fields}. Write “field: "Export header"”. Did you mean “text”?`,
      'errors-values/site.yaml:12:20: error: “min_respondents” must be at least 3 (found: 2): the results of a smaller group would let people work out who answered what. Write 3 or more (without this line, miroir uses 5).',
      'errors-values/site.yaml:14:18: error: “slide_seconds” must be between 5 and 600 (found: 3). Write a number from 5 to 600.',
      'errors-values/site.yaml:15:23: error: “slides” cannot be “barometr”; possible values: verbatims, barometer, actions, mirror. Did you mean “barometer”?',
      'errors-values/site.yaml:16:10: error: “hours” must be written HH:MM-HH:MM, for example “07:30-19:30” (found: “de 8h à 18h”). Write the start time then the end time, with a dash between them.',
      'errors-values/site.yaml:17:15: error: “days” cannot be “funday”; possible values: mon, tue, wed, thu, fri, sat, sun (or lun, mar, mer, jeu, ven, sam, dim). Did you mean “sun”?',
      'errors-values/site.yaml:18:3: error: unknown key “refresh”. Check its spelling (see the README), or remove it.',
      'errors-values/site.yaml:20:9: error: “size” cannot be “A5”; possible values: A4, A3. Did you mean “A4”?',
      'errors-values/site.yaml:21:8: error: “url” must be a full web address starting with http:// or https:// (found: “ftp://intranet.example/”). Copy the address from the browser’s address bar, https:// included.',
      'errors-values/site.yaml:23:11: error: “accent” must be a hex colour such as “#c8102e” or “#c12” (found: “rouge”). Copy the colour’s code from your brand guidelines (a # followed by 3 or 6 digits or letters from a to f), in quotes.',
      'errors-values/site.yaml:25:1: error: unknown key “screen”. Did you mean “screens”?',
    ]);
  });

  it('checks screens: id characters, duplicates, the reserved id, required title, and their own wall keys', () => {
    const { site, fr, en } = load('errors-screens');
    expect(site).toBeUndefined();
    expect(fr).toEqual([
      'errors-screens/site.yaml:7:9: error: l’identifiant «\u202fAccueil Lyon\u202f» ne peut contenir que des lettres minuscules sans accent (a-z), des chiffres (0-9) et des tirets (-). Vouliez-vous dire «\u202faccueil-lyon\u202f»\u202f?',
      'errors-screens/site.yaml:9:9: error: l’identifiant «\u202faccueil\u202f» est déjà utilisé ligne 5. Chaque identifiant doit être unique.',
      'errors-screens/site.yaml:11:9: error: l’identifiant d’écran «\u202fdefault\u202f» est réservé à l’écran principal (/wall/). Choisissez-en un autre.',
      'errors-screens/site.yaml:13:5: error: la clé «\u202ftitle\u202f» est obligatoire ici. Ajoutez la ligne «\u202ftitle: …\u202f» avec sa valeur (voir le README).',
      'errors-screens/site.yaml:14:12: error: «\u202fhours\u202f»\u00a0: «\u202f25:00\u202f» n’est pas une heure valide. Écrivez une heure entre 00:00 et 23:59 (24:00 est permis pour la fin).',
      'errors-screens/site.yaml:15:23: error: «\u202factions\u202f» est écrit deux fois dans «\u202fslides\u202f». Écrivez chaque valeur une seule fois.',
      'errors-screens/site.yaml:16:11: error: «\u202fmer\u202f» est écrit deux fois dans «\u202fdays\u202f». Écrivez chaque valeur une seule fois.',
      'errors-screens/site.yaml:17:20: error: «\u202fslide_seconds\u202f» doit être compris entre 5 et 600 (trouvé\u00a0: 900). Écrivez un nombre de 5 à 600.',
      'errors-screens/site.yaml:18:39: error: «\u202fhours\u202f»\u00a0: le début et la fin sont à la même heure («\u202f12:00 - 12:00\u202f»). Pour un écran allumé en permanence, supprimez «\u202fhours\u202f».',
    ]);
    expect(en).toEqual([
      'errors-screens/site.yaml:7:9: error: the id “Accueil Lyon” may only contain lowercase letters without accents (a-z), digits (0-9) and dashes (-). Did you mean “accueil-lyon”?',
      'errors-screens/site.yaml:9:9: error: the id “accueil” is already used at line 5. Each id must be unique.',
      'errors-screens/site.yaml:11:9: error: the screen id “default” is reserved for the main screen (/wall/). Choose another one.',
      'errors-screens/site.yaml:13:5: error: the key “title” is required here. Add the line “title: …” with its value (see the README).',
      'errors-screens/site.yaml:14:12: error: “hours”: “25:00” is not a valid time. Write a time between 00:00 and 23:59 (24:00 is allowed as the end).',
      'errors-screens/site.yaml:15:23: error: “actions” is listed twice in “slides”. List each value once.',
      'errors-screens/site.yaml:16:11: error: “mer” is listed twice in “days”. List each value once.',
      'errors-screens/site.yaml:17:20: error: “slide_seconds” must be between 5 and 600 (found: 900). Write a number from 5 to 600.',
      'errors-screens/site.yaml:18:39: error: “hours”: the start and the end are the same time (“12:00 - 12:00”). For a screen that is always on, remove “hours”.',
    ]);
  });

  it('requires the logo to exist inside the data folder, as SVG or PNG', () => {
    expect(load('logo-missing').fr).toEqual([
      'logo-missing/site.yaml:3:9: error: «\u202flogo\u202f»\u00a0: le fichier «\u202fabsent.svg\u202f» est introuvable dans le dossier des données. Vérifiez le nom (majuscules et extension comprises), ou ajoutez le fichier au dossier des données.',
    ]);
    expect(load('logo-missing').en).toEqual(['logo-missing/site.yaml:3:9: error: “logo”: the file “absent.svg” is not in the data folder. Check the name (capitals and extension included), or add the file to the data folder.']);
    expect(load('logo-format').fr).toEqual([
      'logo-format/site.yaml:3:9: error: «\u202flogo\u202f» doit être une image SVG ou PNG (trouvé\u00a0: «\u202flogo.jpg\u202f»). Enregistrez le logo dans l’un de ces formats.',
    ]);
    expect(load('logo-format').en).toEqual([
      'logo-format/site.yaml:3:9: error: “logo” must be an SVG or PNG image (found: “logo.jpg”). Save the logo in one of these formats.',
    ]);
    expect(load('logo-escape').fr).toEqual([
      'logo-escape/site.yaml:3:9: error: «\u202flogo\u202f»\u00a0: le chemin «\u202f../full/img/logo.png\u202f» doit rester dans le dossier des données (pas de «\u202f..\u202f» ni de chemin absolu). Copiez le fichier dans le dossier des données et écrivez son chemin à partir de ce dossier.',
    ]);
    expect(load('logo-escape').en).toEqual([
      'logo-escape/site.yaml:3:9: error: “logo”: the path “../full/img/logo.png” must stay inside the data folder (no “..” and no absolute path). Copy the file into the data folder and write its path from that folder.',
    ]);
  });

  it('explains an accent left unquoted (YAML reads # as a comment)', () => {
    const { site, fr, en } = load('accent-unquoted');
    expect(site).toBeUndefined();
    expect(fr).toEqual([
      'accent-unquoted/site.yaml:3:11: error: «\u202faccent\u202f» est vide. En YAML, «\u202f#\u202f» sans guillemets commence un commentaire\u00a0: écrivez la couleur entre guillemets, par exemple accent: "#c8102e".',
    ]);
    expect(en).toEqual([
      'accent-unquoted/site.yaml:3:11: error: “accent” is empty. In YAML an unquoted “#” starts a comment: put the colour in quotes, for example accent: "#c8102e".',
    ]);
  });

  it('reports a file that is not a set of keys, a file of comments only, and a missing file', () => {
    expect(load('not-mapping').fr).toEqual([
      'not-mapping/site.yaml:1:1: error: le fichier doit contenir des clés (par exemple «\u202forganisation: Fait Maison\u202f»), pas une liste ni une valeur seule. Écrivez une clé par ligne, suivie de deux-points et de sa valeur, comme dans l’exemple du README.',
    ]);
    expect(load('comments-only').en).toEqual(['comments-only/site.yaml:1:1: error: the key “organisation” is required here. Add the line “organisation: …” with its value (see the README).']);
    const missing = load('missing');
    expect(missing.site).toBeUndefined();
    expect(missing.fr).toEqual([
      'missing/site.yaml:1:1: error: le fichier «\u202fsite.yaml\u202f» est introuvable dans le dossier des données. Créez-le (voir le README).',
    ]);
    expect(missing.en).toEqual(['missing/site.yaml:1:1: error: the file “site.yaml” is missing from the data folder. Create it (see the README).']);
  });
});

describe('brand.accent contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10); // (1 + 0.05) / (0 + 0.05)
    expect(contrastRatio('#fff', '#FFFFFF')).toBe(1);
    // #767676 is the classic lightest grey with AA (4.5:1) on white: 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // #0f1115: each channel is above 0.04045, so ((c/255 + 0.055)/1.055)^2.4:
    // R 0.0047776, G 0.0056054, B 0.0074990 → L = 0.2126R + 0.7152G + 0.0722B = 0.0055661.
    expect(relativeLuminance(THEME_BACKGROUND.dark)).toBeCloseTo(0.0055661, 6);
    expect(normalizeHex('#C12')).toBe('#cc1122');
    expect(normalizeHex('c8102e')).toBe('#c8102e');
    expect(normalizeHex('#c8102')).toBeUndefined();
  });

  it('warns on the light theme when the accent is too pale on white, suggesting a darker shade', () => {
    const { site, diags, fr, en } = load('accent-light');
    expect(site?.brand).toEqual({ accent: '#ffd700', theme: 'light' });
    expect(diags.hasErrors).toBe(false);
    // #ffd700: G = ((215/255 + 0.055)/1.055)^2.4 = 0.67927, L = 0.2126 + 0.7152 × 0.67927 = 0.69843;
    // ratio = 1.05 / (0.69843 + 0.05) = 1.4029 → 1.40:1.
    expect(fr).toEqual([
      'accent-light/site.yaml:2:18: warning: la couleur «\u202f#ffd700\u202f» ressort mal sur le fond blanc du mur et de l’affiche (#ffffff)\u00a0: contraste de 1,40:1, il faut au moins 3:1 pour les grands textes et les graphiques (WCAG AA). Essayez une teinte plus foncée, par exemple «\u202f#ad9200\u202f».',
    ]);
    expect(en).toEqual([
      'accent-light/site.yaml:2:18: warning: the colour “#ffd700” stands out poorly on the white background of the wall and poster (#ffffff): contrast 1.40:1, at least 3:1 is needed for large text and graphics (WCAG AA). Try a darker shade, for example “#ad9200”.',
    ]);
    // The suggestion passes, and the shade one step (1 %) closer to the original does not.
    expect(contrastRatio('#ad9200', '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio('#af9400', '#ffffff')).toBeLessThan(3);
  });

  it('warns on the dark theme when the accent is too dark for the wall, suggesting a lighter shade that also suits paper', () => {
    const { site, fr, en } = load('accent-dark');
    expect(site?.brand.accent).toBe('#1a237e');
    // #1a237e: L = 0.2126 × 0.010335 + 0.7152 × 0.016807 + 0.0722 × 0.20864 = 0.029283;
    // ratio = (0.029283 + 0.05) / (0.0055661 + 0.05) = 1.4268 → 1.42:1 (floored, never rounded up).
    expect(fr).toEqual([
      'accent-dark/site.yaml:4:11: warning: la couleur «\u202f#1a237e\u202f» ressort mal sur le fond sombre du mur (#0f1115)\u00a0: contraste de 1,42:1, il faut au moins 3:1 pour les grands textes et les graphiques (WCAG AA). Essayez une teinte plus claire, par exemple «\u202f#565ca0\u202f».',
    ]);
    expect(en).toEqual([
      'accent-dark/site.yaml:4:11: warning: the colour “#1a237e” stands out poorly on the dark background of the wall (#0f1115): contrast 1.42:1, at least 3:1 is needed for large text and graphics (WCAG AA). Try a lighter shade, for example “#565ca0”.',
    ]);
    expect(contrastRatio('#565ca0', THEME_BACKGROUND.dark)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio('#565ca0', '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(accessibleShade('#1a237e', [THEME_BACKGROUND.dark, '#ffffff'], 3)).toEqual({ hex: '#565ca0', direction: 'lighter' });
  });

  it('keeps the default accent readable everywhere (no warning)', () => {
    expect(contrastRatio('#e4572e', THEME_BACKGROUND.dark)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio('#e4572e', '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});

describe('wall hours', () => {
  it('reads the usual ways of writing opening hours', () => {
    expect(parseHours('07:30-19:30')).toEqual({ ok: true, hours: { start: 450, end: 1170, text: '07:30-19:30' } });
    // 7 × 60 = 420, 19 × 60 = 1140; a one-digit hour and spaces around the dash are forgiven.
    expect(parseHours('7:00 - 19:00')).toEqual({ ok: true, hours: { start: 420, end: 1140, text: '07:00-19:00' } });
    // Overnight: on from 22:00 to 06:00 the next morning; 24:00 may end a range (24 × 60 = 1440).
    expect(parseHours('22:00-06:00')).toEqual({ ok: true, hours: { start: 1320, end: 360, text: '22:00-06:00' } });
    expect(parseHours('18:00-24:00')).toEqual({ ok: true, hours: { start: 1080, end: 1440, text: '18:00-24:00' } });
  });

  it('rejects impossible times and other shapes', () => {
    expect(parseHours('08:60-18:00')).toEqual({ ok: false, code: 'site.hours_time', time: '08:60' });
    expect(parseHours('24:00-06:00')).toEqual({ ok: false, code: 'site.hours_time', time: '24:00' });
    expect(parseHours('08:00')).toEqual({ ok: false, code: 'site.hours_format' });
    expect(parseHours('9-17')).toEqual({ ok: false, code: 'site.hours_format' });
    expect(parseHours('7h30-19h30')).toEqual({ ok: false, code: 'site.hours_format' });
    expect(parseHours('08:00-08:00')).toEqual({ ok: false, code: 'site.hours_same' });
  });
});

describe('wall days', () => {
  it('reads English and French names, lists and ranges, in week order', () => {
    expect(days().parse(['ven', 'Lundi', 'wed'])).toEqual(['mon', 'wed', 'fri']);
    expect(days().parse('lun - ven')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    // A range may wrap round the week: sam-lun = sat, sun, mon.
    expect(days().parse('sam-lun')).toEqual(['mon', 'sat', 'sun']);
    expect(days().parse('mon, wed; fri')).toEqual(['mon', 'wed', 'fri']);
    expect(days().safeParse([]).success).toBe(false);
  });
});

describe('readLocale', () => {
  it('returns the locale of a valid site.yaml, else French', () => {
    expect(readLocale(path.join(FIXTURES, 'full'))).toBe('en');
    expect(readLocale(path.join(FIXTURES, 'accent-dark'))).toBe('en');
    expect(readLocale(path.join(FIXTURES, 'defaults'))).toBe('fr');
    expect(readLocale(path.join(FIXTURES, 'errors-values'))).toBe('fr'); // locale: de
    expect(readLocale(path.join(FIXTURES, 'not-mapping'))).toBe('fr');
    expect(readLocale(path.join(FIXTURES, 'missing'))).toBe('fr');
  });
});
