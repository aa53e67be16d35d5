// Messages about exports as survey tools write them: .xlsx workbooks (verbatims.xlsx, a
// wave's responses; codes 'xlsx.') and answers exported as codes. Each says what the
// file is and how to export it so miroir reads it.
import { defineMessages, didYouMean, q, rows, type Locale, type MessageParams } from './define.ts';
import { ITEM_SEP } from './verbatims.ts';

/** « (cellule C12, feuille « Réponses ») » after a message about a workbook's cell. */
export function cellSuffix(locale: Locale, p: MessageParams): string {
  const sheet = p.sheet === undefined ? '' : locale === 'fr' ? `, feuille ${q.fr(p.sheet)}` : `, sheet ${q.en(p.sheet)}`;
  return locale === 'fr' ? ` (cellule ${p.cell}${sheet})` : ` (cell ${p.cell}${sheet})`;
}

const list = (locale: Locale, joined: string | number | undefined): string =>
  String(joined ?? '')
    .split(ITEM_SEP)
    .filter((s) => s !== '')
    .map((s) => q[locale](s))
    .join(', ');

/** How to get a Qualtrics export miroir reads without guessing: the answers' own words. */
const QUALTRICS_TEXT: Record<Locale, string> = {
  fr: 'Dans Qualtrics, téléchargez à nouveau les données en choisissant «\u202fUse choice text\u202f»\u00a0: miroir lira les réponses elles-mêmes.',
  en: 'In Qualtrics, download the data again choosing “Use choice text”: miroir will read the answers themselves.',
};

const saveAs = {
  fr: 'Ouvrez-le dans Excel (ou LibreOffice) et enregistrez-le au format «\u202fClasseur Excel (.xlsx)\u202f», ou exportez-le en CSV.',
  en: 'Open it in Excel (or LibreOffice) and save it as “Excel Workbook (.xlsx)”, or export it as CSV.',
};

export const workbookMessages = defineMessages({
  'xlsx.old_xls': {
    title: { fr: 'Ancien classeur Excel (.xls)', en: 'Old Excel workbook (.xls)' },
    description: { fr: 'Le fichier est un ancien classeur .xls, que miroir ne lit pas.', en: 'The file is an old .xls workbook, which miroir does not read.' },
    fr: () => `ce fichier est un ancien classeur Excel (.xls), pas un .xlsx.`,
    en: () => `this file is an old Excel workbook (.xls), not an .xlsx.`,
    hint: { fr: () => `${saveAs.fr}`, en: () => `${saveAs.en}` },
    example: {},
  },
  'xlsx.encrypted': {
    title: { fr: 'Classeur protégé par mot de passe', en: 'Password-protected workbook' },
    description: { fr: 'Le classeur est chiffré\u00a0: miroir ne peut pas le lire.', en: 'The workbook is encrypted: miroir cannot read it.' },
    fr: () => `ce classeur est protégé par un mot de passe\u00a0: miroir ne peut pas le lire.`,
    en: () => `this workbook is protected by a password: miroir cannot read it.`,
    hint: { fr: () => `Dans Excel, Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, effacez le mot de passe, puis enregistrez.`, en: () => `In Excel, File > Info > Protect Workbook > Encrypt with Password, clear the password, then save.` },
    example: {},
  },
  'xlsx.ods': {
    title: { fr: 'Classeur OpenDocument (.ods)', en: 'OpenDocument spreadsheet (.ods)' },
    description: { fr: 'Le fichier est un classeur .ods, que miroir ne lit pas.', en: 'The file is an .ods spreadsheet, which miroir does not read.' },
    fr: () => `ce fichier est un classeur OpenDocument (.ods), pas un .xlsx.`,
    en: () => `this file is an OpenDocument spreadsheet (.ods), not an .xlsx.`,
    hint: { fr: () => `${saveAs.fr}`, en: () => `${saveAs.en}` },
    example: {},
  },
  'xlsx.not_workbook': {
    title: { fr: 'Pas un classeur Excel', en: 'Not an Excel workbook' },
    description: { fr: 'Le fichier porte le nom d’un classeur .xlsx mais n’en est pas un.', en: 'The file has an .xlsx name but is not a workbook.' },
    fr: () => `ce fichier n’est pas un classeur Excel (.xlsx), malgré son nom.`,
    en: () => `this file is not an Excel workbook (.xlsx), despite its name.`,
    hint: { fr: () => `${saveAs.fr}`, en: () => `${saveAs.en}` },
    example: {},
  },
  'xlsx.broken': {
    title: { fr: 'Classeur endommagé', en: 'Damaged workbook' },
    description: { fr: 'Le classeur est tronqué ou mal enregistré.', en: 'The workbook is truncated or badly saved.' },
    fr: () => `ce classeur est endommagé et ne peut pas être lu (fichier tronqué ou mal enregistré).`,
    en: () => `this workbook is damaged and cannot be read (a truncated or badly saved file).`,
    hint: { fr: () => `${saveAs.fr}`, en: () => `${saveAs.en}` },
    example: {},
  },
  'xlsx.too_large': {
    title: { fr: 'Classeur trop gros', en: 'Workbook too large once unpacked' },
    description: { fr: 'Le classeur, décompressé, dépasse largement la taille d’un export d’enquête.', en: 'Unpacked, the workbook is far larger than a survey export.' },
    fr: (p) => `ce classeur dépasse ${p.megabytes}\u00a0Mo une fois décompressé\u00a0: ce n’est pas un export d’enquête ordinaire (peut-être un fichier piégé).`,
    en: (p) => `this workbook unpacks to more than ${p.megabytes} MB: that is no ordinary survey export (perhaps a booby-trapped file).`,
    hint: { fr: () => `Exportez seulement les réponses, en .xlsx ou en CSV.`, en: () => `Export only the answers, as .xlsx or CSV.` },
    example: { megabytes: 400 },
  },
  'xlsx.too_many_rows': {
    title: { fr: 'Trop de lignes dans la feuille', en: 'Too many rows in the sheet' },
    description: { fr: 'La feuille a plus de lignes que miroir n’en lit.', en: 'The sheet has more rows than miroir reads.' },
    fr: (p) => `cette feuille a plus de ${p.max} lignes\u202f; miroir en lit au plus ${p.max}.`,
    en: (p) => `this sheet has more than ${p.max} rows; miroir reads at most ${p.max}.`,
    hint: { fr: () => `Exportez seulement la période utile.`, en: () => `Export only the period you need.` },
    example: { max: 300000 },
  },
  'xlsx.sheet_missing': {
    title: { fr: 'Feuille introuvable', en: 'Sheet not found' },
    description: { fr: 'Le classeur n’a pas la feuille nommée dans site.yaml.', en: 'The workbook has no sheet of the name given in site.yaml.' },
    fr: (p) => `ce classeur n’a pas de feuille ${q.fr(p.sheet)}. Feuilles\u00a0: ${list('fr', p.sheets)}.`,
    en: (p) => `this workbook has no sheet ${q.en(p.sheet)}. Sheets: ${list('en', p.sheets)}.`,
    hint: {
      fr: (p) => `Écrivez sous ${q.fr('sheet')} le nom exact d’une feuille du classeur.${didYouMean('fr', p.suggestion)}`,
      en: (p) => `Write under ${q.en('sheet')} the exact name of a sheet of the workbook.${didYouMean('en', p.suggestion)}`,
    },
    example: { sheet: 'Reponses', sheets: ['Form1', 'Réponses'].join(ITEM_SEP), suggestion: 'Réponses' },
  },
  'barometer.responses.answer_codes': {
    title: { fr: 'Réponses exportées en codes', en: 'Answers exported as codes' },
    description: { fr: 'Le fichier de réponses contient des codes (LimeSurvey «\u202fcodes des réponses\u202f») au lieu des réponses.', en: 'The responses file holds codes (LimeSurvey “Answer codes”) instead of the answers.' },
    fr: (p) => `les réponses de ce fichier sont des codes (${q.fr(p.found)}), pas les réponses elles-mêmes\u00a0: miroir ne peut pas les lire. ${rows('fr', p)}`,
    en: (p) => `the answers in this file are codes (${q.en(p.found)}), not the answers themselves: miroir cannot read them. ${rows('en', p)}`,
    hint: {
      fr: () => `Dans LimeSurvey, exportez à nouveau en choisissant «\u202fréponses complètes\u202f» (et non «\u202fcodes des réponses\u202f»).`,
      en: () => `In LimeSurvey, export again choosing “Full answers” (not “Answer codes”).`,
    },
    example: { found: 'AO04', count: 249, lines: '2, 3, 4, 5, 6…' },
  },
  'barometer.responses.segment_codes': {
    title: { fr: 'Colonne de segments en codes', en: 'Segment column holds codes' },
    description: { fr: 'La colonne qui sépare les segments ne contient que des codes\u00a0: ils ne sont jamais publiés comme noms.', en: 'The segment column holds only codes: they are never published as names.' },
    fr: (p) => `la colonne ${q.fr(p.header)} ne contient que des codes (${q.fr(p.found)}), pas des noms\u00a0: ils ne seront jamais publiés comme noms de segments.`,
    en: (p) => `the column ${q.en(p.header)} holds only codes (${q.en(p.found)}), not names: they will never be published as segment names.`,
    hint: {
      fr: (p) => (p.tool === 'qualtrics' ? QUALTRICS_TEXT.fr : `Dans LimeSurvey, exportez à nouveau en choisissant «\u202fréponses complètes\u202f».`),
      en: (p) => (p.tool === 'qualtrics' ? QUALTRICS_TEXT.en : `In LimeSurvey, export again choosing “Full answers”.`),
    },
    example: { header: 'Site', found: 'AO03', tool: 'plain' },
  },
  'barometer.responses.no_opinion': {
    title: { fr: 'Réponses sans avis', en: 'Answers with no opinion' },
    description: {
      fr: 'Des réponses comme «\u202fJe ne sais pas\u202f» ou «\u202fN/A\u202f» comptent comme une case vide\u00a0: elles ne sont pas dans les réponses de leur question.',
      en: 'Answers such as “Don’t know” or “N/A” count as a blank cell: they are not among their question’s answers.',
    },
    fr: (p) =>
      `${Number(p.count) > 1 ? `${p.count} réponses disent ne pas avoir d’avis` : '1 réponse dit ne pas avoir d’avis'} (${q.fr(p.found)})\u00a0: comme une case vide, ${Number(p.count) > 1 ? 'elles ne comptent' : 'elle ne compte'} pas dans les pourcentages (${Number(p.count) > 1 ? 'lignes' : 'ligne'} ${p.lines}).`,
    en: (p) =>
      `${Number(p.count) > 1 ? `${p.count} answers give no opinion` : '1 answer gives no opinion'} (${q.en(p.found)}): like a blank cell, ${Number(p.count) > 1 ? 'they do' : 'it does'} not count in the percentages (${Number(p.count) > 1 ? 'lines' : 'line'} ${p.lines}).`,
    hint: { fr: () => 'Rien à faire\u00a0: c’est la règle habituelle des baromètres.', en: () => 'Nothing to do: this is the usual rule of engagement surveys.' },
    example: { found: 'Je ne sais pas', count: 12, lines: '3, 5, 9, 14, 20…' },
  },
  'barometer.responses.numbered_agreement': {
    title: { fr: 'Accords exportés en nombres', en: 'Agreement exported as numbers' },
    description: {
      fr: 'Un export Qualtrics «\u202fUse numeric values\u202f» donne chaque accord par le numéro de son choix\u00a0: miroir lit 1 comme le désaccord le plus fort.',
      en: 'A Qualtrics “Use numeric values” export gives each agreement as its choice’s number: miroir reads 1 as the strongest disagreement.',
    },
    fr: (p) =>
      `ce fichier Qualtrics donne les réponses en nombres («\u202fUse numeric values\u202f»)\u00a0: miroir lit 1 comme «\u202fPas du tout d’accord\u202f» et ${p.scale} comme «\u202fTout à fait d’accord\u202f». Si votre échelle commence par «\u202fTout à fait d’accord\u202f», les pourcentages sont inversés.`,
    en: (p) =>
      `this Qualtrics file gives the answers as numbers (“Use numeric values”): miroir reads 1 as “Strongly disagree” and ${p.scale} as “Strongly agree”. If your scale starts with “Strongly agree”, the percentages are reversed.`,
    hint: { fr: () => QUALTRICS_TEXT.fr, en: () => QUALTRICS_TEXT.en },
    example: { scale: 5 },
  },
});
