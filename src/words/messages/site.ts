// Messages about site data. Codes are prefixed 'site.'.
import { defineMessages, didYouMean, q } from './define.ts';

/** Contrast ratios are floored, never rounded up: a failing 2.996 must not read “3:1”. */
function ratio(locale: 'fr' | 'en', r: string | number | undefined): string {
  const n = Math.floor(Number(r) * 100) / 100;
  const digits = Number.isInteger(n) ? 0 : 2;
  return `${new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(n)}:1`;
}

const BACKGROUND = {
  dark: { fr: 'le fond sombre du mur (#0f1115)', en: 'the dark background of the wall (#0f1115)' },
  light: { fr: 'le fond blanc du mur et de l’affiche (#ffffff)', en: 'the white background of the wall and poster (#ffffff)' },
  paper: { fr: 'le papier blanc de l’affiche (#ffffff)', en: 'the white paper of the poster (#ffffff)' },
} as const;

function background(p: string | number | undefined): (typeof BACKGROUND)[keyof typeof BACKGROUND] {
  return BACKGROUND[(p as keyof typeof BACKGROUND) in BACKGROUND ? (p as keyof typeof BACKGROUND) : 'paper'];
}

export const siteMessages = defineMessages({
  'site.timezone': {
    title: { fr: 'Fuseau horaire inconnu', en: 'Unknown time zone' },
    description: { fr: 'Le fuseau horaire n’est pas un nom IANA connu.', en: 'The time zone is not a known IANA name.' },
    fr: (p) => `${q.fr('timezone')}\u00a0: ${q.fr(p.found)} n’est pas un fuseau horaire connu.`,
    en: (p) => `${q.en('timezone')}: ${q.en(p.found)} is not a known time zone.`,
    hint: { fr: (p) => `Écrivez un nom de fuseau IANA, par exemple ${q.fr('Europe/Paris')}.${didYouMean('fr', p.suggestion)}`, en: (p) => `Write an IANA time zone name, for example ${q.en('Europe/Paris')}.${didYouMean('en', p.suggestion)}` },
    example: { found: 'Europe/Pari', suggestion: 'Europe/Paris' },
  },
  'site.min_respondents': {
    title: { fr: 'Seuil de confidentialité trop bas', en: 'Privacy threshold too low' },
    description: { fr: 'Le seuil de répondants est sous 3, ce qui permettrait de reconnaître des personnes.', en: 'The respondents threshold is under 3, which would let people be recognised.' },
    fr: (p) => `${q.fr('min_respondents')} doit valoir au moins ${p.min} (trouvé\u00a0: ${p.found})\u00a0: les résultats d’un groupe plus petit permettraient de reconnaître qui a répondu quoi.`,
    en: (p) => `${q.en('min_respondents')} must be at least ${p.min} (found: ${p.found}): the results of a smaller group would let people work out who answered what.`,
    hint: { fr: (p) => `Écrivez ${p.min} ou plus (sans cette ligne, miroir prend 5).`, en: (p) => `Write ${p.min} or more (without this line, miroir uses 5).` },
    example: { min: 3, found: 2 },
  },
  'site.hours_format': {
    title: { fr: 'Horaires mal écrits', en: 'Opening hours not understood' },
    description: { fr: 'Les horaires d’allumage ne sont pas de la forme HH:MM-HH:MM.', en: 'The opening hours are not of the form HH:MM-HH:MM.' },
    fr: (p) => `${q.fr('hours')} doit s’écrire HH:MM-HH:MM, par exemple ${q.fr('07:30-19:30')} (trouvé\u00a0: ${q.fr(p.found)}).`,
    en: (p) => `${q.en('hours')} must be written HH:MM-HH:MM, for example ${q.en('07:30-19:30')} (found: ${q.en(p.found)}).`,
    hint: { fr: () => `Écrivez l’heure de début puis celle de fin, séparées par un tiret.`, en: () => `Write the start time then the end time, with a dash between them.` },
    example: { found: 'le matin' },
  },
  'site.hours_time': {
    title: { fr: 'Heure invalide', en: 'Impossible time of day' },
    description: { fr: 'Une des heures des horaires n’existe pas.', en: 'One of the times of the opening hours does not exist.' },
    fr: (p) => `${q.fr('hours')}\u00a0: ${q.fr(p.time)} n’est pas une heure valide.`,
    en: (p) => `${q.en('hours')}: ${q.en(p.time)} is not a valid time.`,
    hint: { fr: () => `Écrivez une heure entre 00:00 et 23:59 (24:00 est permis pour la fin).`, en: () => `Write a time between 00:00 and 23:59 (24:00 is allowed as the end).` },
    example: { time: '25:00' },
  },
  'site.hours_same': {
    title: { fr: 'Début et fin identiques', en: 'Opening hours start and end together' },
    description: { fr: 'Les horaires commencent et finissent à la même heure.', en: 'The opening hours start and end at the same time.' },
    fr: (p) => `${q.fr('hours')}\u00a0: le début et la fin sont à la même heure (${q.fr(p.found)}).`,
    en: (p) => `${q.en('hours')}: the start and the end are the same time (${q.en(p.found)}).`,
    hint: { fr: () => `Pour un écran allumé en permanence, supprimez ${q.fr('hours')}.`, en: () => `For a screen that is always on, remove ${q.en('hours')}.` },
    example: { found: '08:00-08:00' },
  },
  'site.duplicate_item': {
    title: { fr: 'Élément listé deux fois', en: 'Value listed twice' },
    description: { fr: 'Une liste (diapositives, jours) nomme deux fois le même élément.', en: 'A list (slides, days) names the same item twice.' },
    fr: (p) => `${q.fr(p.found)} est écrit deux fois dans ${q.fr(p.list)}.`,
    en: (p) => `${q.en(p.found)} is listed twice in ${q.en(p.list)}.`,
    hint: { fr: () => `Écrivez chaque valeur une seule fois.`, en: () => `List each value once.` },
    example: { found: 'barometer', list: 'slides' },
  },
  'site.screen_reserved': {
    title: { fr: 'Identifiant d’écran réservé', en: 'Reserved screen id' },
    description: { fr: 'L’identifiant «\u202fdefault\u202f» est celui du mur principal.', en: 'The id “default” is the main wall’s.' },
    fr: (p) => `l’identifiant d’écran ${q.fr(p.found)} est réservé à l’écran principal (/wall/).`,
    en: (p) => `the screen id ${q.en(p.found)} is reserved for the main screen (/wall/).`,
    hint: { fr: () => `Choisissez-en un autre.`, en: () => `Choose another one.` },
    example: { found: 'default' },
  },
  'site.column_field': {
    title: { fr: 'Champ de verbatim inconnu', en: 'Column mapped to an unknown field' },
    description: { fr: 'Sous verbatims.columns, une clé n’est pas un champ des verbatims.', en: 'Under verbatims.columns, a key is not a verbatim field.' },
    fr: (p) => `${q.fr('columns')}\u00a0: ${q.fr(p.found)} n’est pas un champ des verbatims\u202f; champs possibles\u00a0: ${p.choices}.`,
    en: (p) => `${q.en('columns')}: ${q.en(p.found)} is not a verbatim field; possible fields: ${p.choices}.`,
    hint: { fr: (p) => `Écrivez ${q.fr('champ: "En-tête de l’export"')}.${didYouMean('fr', p.suggestion)}`, en: (p) => `Write ${q.en('field: "Export header"')}.${didYouMean('en', p.suggestion)}` },
    example: { found: 'txt', choices: 'date, text, sentiment', suggestion: 'text' },
  },
  'site.column_twice': {
    title: { fr: 'Champ associé à deux colonnes', en: 'Two columns for one field' },
    description: { fr: 'Sous verbatims.columns, deux colonnes donnent le même champ.', en: 'Under verbatims.columns, two columns give the same field.' },
    fr: (p) => `${q.fr('columns')}\u00a0: le champ ${q.fr(p.target)} est déjà associé à la colonne ${q.fr(p.other)}.`,
    en: (p) => `${q.en('columns')}: the field ${q.en(p.target)} is already taken by the column ${q.en(p.other)}.`,
    hint: { fr: () => `Gardez une seule colonne par champ.`, en: () => `Keep one column per field.` },
    example: { target: 'text', other: 'Votre commentaire' },
  },
  'site.poster_url': {
    title: { fr: 'Adresse de l’affiche invalide', en: 'Poster address is not a web address' },
    description: { fr: 'L’adresse du QR code de l’affiche n’est pas une adresse web complète.', en: 'The address of the poster’s QR code is not a full web address.' },
    fr: (p) => `${q.fr('url')} doit être une adresse web complète qui commence par http:// ou https:// (trouvé\u00a0: ${q.fr(p.found)}).`,
    en: (p) => `${q.en('url')} must be a full web address starting with http:// or https:// (found: ${q.en(p.found)}).`,
    hint: { fr: () => `Copiez l’adresse depuis la barre d’adresse du navigateur, https:// compris.`, en: () => `Copy the address from the browser’s address bar, https:// included.` },
    example: { found: 'intranet/miroir' },
  },
  'site.admin_repo': {
    title: { fr: 'Dépôt de l’éditeur mal écrit', en: 'Form editor repository is not owner/name' },
    description: { fr: 'Le dépôt GitHub de l’éditeur de formulaires n’est pas de la forme propriétaire/nom.', en: 'The form editor’s GitHub repository is not of the form owner/name.' },
    fr: (p) => `${q.fr('repo')} doit nommer le dépôt GitHub des données sous la forme ${q.fr('propriétaire/nom')}, comme ${q.fr('fait-maison/miroir-data')} (trouvé\u00a0: ${q.fr(p.found)}).`,
    en: (p) => `${q.en('repo')} must name the data's GitHub repository as ${q.en('owner/name')}, such as ${q.en('fait-maison/miroir-data')} (found: ${q.en(p.found)}).`,
    hint: { fr: () => `Recopiez les deux derniers morceaux de l’adresse du dépôt sur GitHub (github.com/propriétaire/nom).`, en: () => `Copy the last two parts of the repository’s address on GitHub (github.com/owner/name).` },
    example: { found: 'https://github.com/fait-maison' },
  },
  'site.admin_auth_url': {
    title: { fr: 'Adresse de connexion de l’éditeur invalide', en: 'Form editor login address is not https' },
    description: { fr: 'Le service de connexion de l’éditeur de formulaires n’est pas une adresse https.', en: 'The form editor’s login service is not an https address.' },
    fr: (p) => `${q.fr('auth_url')} doit être l’adresse complète du service de connexion GitHub, en https:// (http:// seulement sur localhost) (trouvé\u00a0: ${q.fr(p.found)}).`,
    en: (p) => `${q.en('auth_url')} must be the full address of the GitHub login service, with https:// (http:// only on localhost) (found: ${q.en(p.found)}).`,
    hint: { fr: () => `Demandez cette adresse à la personne qui a installé le service de connexion (voir le guide de l’éditeur).`, en: () => `Ask the person who set up the login service for this address (see the editor’s guide).` },
    example: { found: 'oauth.example' },
  },
  'site.logo_format': {
    title: { fr: 'Logo ni SVG ni PNG', en: 'Logo is neither SVG nor PNG' },
    description: { fr: 'Le logo est dans un format d’image que l’affiche ne sait pas imprimer nettement.', en: 'The logo is in an image format the poster cannot print sharply.' },
    fr: (p) => `${q.fr('logo')} doit être une image SVG ou PNG (trouvé\u00a0: ${q.fr(p.found)}).`,
    en: (p) => `${q.en('logo')} must be an SVG or PNG image (found: ${q.en(p.found)}).`,
    hint: { fr: () => `Enregistrez le logo dans l’un de ces formats.`, en: () => `Save the logo in one of these formats.` },
    example: { found: 'logo.jpg' },
  },
  'site.accent_format': {
    title: { fr: 'Couleur mal écrite', en: 'Accent is not a hex colour' },
    description: { fr: 'La couleur d’accent n’est pas un code hexadécimal.', en: 'The accent colour is not a hex code.' },
    fr: (p) => `${q.fr('accent')} doit être une couleur hexadécimale comme ${q.fr('#c8102e')} ou ${q.fr('#c12')} (trouvé\u00a0: ${q.fr(p.found)}).`,
    en: (p) => `${q.en('accent')} must be a hex colour such as ${q.en('#c8102e')} or ${q.en('#c12')} (found: ${q.en(p.found)}).`,
    hint: { fr: () => `Recopiez le code de la couleur de votre charte graphique (un # suivi de 3 ou 6 chiffres ou lettres de a à f), entre guillemets.`, en: () => `Copy the colour’s code from your brand guidelines (a # followed by 3 or 6 digits or letters from a to f), in quotes.` },
    example: { found: 'rouge' },
  },
  'site.accent_unquoted': {
    title: { fr: 'Couleur sans guillemets', en: 'Accent empty (unquoted #)' },
    description: { fr: 'Un # sans guillemets commence un commentaire YAML\u00a0: la couleur est perdue.', en: 'An unquoted # starts a YAML comment: the colour is lost.' },
    fr: () => `${q.fr('accent')} est vide.`,
    en: () => `${q.en('accent')} is empty.`,
    hint: { fr: () => `En YAML, ${q.fr('#')} sans guillemets commence un commentaire\u00a0: écrivez la couleur entre guillemets, par exemple accent: "#c8102e".`, en: () => `In YAML an unquoted “#” starts a comment: put the colour in quotes, for example accent: "#c8102e".` },
    example: {},
  },
  'site.accent_contrast': {
    title: { fr: 'Couleur trop pâle', en: 'Accent lacks contrast' },
    description: { fr: 'La couleur d’accent ne ressort pas assez sur le fond du mur ou de l’affiche.', en: 'The accent colour does not stand out enough on the wall’s or the poster’s background.' },
    fr: (p) =>
      `la couleur ${q.fr(p.found)} ressort mal sur ${background(p.background).fr}\u00a0: contraste de ${ratio('fr', p.ratio)}, il faut au moins ${ratio('fr', p.min)} pour les grands textes et les graphiques (WCAG AA).`,
    en: (p) =>
      `the colour ${q.en(p.found)} stands out poorly on ${background(p.background).en}: contrast ${ratio('en', p.ratio)}, at least ${ratio('en', p.min)} is needed for large text and graphics (WCAG AA).`,
    hint: {
      fr: (p) =>
        p.suggestion
          ? `Essayez une teinte plus ${p.direction === 'lighter' ? 'claire' : 'foncée'}, par exemple ${q.fr(p.suggestion)}.`
          : `Choisissez une autre couleur de votre charte graphique, qui ressorte mieux sur ce fond.`,
      en: (p) =>
        p.suggestion
          ? `Try a ${p.direction === 'lighter' ? 'lighter' : 'darker'} shade, for example ${q.en(p.suggestion)}.`
          : `Choose another colour from your brand guidelines, one that stands out better on this background.`,
    },
    example: { found: '#ff8a5c', background: 'paper', ratio: 2.32, min: 3, direction: 'darker', suggestion: '#d4734d' },
  },
  'site.heartbeat_url': {
    title: { fr: 'Adresse de surveillance invalide', en: 'Heartbeat address not allowed' },
    description: { fr: 'L’adresse à prévenir quand le mur tourne n’est pas une adresse https.', en: 'The address to ping while the wall runs is not an https address.' },
    fr: (p) => `${q.fr('heartbeat')}\u00a0: ${q.fr(p.found)} doit être une adresse complète en https:// (http:// seulement pour localhost).`,
    en: (p) => `${q.en('heartbeat')}: ${q.en(p.found)} must be a full https:// address (http:// only for localhost).`,
    hint: { fr: () => `Recopiez celle que donne votre outil de surveillance, ou supprimez la ligne si vous n’en avez pas.`, en: () => `Copy the one your uptime monitor gives you, or remove the line if you have none.` },
    example: { found: 'status.example/api/push/abc' },
  },
  'site.heartbeat_kuma_status': {
    title: { fr: 'Adresse Uptime Kuma sans «\u202fstatus=up\u202f»', en: 'Uptime Kuma address without “status=up”' },
    description: {
      fr: 'L’adresse de surveillance est celle d’un moniteur «\u202fPush\u202f» d’Uptime Kuma, qui compte chaque signal comme une panne s’il ne dit pas «\u202fstatus=up\u202f».',
      en: 'The heartbeat address is an Uptime Kuma push monitor’s, which counts every beat as an outage unless it says “status=up”.',
    },
    fr: (p) => `${q.fr(p.found)} est l’adresse d’un moniteur Uptime Kuma, mais sans ${q.fr('?status=up')}\u00a0: Uptime Kuma compterait chaque signal de l’écran comme une panne.`,
    en: (p) => `${q.en(p.found)} is an Uptime Kuma push address without ${q.en('?status=up')}: Uptime Kuma would count every beat of the screen as an outage.`,
    hint: {
      fr: () => `Recopiez l’adresse entière que donne Uptime Kuma, qui se termine par ${q.fr('?status=up&msg=OK&ping=')}, ou ajoutez ${q.fr('?status=up')} à la fin.`,
      en: () => `Copy the whole address Uptime Kuma gives, which ends in ${q.en('?status=up&msg=OK&ping=')}, or add ${q.en('?status=up')} at its end.`,
    },
    example: { found: 'https://status.example/api/push/Ab12Cd34' },
  },
});
