// The words of the form editor (/admin/): each data file's fields, keyed by file and
// schema path (`actions.actions.status`), with a label and a help text in each locale,
// and the words of each choice. The help texts carry what the data files' comments say,
// because a form that saves a file rewrites it without its comments.
import type { ActionStatus, Locale, Sentiment, SlideId, Weekday } from '../model.ts';
import { LABELS } from './labels.ts';
import { NBSP, NNBSP } from './typography.ts';

export interface FieldWords {
  label: string;
  hint?: string;
}

/** [label fr, help fr, label en, help en]; an empty help is none. */
type Entry = readonly [string, string, string, string];

const WALL: Record<string, Entry> = {
  slide_seconds: ['Durée de chaque diapositive (secondes)', 'Entre 5 et 600 secondes. 20 par défaut.', 'Time on each slide (seconds)', 'From 5 to 600 seconds. 20 by default.'],
  slides: [
    'Diapositives, dans l’ordre de passage',
    'Paroles de clients, baromètre d’engagement, plan d’actions, miroir salariés / clients. Toutes par défaut. Une diapositive montrée seulement à certaines heures se règle dans le fichier site.yaml.',
    'Slides, in the order they are shown',
    'Customer verbatims, engagement barometer, action plan, the employees / customers mirror. All by default. A slide shown only at some hours is set in the site.yaml file.',
  ],
  hours: [
    'Heures d’allumage',
    'Par exemple 07:30-19:30, à l’heure du fuseau horaire. En dehors, l’écran s’assombrit et n’affiche qu’une horloge discrète. Vide : toujours allumé.',
    'Hours the screen is on',
    'For example 07:30-19:30, in the site’s time zone. Outside these hours the screen goes dark and shows a dim clock. Empty: always on.',
  ],
  days: ['Jours d’allumage', 'Vide : tous les jours.', 'Days the screen is on', 'Empty: every day.'],
  heartbeat: [
    'Signal de vie',
    'Facultatif : une adresse de surveillance (Uptime Kuma, healthchecks.io) que l’écran appelle tant qu’il est allumé, pour savoir qu’il marche.',
    'Heartbeat',
    'Optional: a monitoring address (Uptime Kuma, healthchecks.io) the screen calls while it is on, so you know it works.',
  ],
  'heartbeat.url': ['Adresse du signal', 'En https://.', 'Heartbeat address', 'With https://.'],
  'heartbeat.minutes': ['Toutes les … minutes', '5 par défaut.', 'Every … minutes', '5 by default.'],
};

const within = (prefix: string, entries: Record<string, Entry>) => Object.fromEntries(Object.entries(entries).map(([k, v]) => [`${prefix}.${k}`, v]));

const VERBATIM: Record<string, Entry> = {
  date: ['Date', 'Le jour (et l’heure) où le client l’a écrit.', 'Date', 'The day (and time) the customer wrote it.'],
  text: ['Verbatim', 'Les mots du client, tels quels (2 000 caractères au plus). Les adresses e-mail et numéros de téléphone sont masqués à l’affichage.', 'Verbatim', 'The customer’s words as written (at most 2,000 characters). E-mail addresses and phone numbers are masked when shown.'],
  sentiment: ['Tonalité', 'Vide : déduite de la recommandation ou de la note, sinon neutre.', 'Sentiment', 'Empty: worked out from the recommendation or the rating, else neutral.'],
  nps: ['Recommandation (0 à 10)', '', 'Recommendation (0 to 10)', ''],
  stars: ['Note (1 à 5)', '', 'Rating (1 to 5)', ''],
  channel: ['Canal', 'Par exemple e-mail, téléphone, avis en ligne.', 'Channel', 'For example e-mail, phone, online review.'],
  site: ['Site', 'Le site ou le magasin : un écran réglé sur un site ne montre que ses verbatims.', 'Site', 'The site or shop: a screen set to a site shows only its verbatims.'],
  team: ['Équipe', '', 'Team', ''],
  theme: ['Thème', '', 'Theme', ''],
  author: ['Auteur', 'Facultatif. Un prénom suffit.', 'Author', 'Optional. A first name is enough.'],
  featured: ['À la une', 'Un verbatim à la une passe avant les plus récents.', 'Featured', 'A featured verbatim comes before the latest ones.'],
};

const ENPS: Entry = [
  'eNPS',
  'De −100 à 100. Le fichier peut aussi donner les nombres de promoteurs, passifs et détracteurs : ces nombres se modifient dans le fichier.',
  'eNPS',
  'From −100 to 100. The file may give the numbers of promoters, passives and detractors instead: those are edited in the file.',
];

/** A wave's figures, and a segment's: the same words. */
const FIGURES: Record<string, Entry> = {
  enps: ENPS,
  engagement: ['Engagement (%)', 'Part de réponses favorables, de 0 à 100.', 'Engagement (%)', 'Share of favourable answers, 0 to 100.'],
  dimensions: ['Résultats par dimension (%)', 'Part de réponses favorables, de 0 à 100.', 'Results by dimension (%)', 'Share of favourable answers, 0 to 100.'],
};

const FIELDS: Record<string, Record<string, Entry>> = {
  site: {
    organisation: ['Nom de l’organisation', 'Affiché en haut de l’écran et de l’affiche.', 'Organisation name', 'Shown at the top of the screen and the poster.'],
    locale: ['Langue', 'Langue des libellés et des messages de vérification.', 'Language', 'Language of the labels and of the check’s messages.'],
    timezone: ['Fuseau horaire', 'Par exemple Europe/Paris : pour les dates « il y a 3 jours » et les heures d’allumage des écrans.', 'Time zone', 'For example Europe/Paris: for dates such as “3 days ago” and the screens’ hours.'],
    verbatims: ['Verbatims clients', '', 'Customer verbatims', ''],
    'verbatims.count': ['Nombre de verbatims montrés', 'Les « À la une » d’abord, puis les plus récents. 8 par défaut.', 'Number of verbatims shown', 'Featured ones first, then the latest. 8 by default.'],
    'verbatims.sheet': ['Feuille du classeur', 'Pour un export .xlsx : le nom de la feuille à lire (la première par défaut).', 'Workbook sheet', 'For an .xlsx export: the name of the sheet to read (the first by default).'],
    'verbatims.max_age_days': ['Âge maximum (jours)', 'Au-delà, un verbatim n’est plus montré. 180 par défaut.', 'Maximum age (days)', 'Older verbatims are not shown. 180 by default.'],
    privacy: ['Confidentialité', '', 'Privacy', ''],
    'privacy.min_respondents': [
      'Seuil de répondants',
      'Un site ou une équipe avec moins de répondants n’est jamais affiché (ni son nom ni ses chiffres). 5 est recommandé, 3 est le plus bas accepté ; une fois publié, il ne peut plus baisser.',
      'Respondent threshold',
      'A site or team with fewer respondents is never shown (neither its name nor its figures). 5 is recommended, 3 is the lowest accepted; once published it cannot be lowered.',
    ],
    wall: ['Écran mural (/wall/)', 'Les télévisions des plateaux.', 'Wall screen (/wall/)', 'The office TVs.'],
    ...within('wall', WALL),
    screens: ['Écrans supplémentaires', 'Chacun à l’adresse /wall/identifiant/ ; chacun peut changer les réglages de l’écran mural.', 'Extra screens', 'Each at /wall/id/; each may change the wall screen’s settings.'],
    'screens.id': ['Identifiant', 'Minuscules, chiffres et tirets : il fait partie de l’adresse de l’écran (ex. accueil-lyon).', 'Id', 'Lowercase letters, digits and dashes: it is part of the screen’s address (e.g. accueil-lyon).'],
    'screens.title': ['Nom de l’écran', '', 'Screen name', ''],
    'screens.site': ['Site', 'Facultatif : l’écran ne montre alors que les verbatims et les chiffres de ce site.', 'Site', 'Optional: the screen then shows only this site’s verbatims and figures.'],
    ...within('screens', WALL),
    poster: ['Affiche (/poster/)', 'L’affiche à imprimer pour la salle de pause et les couloirs.', 'Poster (/poster/)', 'The poster to print for the break room and corridors.'],
    'poster.size': ['Format du papier', '', 'Paper size', ''],
    'poster.orientation': ['Orientation', '', 'Orientation', ''],
    'poster.url': ['Adresse du QR code', 'L’adresse ouverte par le QR code imprimé en bas de l’affiche (http:// ou https://).', 'QR code address', 'The address the QR code at the bottom of the poster opens (http:// or https://).'],
    brand: ['Identité visuelle', '', 'Brand', ''],
    'brand.logo': ['Logo', 'Une image SVG ou PNG rangée dans le dossier des données (ex. logo.svg).', 'Logo', 'An SVG or PNG image in the data folder (e.g. logo.svg).'],
    'brand.accent': ['Couleur d’accent', 'Chiffres clés, titres, barres. La vérification prévient si la couleur est trop pâle ou trop sombre pour être lue.', 'Accent colour', 'Key figures, titles, bars. The check warns when the colour is too pale or too dark to read.'],
    'brand.theme': ['Thème de l’écran', 'Sombre est recommandé pour les télévisions. L’affiche reste toujours claire.', 'Screen theme', 'Dark is recommended for TVs. The poster is always light.'],
    admin: ['Éditeur de formulaires (/admin/)', 'Réglé une fois par la personne qui installe miroir.', 'Form editor (/admin/)', 'Set once by whoever installs miroir.'],
    'admin.repo': ['Dépôt GitHub des données', 'propriétaire/nom, par exemple fait-maison/miroir-data.', 'Data repository on GitHub', 'owner/name, for example fait-maison/miroir-data.'],
    'admin.branch': ['Branche publiée', 'main par défaut.', 'Published branch', 'main by default.'],
    'admin.auth_url': ['Service de connexion', 'L’adresse du service qui connecte l’éditeur à GitHub.', 'Login service', 'The address of the service that logs the editor in to GitHub.'],
  },
  barometer: {
    dimensions: ['Noms des dimensions', 'Le nom affiché de chaque dimension (pilier) du baromètre.', 'Dimension names', 'The name shown for each dimension (pillar) of the barometer.'],
    scale: ['Échelle des réponses', 'Nombre de points de l’échelle d’accord dans les fichiers de réponses (5 par défaut).', 'Answer scale', 'Points of the agreement scale in the response files (5 by default).'],
    segment_column: ['Colonne des groupes', 'Dans les fichiers de réponses, la colonne qui répartit les répondants (par exemple Site).', 'Group column', 'In the response files, the column that splits respondents into groups (for example Site).'],
    waves: ['Vagues', 'Une vague par enquête, la plus ancienne en premier.', 'Waves', 'One wave per survey, the oldest first.'],
    'waves.id': ['Nom de la vague', 'Unique, par exemple 2026-T1.', 'Wave name', 'Unique, for example 2026-T1.'],
    'waves.date': ['Date de l’enquête', '', 'Survey date', ''],
    'waves.invited': ['Invités', 'Nombre de salariés invités à répondre.', 'Invited', 'Number of employees invited to answer.'],
    'waves.respondents': ['Répondants', 'Au plus le nombre d’invités. Vide si un fichier de réponses est déposé.', 'Respondents', 'At most the number invited. Empty when a response file is attached.'],
    ...within('waves', FIGURES),
    'waves.customer': [
      'Indicateurs clients de la période',
      'Facultatif. Le fichier peut aussi écrire « auto » : les chiffres sont alors calculés à partir des verbatims de la période.',
      'Customer indicators of the period',
      'Optional. The file may say “auto” instead: the figures are then worked out from the period’s verbatims.',
    ],
    'waves.customer.nps': ['NPS client', 'De −100 à 100.', 'Customer NPS', 'From −100 to 100.'],
    'waves.customer.csat': ['Satisfaction client (%)', 'De 0 à 100.', 'Customer satisfaction (%)', '0 to 100.'],
    'waves.segments': [
      'Groupes',
      'Un seul découpage par vague (par site ou par équipe). Un groupe de moins de répondants que le seuil de confidentialité n’est pas publié.',
      'Groups',
      'One split per wave (by site or by team). A group with fewer respondents than the privacy threshold is not published.',
    ],
    'waves.segments.name': ['Nom du groupe', '', 'Group name', ''],
    'waves.segments.respondents': ['Répondants', '', 'Respondents', ''],
    ...within('waves.segments', FIGURES),
    'waves.sheet': ['Feuille du classeur', 'Pour un fichier de réponses .xlsx : le nom de la feuille à lire (la première par défaut).', 'Workbook sheet', 'For an .xlsx response file: the name of the sheet to read (the first by default).'],
    'waves.highlights': ['À retenir', 'Des phrases courtes affichées avec les résultats.', 'Key points', 'Short sentences shown with the results.'],
    'waves.responses': [
      'Fichier de réponses',
      'L’export de l’enquête (.csv ou .xlsx), rangé dans barometer/ : les chiffres de la vague sont alors calculés à partir des réponses.',
      'Response file',
      'The survey export (.csv or .xlsx), kept in barometer/: the wave’s figures are then computed from the answers.',
    ],
  },
  actions: {
    actions: ['Actions', 'Le plan d’actions issu du baromètre : « Vous avez dit, nous avons fait ».', 'Actions', 'The action plan that follows the barometer: “You said, we did”.'],
    'actions.id': ['Identifiant', 'Unique, en minuscules, chiffres et tirets (ex. nouveau-crm).', 'Id', 'Unique, lowercase letters, digits and dashes (e.g. new-crm).'],
    'actions.title': ['Titre', 'Ce qu’on fait, en une phrase courte.', 'Title', 'What is being done, in one short sentence.'],
    'actions.pillar': ['Pilier', 'La dimension du baromètre que l’action fait progresser.', 'Pillar', 'The barometer dimension the action improves.'],
    'actions.status': ['Statut', '', 'Status', ''],
    'actions.progress': ['Avancement (%)', 'De 0 à 100. Vide : calculé à partir des étapes. Une action terminée est toujours à 100.', 'Progress (%)', '0 to 100. Empty: worked out from the milestones. A done action is always at 100.'],
    'actions.owner': ['Porteur', 'Qui porte l’action.', 'Owner', 'Who leads the action.'],
    'actions.start': ['Début', '', 'Start', ''],
    'actions.due': ['Échéance', 'Une action non terminée dont l’échéance est passée est signalée « en retard ».', 'Due', 'An action not done after its due date is shown as overdue.'],
    'actions.you_said': ['Vous avez dit', 'Ce que les salariés ont dit (verbatim du baromètre).', 'You said', 'What employees said (a verbatim of the barometer).'],
    'actions.we_did': ['Nous avons fait', 'Ce qui a changé concrètement.', 'We did', 'What actually changed.'],
    'actions.milestones': ['Étapes', '', 'Milestones', ''],
    'actions.milestones.title': ['Étape', '', 'Milestone', ''],
    'actions.milestones.done': ['Faite', '', 'Done', ''],
    'actions.milestones.date': ['Date', '', 'Date', ''],
  },
  verbatims: { verbatims: ['Verbatims', 'Les verbatims saisis à la main, en plus de l’export verbatims.csv.', 'Verbatims', 'Verbatims typed by hand, besides the verbatims.csv export.'], ...within('verbatims', VERBATIM) },
  announcements: {
    announcements: ['Annonces', 'Des messages courts pour les écrans, chacun entre un début et une fin : ils apparaissent et disparaissent seuls.', 'Announcements', 'Short messages for the screens, each between a start and an end: they appear and go by themselves.'],
    'announcements.id': ['Identifiant', 'Unique, en minuscules, chiffres et tirets (ex. fermeture-noel).', 'Id', 'Unique, lowercase letters, digits and dashes (e.g. christmas-closing).'],
    'announcements.title': ['Titre', 'Facultatif, 80 caractères au plus.', 'Title', 'Optional, at most 80 characters.'],
    'announcements.text': ['Message', '280 caractères au plus : ce qu’on lit le temps d’une diapositive.', 'Message', 'At most 280 characters: what can be read in one slide’s time.'],
    'announcements.start': ['Début', 'Jour et heure, à l’heure du site.', 'Start', 'Day and time, in the site’s time zone.'],
    'announcements.end': ['Fin', 'Après le début.', 'End', 'After the start.'],
    'announcements.screens': ['Écrans', 'Vide : tous les écrans.', 'Screens', 'Empty: every screen.'],
    'announcements.priority': ['Importance', 'Normale : une diapositive de plus. Urgente : tout de suite, puis une diapositive sur deux.', 'Priority', 'Normal: one more slide. Urgent: at once, then every other slide.'],
  },
};

/** French typography: a no-break space before « : », a narrow one before ; ! ? and inside « ». */
function french(s: string): string {
  return s.replace(/ :/g, `${NBSP}:`).replace(/ ([;!?])/g, `${NNBSP}$1`).replace(/« /g, `«${NNBSP}`).replace(/ »/g, `${NNBSP}»`);
}

/** The label and help of a field, by file and schema path; undefined when the catalogue lacks it. */
export function fieldWords(locale: Locale, file: string, path: string): FieldWords | undefined {
  const e = FIELDS[file]?.[path];
  if (!e) return undefined;
  const [label, hint] = locale === 'fr' ? [french(e[0]), french(e[1])] : [e[2], e[3]];
  return hint ? { label, hint } : { label };
}

/** Registers a file's words (another module's file, such as announcements.yaml). */
export function addFieldWords(file: string, entries: Record<string, Entry>): void {
  FIELDS[file] = { ...FIELDS[file], ...entries };
}

/** What one item of a list is called (« Ajouter une action »), by file and path. */
const ITEM: Record<string, readonly [string, string]> = {
  'actions.actions': ['une action', 'an action'],
  'actions.actions.milestones': ['une étape', 'a milestone'],
  'announcements.announcements': ['une annonce', 'an announcement'],
  'barometer.waves': ['une vague', 'a wave'],
  'barometer.waves.segments': ['un groupe', 'a group'],
  'barometer.waves.highlights': ['une phrase', 'a sentence'],
  'site.screens': ['un écran', 'a screen'],
  'verbatims.verbatims': ['un verbatim', 'a verbatim'],
};

export function itemWords(locale: Locale, key: string): string | undefined {
  const w = ITEM[key];
  return w && (locale === 'fr' ? w[0] : w[1]);
}

const DAYS: Record<Locale, Record<Weekday, string>> = {
  fr: { mon: 'Lundi', tue: 'Mardi', wed: 'Mercredi', thu: 'Jeudi', fri: 'Vendredi', sat: 'Samedi', sun: 'Dimanche' },
  en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
};

/** The words shown for each stored value of a choice, by the field's last name. */
export function choiceWords(locale: Locale): Record<string, Record<string, string>> {
  const fr = locale === 'fr';
  const status: Record<ActionStatus, string> = LABELS[locale].status;
  const slides: Record<SlideId, string> = LABELS[locale].slide;
  const sentiment: Record<Sentiment, string> = LABELS[locale].sentiment;
  return {
    status,
    slides,
    sentiment,
    days: DAYS[locale],
    locale: { fr: 'Français', en: 'English' },
    priority: fr ? { normal: 'Normale', urgent: 'Urgente' } : { normal: 'Normal', urgent: 'Urgent' },
    screens: { default: fr ? 'Écran principal (/wall/)' : 'Main screen (/wall/)' },
    theme: fr ? { dark: 'Sombre', light: 'Clair' } : { dark: 'Dark', light: 'Light' },
    size: { A4: 'A4', A3: 'A3' },
    orientation: fr ? { portrait: 'Portrait', landscape: 'Paysage' } : { portrait: 'Portrait', landscape: 'Landscape' },
  };
}

/** What a field says when its value breaks a limit, as one types. */
export function limitWords(locale: Locale): { maxChars: (n: number) => string } {
  const n = (x: number) => x.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB');
  return locale === 'fr' ? { maxChars: (x) => `${n(x)} caractères au plus.` } : { maxChars: (x) => `At most ${n(x)} characters.` };
}

/** What the editor's menus say for each data file, and what its form rewrites. */
const FILE_WORDS_WRITTEN: Record<Locale, Record<string, FieldWords>> = {
  fr: {
    site: { label: 'Réglages', hint: 'site.yaml : le nom, la langue, les écrans, l’affiche et l’identité visuelle.' },
    verbatims: { label: 'Verbatims', hint: 'verbatims.yaml : des verbatims saisis à la main.' },
    barometer: { label: 'Baromètre', hint: 'barometer.yaml : les vagues du baromètre d’engagement.' },
    actions: { label: 'Plan d’actions', hint: 'actions.yaml : « Vous avez dit, nous avons fait ».' },
    announcements: { label: 'Annonces', hint: 'announcements.yaml : les messages courts des écrans.' },
  },
  en: {
    site: { label: 'Settings', hint: 'site.yaml: the name, language, screens, poster and brand.' },
    verbatims: { label: 'Verbatims', hint: 'verbatims.yaml: verbatims typed by hand.' },
    barometer: { label: 'Barometer', hint: 'barometer.yaml: the engagement barometer’s waves.' },
    actions: { label: 'Action plan', hint: 'actions.yaml: “You said, we did”.' },
    announcements: { label: 'Announcements', hint: 'announcements.yaml: the screens’ short messages.' },
  },
};

export const FILE_WORDS: Record<Locale, Record<string, FieldWords>> = {
  fr: Object.fromEntries(Object.entries(FILE_WORDS_WRITTEN.fr).map(([k, w]) => [k, { label: french(w.label), ...(w.hint ? { hint: french(w.hint) } : {}) }])),
  en: FILE_WORDS_WRITTEN.en,
};
