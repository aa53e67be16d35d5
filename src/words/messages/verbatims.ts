// Messages about verbatims data. Codes are prefixed 'verbatims.'.
// Cell values (dates, numbers, choices, empty or too long texts) reuse the common
// messages, with the column header as written in the file as the field name.
import { defineMessages, q, rows, type Locale, type MessageParams } from './define.ts';
import { andMore } from './files.ts';

/** Separates list items inside one parameter (params are flat strings). */
export const ITEM_SEP = '\u001f';
/** Separates an item from its "did you mean" suggestion. */
export const SUGGESTION_SEP = '\u001e';

function quotedList(locale: Locale, joined: string | number | undefined): string {
  return String(joined ?? '')
    .split(ITEM_SEP)
    .filter((s) => s !== '')
    .map((item) => {
      const [name, suggestion] = item.split(SUGGESTION_SEP);
      const quoted = q[locale](name);
      if (!suggestion) return quoted;
      return locale === 'fr' ? `${quoted} (${q.fr(suggestion)}\u202f?)` : `${quoted} (${q.en(suggestion)}?)`;
    })
    .join(', ');
}

const KIND: Record<string, Record<Locale, string>> = {
  email: {
    fr: 'une adresse e-mail\u00a0: elle est remplacée par «\u202f[e-mail masqué]\u202f» et ne sera jamais publiée',
    en: 'an email address: it is replaced by “[email hidden]” and will never be published',
  },
  phone: {
    fr: 'un numéro de téléphone\u00a0: il est remplacé par «\u202f[téléphone masqué]\u202f» et ne sera jamais publié',
    en: 'a phone number: it is replaced by “[phone hidden]” and will never be published',
  },
  iban: {
    fr: 'un IBAN\u00a0: il est remplacé par «\u202f[IBAN masqué]\u202f» et ne sera jamais publié',
    en: 'an IBAN: it is replaced by “[IBAN hidden]” and will never be published',
  },
};

const mapHint = (locale: Locale, p: MessageParams): string =>
  locale === 'fr'
    ? `Renommez l’en-tête (${p.aliases}) ou indiquez la colonne dans site.yaml\u00a0: ${q.fr(`verbatims: { columns: { ${p.field}: "${p.example}" } }`)}.`
    : `Rename the header (${p.aliases}) or name the column in site.yaml: ${q.en(`verbatims: { columns: { ${p.field}: "${p.example}" } }`)}.`;

export const verbatimMessages = defineMessages({
  'verbatims.missing': {
    title: { fr: 'Aucun fichier de verbatims', en: 'No verbatims file' },
    description: { fr: 'Le dossier des données n’a ni verbatims.csv, ni verbatims.xlsx, ni verbatims.yaml.', en: 'The data folder has no verbatims.csv, verbatims.xlsx or verbatims.yaml.' },
    fr: () => `aucun fichier de verbatims dans le dossier des données.`,
    en: () => `no verbatims file in the data folder.`,
    hint: {
      fr: (p) =>
        p.found === undefined
          ? `Créez ${q.fr('verbatims.csv')} ou ${q.fr('verbatims.xlsx')} (un export d’Excel ou d’un formulaire) ou ${q.fr('verbatims.yaml')} (une liste de verbatims)\u202f; les deux peuvent coexister.`
          : p.rename
            ? `Le dossier contient ${q.fr(p.found)}\u00a0: si ce sont vos verbatims, renommez-le ${q.fr(p.rename)}.`
            : `Le dossier contient ${q.fr(p.found)}, un format que miroir ne lit pas\u00a0: si ce sont vos verbatims, ouvrez-le dans votre tableur et enregistrez-le au format .xlsx sous le nom ${q.fr('verbatims.xlsx')}.`,
      en: (p) =>
        p.found === undefined
          ? `Create ${q.en('verbatims.csv')} or ${q.en('verbatims.xlsx')} (an export from Excel or a form) or ${q.en('verbatims.yaml')} (a list of verbatims); both may exist.`
          : p.rename
            ? `The folder holds ${q.en(p.found)}: if these are your verbatims, rename it ${q.en(p.rename)}.`
            : `The folder holds ${q.en(p.found)}, a format miroir does not read: if these are your verbatims, open it in your spreadsheet and save it as .xlsx under the name ${q.en('verbatims.xlsx')}.`,
    },
    example: {},
  },
  'verbatims.column_missing': {
    title: { fr: 'Colonne obligatoire absente', en: 'Required column missing' },
    description: { fr: 'La date ou le texte des verbatims n’a pas de colonne reconnue.', en: 'The verbatims’ date or text has no recognised column.' },
    fr: (p) => `la colonne ${q.fr(p.field)} est obligatoire mais introuvable. En-têtes trouvés\u00a0: ${quotedList('fr', p.headers)}${andMore('fr', p.headers_more)}.`,
    en: (p) => `the column ${q.en(p.field)} is required but missing. Headers found: ${quotedList('en', p.headers)}${andMore('en', p.headers_more)}.`,
    hint: { fr: (p) => `${mapHint('fr', p)}`, en: (p) => `${mapHint('en', p)}` },
    example: {
      field: 'text',
      headers: ['Horodateur', 'Votre avis'].join(ITEM_SEP),
      aliases: 'text, verbatim, texte, commentaire, comment',
      example: 'Votre avis',
    },
  },
  'verbatims.column_mapped_missing': {
    title: { fr: 'Colonne nommée dans site.yaml absente', en: 'Column named in site.yaml not found' },
    description: { fr: 'site.yaml associe un champ à une colonne que l’export n’a pas.', en: 'site.yaml maps a field to a column the export does not have.' },
    fr: (p) =>
      `site.yaml (${q.fr('verbatims.columns')}) associe le champ ${q.fr(p.field)} à la colonne ${q.fr(p.column)}, mais ce fichier n’a pas de colonne de ce nom. En-têtes trouvés\u00a0: ${quotedList('fr', p.headers)}${andMore('fr', p.headers_more)}.`,
    en: (p) =>
      `site.yaml (${q.en('verbatims.columns')}) maps the field ${q.en(p.field)} to the column ${q.en(p.column)}, but this file has no column of that name. Headers found: ${quotedList('en', p.headers)}${andMore('en', p.headers_more)}.`,
    hint: { fr: () => `Dans site.yaml, recopiez à l’identique l’un des en-têtes trouvés.`, en: () => `In site.yaml, copy one of the headers found exactly.` },
    example: { field: 'text', column: 'Votre commentaire', headers: ['Horodateur', 'Votre avis'].join(ITEM_SEP) },
  },
  'verbatims.columns_unknown': {
    title: { fr: 'Colonnes ignorées', en: 'Columns ignored' },
    description: { fr: 'Des colonnes de l’export ne correspondent à aucun champ\u00a0: elles sont laissées de côté.', en: 'Some columns of the export match no field: they are left out.' },
    fr: (p) => `colonnes ignorées, car miroir ne les connaît pas\u00a0: ${quotedList('fr', p.columns)}${andMore('fr', p.more)}. Colonnes reconnues\u00a0: ${p.fields}.`,
    en: (p) => `columns ignored, as miroir does not know them: ${quotedList('en', p.columns)}${andMore('en', p.more)}. Known columns: ${p.fields}.`,
    hint: { fr: () => `Pour en utiliser une sous un autre nom, indiquez-la dans site.yaml (${q.fr('verbatims.columns')}).`, en: () => `To use one under another name, name it in site.yaml (${q.en('verbatims.columns')}).` },
    example: { columns: ['ID', `Sentimnt${SUGGESTION_SEP}sentiment`].join(ITEM_SEP), fields: 'date, text, sentiment' },
  },
  'verbatims.column_duplicate': {
    title: { fr: 'Colonne en double', en: 'Two columns for one field' },
    description: { fr: 'Deux colonnes donnent le même champ\u00a0: la seconde est ignorée.', en: 'Two columns give the same field: the second is ignored.' },
    fr: (p) => `la colonne ${q.fr(p.column)} est ignorée\u00a0: le champ ${q.fr(p.field)} vient déjà de la colonne ${q.fr(p.used)}.`,
    en: (p) => `the column ${q.en(p.column)} is ignored: the field ${q.en(p.field)} already comes from the column ${q.en(p.used)}.`,
    hint: { fr: () => `Rien à faire si c’est la bonne colonne qui est lue\u202f; sinon, indiquez celle à lire dans site.yaml (${q.fr('verbatims.columns')}).`, en: () => `Nothing to do if the right column is read; otherwise name the one to read in site.yaml (${q.en('verbatims.columns')}).` },
    example: { column: 'Note', field: 'stars', used: 'Étoiles' },
  },
  'verbatims.extra_cells': {
    title: { fr: 'Trop de cases sur la ligne', en: 'More cells than headers' },
    description: { fr: 'La ligne a plus de cases que l’en-tête, souvent un séparateur dans un texte sans guillemets.', en: 'The row has more cells than the header, often a separator inside an unquoted text.' },
    fr: (p) => `cette ligne a ${p.found} cellules alors que l’en-tête n’en a que ${p.expected}.`,
    en: (p) => `this row has ${p.found} cells but the header only has ${p.expected}.`,
    hint: { fr: (p) => `Un texte qui contient le séparateur (${p.delimiter_fr}) doit être entre guillemets droits ("…")\u202f; Excel le fait de lui-même quand on enregistre en CSV.`, en: (p) => `A text containing the separator (${p.delimiter_en}) must be in straight double quotes ("…"); Excel does this by itself when saving as CSV.` },
    example: { found: 7, expected: 6, delimiter_fr: '«\u202f;\u202f»', delimiter_en: '“;”' },
  },
  'verbatims.pii': {
    title: { fr: 'Donnée personnelle masquée', en: 'Personal data masked' },
    description: { fr: 'Une adresse e-mail, un numéro de téléphone ou un IBAN est masqué avant publication.', en: 'An e-mail address, phone number or IBAN is masked before publication.' },
    fr: (p) => `${q.fr(p.field)} contient ${KIND[String(p.kind)]?.fr ?? p.kind}.`,
    en: (p) => `${q.en(p.field)} contains ${KIND[String(p.kind)]?.en ?? p.kind}.`,
    hint: { fr: () => `Rien à faire\u00a0: le masquage est automatique. Pour ne plus voir cet avertissement, effacez cette donnée du fichier.`, en: () => `Nothing to do: the masking is automatic. To stop seeing this warning, delete it from the file.` },
    example: { field: 'text', kind: 'phone' },
  },
  'verbatims.text_blank': {
    title: { fr: 'Lignes sans texte', en: 'Rows without text skipped' },
    description: { fr: 'Des lignes de l’export n’ont pas de texte\u00a0: elles sont ignorées, comptées en une fois.', en: 'Some rows of the export have no text: they are skipped, counted once.' },
    fr: (p) => `${Number(p.count) > 1 ? `${p.count} lignes n’ont` : '1 ligne n’a'} pas de texte dans ${q.fr(p.field)}\u00a0: ${Number(p.count) > 1 ? 'elles sont ignorées' : 'elle est ignorée'} (${Number(p.count) > 1 ? 'lignes' : 'ligne'} ${p.lines}).`,
    en: (p) => `${Number(p.count) > 1 ? `${p.count} rows have` : '1 row has'} no text in ${q.en(p.field)}: skipped (${Number(p.count) > 1 ? 'lines' : 'line'} ${p.lines}).`,
    hint: {
      fr: (p) => (Number(p.count) > 1 ? `Rien à faire si ces lignes sont vides exprès\u202f; sinon, remplissez leur texte.` : `Rien à faire si cette ligne est vide exprès\u202f; sinon, remplissez son texte.`),
      en: (p) => (Number(p.count) > 1 ? `Nothing to do if these rows are empty on purpose; otherwise fill in their text.` : `Nothing to do if this row is empty on purpose; otherwise fill in its text.`),
    },
    example: { field: 'Commentaire', count: 3, lines: '8, 14, 20' },
  },
  'verbatims.future': {
    title: { fr: 'Verbatim daté après aujourd’hui', en: 'Verbatims dated after today' },
    description: { fr: 'Une date est dans le futur\u00a0: souvent une faute d’année ou d’ordre jour/mois.', en: 'A date is in the future: often a wrong year or day/month order.' },
    fr: (p) => `${q.fr(p.field)}\u00a0: ${q.fr(p.found)} est après aujourd’hui (${p.today})\u202f; ce verbatim ne sera affiché qu’à partir de sa date. ${rows('fr', p)}`,
    en: (p) => `${q.en(p.field)}: ${q.en(p.found)} is after today (${p.today}); this verbatim will only be shown from its date on. ${rows('en', p)}`,
    hint: { fr: () => `Vérifiez l’année, ou l’ordre du jour et du mois.`, en: () => `Check the year, or the order of day and month.` },
    example: { field: 'Date', found: '2027-03-15', today: '2026-03-20', count: 1, lines: '4' },
  },
  'verbatims.csv_and_xlsx': {
    title: { fr: 'Deux fichiers de verbatims', en: 'Both verbatims.csv and verbatims.xlsx' },
    description: { fr: 'Le dossier contient à la fois verbatims.csv et verbatims.xlsx.', en: 'The folder holds both verbatims.csv and verbatims.xlsx.' },
    fr: (p) => `le dossier des données contient à la fois ${q.fr(p.csv)} et ${q.fr(p.xlsx)}\u00a0: miroir ne sait pas lequel est à jour.`,
    en: (p) => `the data folder holds both ${q.en(p.csv)} and ${q.en(p.xlsx)}: miroir cannot tell which is up to date.`,
    hint: { fr: () => `Gardez-en un seul (supprimez ou renommez l’autre).`, en: () => `Keep only one (delete or rename the other).` },
    example: { csv: 'verbatims.csv', xlsx: 'verbatims.xlsx' },
  },
  'verbatims.no_rows': {
    title: { fr: 'Aucun verbatim', en: 'No verbatim in the file' },
    description: { fr: 'Le fichier de verbatims ne contient aucune ligne à montrer.', en: 'The verbatims file holds no row to show.' },
    fr: () => `ce fichier ne contient aucun verbatim à afficher (rien sous la ligne d’en-têtes ou la liste est vide).`,
    en: () => `this file holds no verbatim to show (nothing below the header row, or the list is empty).`,
    hint: { fr: () => `Ajoutez au moins un verbatim, ou remplacez le fichier par un export complet.`, en: () => `Add at least one verbatim, or replace the file with a full export.` },
    example: {},
  },
  'verbatims.yaml_shape': {
    title: { fr: 'verbatims.yaml mal formé', en: 'Verbatims file must hold a list' },
    description: { fr: 'verbatims.yaml ne contient pas une liste de verbatims.', en: 'verbatims.yaml does not hold a list of verbatims.' },
    fr: () =>
      `le fichier doit contenir une liste de verbatims (des lignes qui commencent par «\u202f-\u202f»), directement ou sous la clé ${q.fr('verbatims:')}.`,
    en: () => `the file must hold a list of verbatims (lines starting with “-”), directly or under the key ${q.en('verbatims:')}.`,
    hint: { fr: () => `Commencez le fichier par ${q.fr('verbatims:')}, puis chaque verbatim par ${q.fr('- date:')} décalé de deux espaces, comme dans l’exemple du guide.`, en: () => `Start the file with ${q.en('verbatims:')}, then each verbatim with ${q.en('- date:')} indented by two spaces, as in the guide’s example.` },
    example: {},
  },
  'verbatims.rating_unanswered': {
    title: { fr: 'Enquêtes restées sans réponse', en: 'Unanswered satisfaction surveys skipped' },
    description: { fr: 'Des lignes d’un export de satisfaction (Zendesk «\u202fOffered\u202f», «\u202fUnoffered\u202f») n’ont pas de réponse du client\u00a0: elles sont ignorées, comptées en une fois.', en: 'Some rows of a satisfaction export (Zendesk “Offered”, “Unoffered”) hold no answer from the customer: they are skipped, counted once.' },
    fr: (p) =>
      `${Number(p.count) > 1 ? `${p.count} lignes sont` : '1 ligne est'} une enquête envoyée sans réponse du client (${q.fr(p.field)} vaut ${q.fr(p.found)})\u00a0: ${Number(p.count) > 1 ? 'elles sont ignorées' : 'elle est ignorée'} (${Number(p.count) > 1 ? 'lignes' : 'ligne'} ${p.lines}).`,
    en: (p) => `${Number(p.count) > 1 ? `${p.count} rows are` : '1 row is'} a survey the customer did not answer (${q.en(p.field)} is ${q.en(p.found)}): skipped (${Number(p.count) > 1 ? 'lines' : 'line'} ${p.lines}).`,
    hint: { fr: () => `Rien à faire\u00a0: seules les notes que les clients ont données sont affichées.`, en: () => `Nothing to do: only the ratings customers gave are shown.` },
    example: { field: 'Ticket satisfaction rating', found: 'Offered', count: 2, lines: '3, 6' },
  },
});
