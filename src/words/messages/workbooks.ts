// Messages about .xlsx workbooks (verbatims.xlsx, a wave's responses). Codes are
// prefixed 'xlsx.'. Each says what the file is and how to save it so miroir reads it.
import { defineMessages, q, type Locale, type MessageParams } from './define.ts';
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

const saveAs = {
  fr: 'Ouvrez-le dans Excel (ou LibreOffice) et enregistrez-le au format «\u202fClasseur Excel (.xlsx)\u202f», ou exportez-le en CSV.',
  en: 'Open it in Excel (or LibreOffice) and save it as “Excel Workbook (.xlsx)”, or export it as CSV.',
};

export const workbookMessages = defineMessages({
  'xlsx.old_xls': {
    title: 'Old Excel workbook (.xls)',
    fr: () => `ce fichier est un ancien classeur Excel (.xls), pas un .xlsx. ${saveAs.fr}`,
    en: () => `this file is an old Excel workbook (.xls), not an .xlsx. ${saveAs.en}`,
    example: {},
  },
  'xlsx.encrypted': {
    title: 'Password-protected workbook',
    fr: () =>
      `ce classeur est protégé par un mot de passe\u202f: miroir ne peut pas le lire. Dans Excel, Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, effacez le mot de passe, puis enregistrez.`,
    en: () =>
      `this workbook is protected by a password: miroir cannot read it. In Excel, File > Info > Protect Workbook > Encrypt with Password, clear the password, then save.`,
    example: {},
  },
  'xlsx.ods': {
    title: 'OpenDocument spreadsheet (.ods)',
    fr: () => `ce fichier est un classeur OpenDocument (.ods), pas un .xlsx. ${saveAs.fr}`,
    en: () => `this file is an OpenDocument spreadsheet (.ods), not an .xlsx. ${saveAs.en}`,
    example: {},
  },
  'xlsx.not_workbook': {
    title: 'Not an Excel workbook',
    fr: () => `ce fichier n’est pas un classeur Excel (.xlsx), malgré son nom. ${saveAs.fr}`,
    en: () => `this file is not an Excel workbook (.xlsx), despite its name. ${saveAs.en}`,
    example: {},
  },
  'xlsx.broken': {
    title: 'Damaged workbook',
    fr: () => `ce classeur est endommagé et ne peut pas être lu (fichier tronqué ou mal enregistré). ${saveAs.fr}`,
    en: () => `this workbook is damaged and cannot be read (a truncated or badly saved file). ${saveAs.en}`,
    example: {},
  },
  'xlsx.too_large': {
    title: 'Workbook too large once unpacked',
    fr: (p) =>
      `ce classeur dépasse ${p.megabytes}\u00a0Mo une fois décompressé\u202f: ce n’est pas un export d’enquête ordinaire (peut-être un fichier piégé). Exportez seulement les réponses, en .xlsx ou en CSV.`,
    en: (p) =>
      `this workbook unpacks to more than ${p.megabytes} MB: that is no ordinary survey export (perhaps a booby-trapped file). Export only the answers, as .xlsx or CSV.`,
    example: { megabytes: 400 },
  },
  'xlsx.too_many_rows': {
    title: 'Too many rows in the sheet',
    fr: (p) => `cette feuille a plus de ${p.max} lignes\u202f; miroir en lit au plus ${p.max}. Exportez seulement la période utile.`,
    en: (p) => `this sheet has more than ${p.max} rows; miroir reads at most ${p.max}. Export only the period you need.`,
    example: { max: 300000 },
  },
  'xlsx.sheet_missing': {
    title: 'Sheet not found',
    fr: (p) =>
      `ce classeur n’a pas de feuille ${q.fr(p.sheet)}. Feuilles\u00a0: ${list('fr', p.sheets)}.${p.suggestion ? ` Vouliez-vous dire ${q.fr(p.suggestion)}\u202f?` : ''}`,
    en: (p) => `this workbook has no sheet ${q.en(p.sheet)}. Sheets: ${list('en', p.sheets)}.${p.suggestion ? ` Did you mean ${q.en(p.suggestion)}?` : ''}`,
    example: { sheet: 'Reponses', sheets: ['Form1', 'Réponses'].join(ITEM_SEP), suggestion: 'Réponses' },
  },
});
