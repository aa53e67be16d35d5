// Messages shared by every data file: reading, syntax, types and ranges.
import { defineMessages, didYouMean, q, rows, type Locale } from './define.ts';

/** How a message names an order of day and month. */
const ORDER: Record<Locale, Record<string, string>> = {
  fr: { dmy: 'jour puis mois', mdy: 'mois puis jour' },
  en: { dmy: 'day then month', mdy: 'month then day' },
};


export const commonMessages = defineMessages({
  'file.missing': {
    title: 'Required file missing',
    fr: (p) => `le fichier ${q.fr(p.name)} est introuvable dans le dossier des données. Créez-le (voir le README).`,
    en: (p) => `the file ${q.en(p.name)} is missing from the data folder. Create it (see the README).`,
    example: { name: 'site.yaml' },
  },
  'file.empty': {
    title: 'Empty file',
    fr: () => `le fichier est vide.`,
    en: () => `the file is empty.`,
    example: {},
  },
  'file.binary': {
    title: 'Not a text file',
    fr: () => `ce fichier n’est pas un fichier texte (on dirait un fichier binaire, par exemple un classeur .xlsx). Enregistrez-le en CSV ou en YAML.`,
    en: () => `this file is not a text file (it looks binary, an .xlsx workbook for instance). Save it as CSV or YAML.`,
    example: {},
  },
  'file.unreadable': {
    title: 'File cannot be read',
    fr: (p) => `impossible de lire le fichier (${p.reason}).`,
    en: (p) => `the file cannot be read (${p.reason}).`,
    example: { reason: 'EACCES' },
  },
  'csv.quotes': {
    title: 'Quoted text not closed',
    fr: () => `un texte entre guillemets commence sur cette ligne mais n’est pas refermé correctement\u00a0: la suite du fichier serait lue de travers. Vérifiez les guillemets droits (") de cette ligne\u202f; un guillemet à l’intérieur d’un texte s’écrit en double ("").`,
    en: () => `a quoted text starts on this row but is not closed properly: the rest of the file would be misread. Check the straight double quotes (") on this row; a quote inside a text is written twice ("").`,
    example: {},
  },
  'yaml.syntax': {
    title: 'YAML syntax error',
    fr: (p) => `erreur de syntaxe YAML\u00a0: ${p.detail}. Vérifiez l’indentation (des espaces, pas de tabulations), les deux-points et les guillemets.`,
    en: (p) => `YAML syntax error: ${p.detail}. Check the indentation (spaces, not tabs), colons and quotes.`,
    example: { detail: 'Nested mappings are not allowed in compact mappings' },
  },
  'yaml.tab': {
    title: 'Tab used for indentation',
    fr: () => `cette ligne est indentée avec une tabulation\u00a0; YAML n’accepte que des espaces. Remplacez la tabulation par deux espaces.`,
    en: () => `this line is indented with a tab; YAML only accepts spaces. Replace the tab with two spaces.`,
    example: {},
  },
  'yaml.unclosed': {
    title: 'Bracket or quote not closed',
    fr: (p) => `il manque ${q.fr(p.char)} pour fermer un crochet, une accolade ou un guillemet ouvert avant. Vérifiez que chaque ${q.fr('[')}, ${q.fr('{')} ou ${q.fr('"')} a sa fermeture sur la même valeur.`,
    en: (p) => `${q.en(p.char)} is missing to close a bracket, brace or quote opened before. Check that every ${q.en('[')}, ${q.en('{')} or ${q.en('"')} is closed on the same value.`,
    example: { char: ']' },
  },
  'yaml.indent': {
    title: 'Wrong indentation',
    fr: () => `l’indentation de cette ligne ne correspond pas à celle des lignes voisines. Alignez-la avec les autres clés du même niveau (des espaces, pas de tabulations).`,
    en: () => `this line's indentation does not match its neighbours. Align it with the other keys of the same level (spaces, not tabs).`,
    example: {},
  },
  'yaml.key': {
    title: 'Line is not a "key: value"',
    fr: () => `cette ligne n’est pas de la forme ${q.fr('clé: valeur')}. Il manque peut-être les deux-points, ou un texte qui contient ${q.fr(': ')} doit être mis entre guillemets.`,
    en: () => `this line is not of the form ${q.en('key: value')}. A colon may be missing, or a text containing ${q.en(': ')} must be put in quotes.`,
    example: {},
  },
  'yaml.value_start': {
    title: 'Value starts with a reserved character',
    fr: () => `cette valeur commence par un caractère réservé en YAML (${q.fr('@')}, ${q.fr('`')}, ${q.fr('%')}, ${q.fr('*')}, ${q.fr('&')}, ${q.fr('!')}…). Mettez toute la valeur entre guillemets.`,
    en: () => `this value starts with a character YAML reserves (${q.en('@')}, ${q.en('`')}, ${q.en('%')}, ${q.en('*')}, ${q.en('&')}, ${q.en('!')}…). Put the whole value in quotes.`,
    example: {},
  },
  'yaml.not_mapping': {
    title: 'File must hold keys',
    fr: () => `le fichier doit contenir des clés (par exemple ${q.fr('organisation: Fait Maison')}), pas une liste ni une valeur seule.`,
    en: () => `the file must hold keys (for example ${q.en('organisation: Fait Maison')}), not a list or a single value.`,
    example: {},
  },
  'yaml.duplicate_key': {
    title: 'Key written twice',
    fr: (p) => `la clé ${q.fr(p.key)} est écrite deux fois. Gardez-en une seule.`,
    en: (p) => `the key ${q.en(p.key)} is written twice. Keep only one.`,
    example: { key: 'locale' },
  },
  'key.unknown': {
    title: 'Unknown key',
    fr: (p) => `clé inconnue ${q.fr(p.key)}.${didYouMean('fr', p.suggestion)}`,
    en: (p) => `unknown key ${q.en(p.key)}.${didYouMean('en', p.suggestion)}`,
    example: { key: 'organsation', suggestion: 'organisation' },
  },
  'key.required': {
    title: 'Required key missing',
    fr: (p) => `la clé ${q.fr(p.key)} est obligatoire ici.`,
    en: (p) => `the key ${q.en(p.key)} is required here.`,
    example: { key: 'organisation' },
  },
  'value.type': {
    title: 'Wrong kind of value',
    fr: (p) => `${q.fr(p.field)} doit être ${p.expected_fr}${p.found !== undefined ? ` (trouvé\u00a0: ${q.fr(p.found)})` : ''}.`,
    en: (p) => `${q.en(p.field)} must be ${p.expected_en}${p.found !== undefined ? ` (found: ${q.en(p.found)})` : ''}.`,
    example: { field: 'invited', expected_fr: 'un nombre entier', expected_en: 'a whole number', found: 'beaucoup' },
  },
  'value.range': {
    title: 'Value out of range',
    fr: (p) => `${q.fr(p.field)} doit être compris entre ${p.min} et ${p.max} (trouvé\u00a0: ${p.found}).`,
    en: (p) => `${q.en(p.field)} must be between ${p.min} and ${p.max} (found: ${p.found}).`,
    example: { field: 'progress', min: 0, max: 100, found: 140 },
  },
  'value.min': {
    title: 'Value too small',
    fr: (p) => `${q.fr(p.field)} doit valoir au moins ${p.min} (trouvé\u00a0: ${p.found}).`,
    en: (p) => `${q.en(p.field)} must be at least ${p.min} (found: ${p.found}).`,
    example: { field: 'invited', min: 1, found: 0 },
  },
  'value.enum': {
    title: 'Value not among the choices',
    fr: (p) => `${q.fr(p.field)} ne peut pas valoir ${q.fr(p.found)}\u202f; valeurs possibles\u00a0: ${p.choices_fr ?? p.choices}.${didYouMean('fr', p.suggestion_fr ?? p.suggestion)}`,
    en: (p) => `${q.en(p.field)} cannot be ${q.en(p.found)}; possible values: ${p.choices_en ?? p.choices}.${didYouMean('en', p.suggestion_en ?? p.suggestion)}`,
    example: { field: 'status', found: 'termné', choices_fr: 'prevu, en_cours, termine, bloque (ou planned, in_progress, done, blocked)', choices_en: 'planned, in_progress, done, blocked (or prevu, en_cours, termine, bloque)', suggestion_fr: 'termine', suggestion_en: 'done' },
  },
  'value.empty': {
    title: 'Empty value',
    fr: (p) => `${q.fr(p.field)} ne peut pas être vide.`,
    en: (p) => `${q.en(p.field)} cannot be empty.`,
    example: { field: 'title' },
  },
  'value.too_long': {
    title: 'Text too long',
    fr: (p) => `${q.fr(p.field)} fait ${p.found} caractères\u202f; le maximum est ${p.max}.`,
    en: (p) => `${q.en(p.field)} is ${p.found} characters long; the maximum is ${p.max}.`,
    example: { field: 'text', found: 2412, max: 2000 },
  },
  'date.invalid': {
    title: 'Invalid date',
    fr: (p) => `${q.fr(p.field)}\u00a0: ${q.fr(p.found)} n’est pas une date valide. Écrivez AAAA-MM-JJ (2026-03-15) ou JJ/MM/AAAA (15/03/2026).`,
    en: (p) => `${q.en(p.field)}: ${q.en(p.found)} is not a valid date. Write YYYY-MM-DD (2026-03-15) or DD/MM/YYYY (15/03/2026).`,
    example: { field: 'date', found: '31/02/2026' },
  },
  'date.order_assumed': {
    title: 'Day and month order assumed',
    fr: (p) =>
      `${q.fr(p.field)}\u00a0: chaque date de cette colonne peut se lire jour puis mois ou mois puis jour\u202f; miroir les lit ${ORDER.fr[String(p.order)]} (${q.fr(p.found)} = ${p.date}), ${p.reason === 'future' ? 'car ainsi aucune n’est après aujourd’hui' : 'comme la langue du site'}. Si c’est faux, écrivez les dates en AAAA-MM-JJ.`,
    en: (p) =>
      `${q.en(p.field)}: every date in this column can be read day then month or month then day; miroir reads them ${ORDER.en[String(p.order)]} (${q.en(p.found)} = ${p.date}), ${p.reason === 'future' ? 'as that puts none after today' : 'as the site’s language does'}. If that is wrong, write the dates as YYYY-MM-DD.`,
    example: { field: 'Horodateur', order: 'dmy', found: '03/04/2026', date: '2026-04-03', reason: 'locale' },
  },
  'date.order_conflict': {
    title: 'Date in the other day/month order',
    fr: (p) =>
      `${q.fr(p.field)}\u00a0: ${q.fr(p.found)} ne se lit que ${ORDER.fr[String(p.other)]}, alors que cette colonne se lit ${ORDER.fr[String(p.order)]} (${p.evidence} dates comme ${q.fr(p.example)}). ${rows('fr', p)} Écrivez toutes les dates dans le même ordre, ou en AAAA-MM-JJ.`,
    en: (p) =>
      `${q.en(p.field)}: ${q.en(p.found)} can only be read ${ORDER.en[String(p.other)]}, but this column reads ${ORDER.en[String(p.order)]} (${p.evidence} dates like ${q.en(p.example)}). ${rows('en', p)} Write every date in the same order, or as YYYY-MM-DD.`,
    example: { field: 'Date', found: '02/13/2026', other: 'mdy', order: 'dmy', evidence: 40, example: '13/02/2026', count: 2, lines: '7, 12' },
  },
  'path.escapes': {
    title: 'Path leaves the data folder',
    fr: (p) => `${q.fr(p.field)}\u00a0: le chemin ${q.fr(p.found)} doit rester dans le dossier des données (pas de ${q.fr('..')} ni de chemin absolu).`,
    en: (p) => `${q.en(p.field)}: the path ${q.en(p.found)} must stay inside the data folder (no ${q.en('..')} and no absolute path).`,
    example: { field: 'logo', found: '../secret.svg' },
  },
  'path.not_found': {
    title: 'Referenced file not found',
    fr: (p) => `${q.fr(p.field)}\u00a0: le fichier ${q.fr(p.found)} est introuvable dans le dossier des données.`,
    en: (p) => `${q.en(p.field)}: the file ${q.en(p.found)} is not in the data folder.`,
    example: { field: 'responses', found: 'barometer/2026-T1.csv' },
  },
  'id.duplicate': {
    title: 'Duplicate id',
    fr: (p) => `l’identifiant ${q.fr(p.id)} est déjà utilisé ligne ${p.first_line}. Chaque identifiant doit être unique.`,
    en: (p) => `the id ${q.en(p.id)} is already used at line ${p.first_line}. Each id must be unique.`,
    example: { id: 'parrainage', first_line: 3 },
  },
  'id.format': {
    title: 'Id with characters that are not allowed',
    fr: (p) => `l’identifiant ${q.fr(p.found)} ne peut contenir que des lettres minuscules sans accent (a-z), des chiffres (0-9) et des tirets (-).${didYouMean('fr', p.suggestion)}`,
    en: (p) => `the id ${q.en(p.found)} may only contain lowercase letters without accents (a-z), digits (0-9) and dashes (-).${didYouMean('en', p.suggestion)}`,
    example: { found: 'Accueil Lyon', suggestion: 'accueil-lyon' },
  },
});
