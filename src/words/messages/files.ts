// Messages about what miroir refuses to read (links that leave the data folder, devices,
// pipes) and about inputs built to exhaust it (alias bombs, deep nesting, huge lists).
// None of them shows a byte of the refused file: only its name as written in the data.
import type { Locale } from './define.ts';
import { defineMessages, q } from './define.ts';

const WHY = {
  outside: {
    fr: `mène hors du dossier des données (un lien symbolique, du fichier ou d’un dossier sur son chemin)\u202f; miroir ne l’a pas lu.`,
    en: `leads outside the data folder (a symbolic link, of the file or of a folder on its way); miroir did not read it.`,
    todo: { fr: `Mettez le fichier lui-même dans le dossier des données.`, en: `Put the file itself in the data folder.` },
  },
  not_regular: {
    fr: `n’est pas un fichier ordinaire (un périphérique, un tube ou une socket)\u202f; miroir ne l’a pas lu.`,
    en: `is not a regular file (a device, a pipe or a socket); miroir did not read it.`,
    todo: { fr: `Mettez-y un vrai fichier.`, en: `Put a real file there.` },
  },
  loop: {
    fr: `passe par une boucle de liens symboliques (un lien qui mène à lui-même)\u202f; miroir ne l’a pas lu.`,
    en: `goes through a loop of symbolic links (a link that leads to itself); miroir did not read it.`,
    todo: { fr: `Remplacez le lien par le fichier.`, en: `Replace the link with the file.` },
  },
  too_large: {
    fr: `dépasse 512\u00a0Mo\u202f; miroir ne l’a pas lu.`,
    en: `is larger than 512 MB; miroir did not read it.`,
    todo: { fr: `Un fichier de données fait quelques mégaoctets\u00a0: exportez seulement les données utiles.`, en: `A data file is a few megabytes: export only the data needed.` },
  },
} as const;

/** « et 99 952 autres » after a list cut to its first names (data/caps.ts), or nothing. */
export function andMore(locale: Locale, more: unknown): string {
  const n = Number(more ?? 0);
  if (!(n > 0)) return '';
  return locale === 'fr' ? ` et ${n.toLocaleString('fr-FR')} autre${n > 1 ? 's' : ''}` : ` and ${n.toLocaleString('en-US')} more`;
}

const why = (reason: keyof typeof WHY, locale: Locale): string => WHY[reason][locale];
/** The hint of a refused file: what to put in its place. */
const todo = (reason: keyof typeof WHY) => ({ fr: () => WHY[reason].todo.fr, en: () => WHY[reason].todo.en });
const thisFile = { fr: 'ce fichier', en: 'this file' } as const;
const named = (locale: Locale, field: unknown, found: unknown): string =>
  locale === 'fr' ? `${q.fr(String(field))}\u00a0: le fichier ${q.fr(String(found))}` : `${q.en(String(field))}: the file ${q.en(String(found))}`;

export const fileMessages = defineMessages({
  'data.unread': {
    title: { fr: 'Tableau non lu', en: 'Spreadsheet not read' },
    description: {
      fr: 'Un tableau du dossier des données n’est lu par rien\u00a0: miroir ne lit que verbatims.csv ou verbatims.xlsx, et les fichiers de réponses nommés par une vague.',
      en: 'A spreadsheet of the data folder is read by nothing: miroir reads only verbatims.csv or verbatims.xlsx, and the responses files a wave names.',
    },
    fr: (p) => `${q.fr(p.name)} n’est pas lu\u00a0: miroir lit les verbatims dans ${q.fr('verbatims.csv')} ou ${q.fr('verbatims.xlsx')}, et les réponses d’une vague dans le fichier que nomme son ${q.fr('responses')}.`,
    en: (p) => `${q.en(p.name)} is not read: miroir reads the verbatims from ${q.en('verbatims.csv')} or ${q.en('verbatims.xlsx')}, and a wave’s answers from the file its ${q.en('responses')} names.`,
    hint: {
      fr: (p) => `Si ce sont des verbatims, ${p.rename ? `renommez-le ${q.fr(p.rename)}` : `enregistrez-le au format .xlsx sous le nom ${q.fr('verbatims.xlsx')}`} (à la place de l’actuel, s’il y en a un)\u202f; sinon, retirez-le du dossier.`,
      en: (p) => `If these are verbatims, ${p.rename ? `rename it ${q.en(p.rename)}` : `save it as .xlsx under the name ${q.en('verbatims.xlsx')}`} (in place of the current one, if any); otherwise, take it out of the folder.`,
    },
    example: { name: 'verbatims (1).csv', rename: 'verbatims.csv' },
  },
  'file.outside': {
    title: { fr: 'Fichier hors du dossier des données', en: 'Data file is a link that leaves the data folder' },
    description: { fr: 'Le fichier est un lien qui mène hors du dossier des données\u00a0: il n’est pas lu.', en: 'The file is a link leading outside the data folder: it is not read.' },
    fr: () => `${thisFile.fr} ${why('outside', 'fr')}`,
    en: () => `${thisFile.en} ${why('outside', 'en')}`,
    hint: todo('outside'),
    example: {},
  },
  'file.not_regular': {
    title: { fr: 'Fichier spécial', en: 'Data file is not a regular file' },
    description: { fr: 'Le fichier n’est pas un fichier ordinaire\u00a0: il n’est pas lu.', en: 'The file is not a regular file: it is not read.' },
    fr: () => `${thisFile.fr} ${why('not_regular', 'fr')}`,
    en: () => `${thisFile.en} ${why('not_regular', 'en')}`,
    hint: todo('not_regular'),
    example: {},
  },
  'file.loop': {
    title: { fr: 'Boucle de liens', en: 'Data file is a loop of links' },
    description: { fr: 'Le fichier passe par une boucle de liens symboliques\u00a0: il n’est pas lu.', en: 'The file goes through a loop of symbolic links: it is not read.' },
    fr: () => `${thisFile.fr} ${why('loop', 'fr')}`,
    en: () => `${thisFile.en} ${why('loop', 'en')}`,
    hint: todo('loop'),
    example: {},
  },
  'file.too_large': {
    title: { fr: 'Fichier trop gros', en: 'Data file too large' },
    description: { fr: 'Le fichier dépasse la taille qu’un fichier de données peut avoir\u00a0: il n’est pas lu.', en: 'The file is larger than a data file can be: it is not read.' },
    fr: () => `${thisFile.fr} ${why('too_large', 'fr')}`,
    en: () => `${thisFile.en} ${why('too_large', 'en')}`,
    hint: todo('too_large'),
    example: {},
  },
  'path.outside': {
    title: { fr: 'Fichier indiqué hors du dossier des données', en: 'Path leads outside the data folder' },
    description: { fr: 'Le fichier nommé est un lien qui mène hors du dossier des données\u00a0: il n’est pas lu.', en: 'The file named is a link leading outside the data folder: it is not read.' },
    fr: (p) => `${named('fr', p.field, p.found)} ${why('outside', 'fr')}`,
    en: (p) => `${named('en', p.field, p.found)} ${why('outside', 'en')}`,
    hint: todo('outside'),
    example: { field: 'logo', found: 'logo.svg' },
  },
  'path.not_regular': {
    title: { fr: 'Fichier indiqué spécial', en: 'Path is not a regular file' },
    description: { fr: 'Le fichier nommé n’est pas un fichier ordinaire\u00a0: il n’est pas lu.', en: 'The file named is not a regular file: it is not read.' },
    fr: (p) => `${named('fr', p.field, p.found)} ${why('not_regular', 'fr')}`,
    en: (p) => `${named('en', p.field, p.found)} ${why('not_regular', 'en')}`,
    hint: todo('not_regular'),
    example: { field: 'responses', found: 'barometer/2026-T1.csv' },
  },
  'path.loop': {
    title: { fr: 'Fichier indiqué en boucle de liens', en: 'Path is a loop of links' },
    description: { fr: 'Le fichier nommé passe par une boucle de liens symboliques\u00a0: il n’est pas lu.', en: 'The file named goes through a loop of symbolic links: it is not read.' },
    fr: (p) => `${named('fr', p.field, p.found)} ${why('loop', 'fr')}`,
    en: (p) => `${named('en', p.field, p.found)} ${why('loop', 'en')}`,
    hint: todo('loop'),
    example: { field: 'responses', found: 'barometer/2026-T1.csv' },
  },
  'path.too_large': {
    title: { fr: 'Fichier indiqué trop gros', en: 'Referenced file too large' },
    description: { fr: 'Le fichier nommé dépasse la taille qu’un fichier de données peut avoir.', en: 'The file named is larger than a data file can be.' },
    fr: (p) => `${named('fr', p.field, p.found)} ${why('too_large', 'fr')}`,
    en: (p) => `${named('en', p.field, p.found)} ${why('too_large', 'en')}`,
    hint: todo('too_large'),
    example: { field: 'responses', found: 'barometer/2026-T1.csv' },
  },
  'site.logo_content': {
    title: { fr: 'Logo au contenu inattendu', en: 'Logo is not an SVG or PNG image' },
    description: { fr: 'Le contenu du fichier de logo ne correspond pas à son extension.', en: 'The logo file’s content does not match its extension.' },
    fr: (p) => `${q.fr('logo')}\u00a0: le fichier ${q.fr(p.found)} n’est pas une image ${p.kind} (son contenu ne commence pas comme ${p.kind === 'PNG' ? 'une image PNG' : 'une image SVG, par ' + q.fr('<svg')}).`,
    en: (p) => `${q.en('logo')}: the file ${q.en(p.found)} is not ${p.kind === 'SVG' ? 'an' : 'a'} ${p.kind} image (its content does not start as ${p.kind === 'PNG' ? 'a PNG image does' : 'an SVG image does, with ' + q.en('<svg')}).`,
    hint: { fr: () => `Enregistrez le logo en SVG ou en PNG depuis votre logiciel de dessin.`, en: () => `Save the logo as SVG or PNG from your drawing software.` },
    example: { found: 'logo.svg', kind: 'SVG' },
  },
  'site.poster_url_too_long': {
    title: { fr: 'Adresse de l’affiche trop longue', en: 'Poster address too long for a QR code' },
    description: { fr: 'L’adresse est trop longue pour tenir dans un QR code lisible.', en: 'The address is too long to fit a readable QR code.' },
    fr: (p) => `${q.fr('url')} fait ${p.length} caractères (une fois codée)\u202f; un code QR en contient au plus ${p.max}, et une adresse courte se lit mieux.`,
    en: (p) => `${q.en('url')} is ${p.length} characters long (once encoded); a QR code holds at most ${p.max}, and a short address scans best.`,
    hint: { fr: () => `Mettez une adresse plus courte (la page d’accueil du site, par exemple).`, en: () => `Use a shorter address (the site’s home page, for instance).` },
    example: { length: 3021, max: 2331 },
  },
  'yaml.aliases': {
    title: { fr: 'Trop d’alias YAML', en: 'Too many aliases' },
    description: { fr: 'Le fichier répète trop de valeurs par des alias (un fichier piégé, le plus souvent).', en: 'The file repeats too many values through aliases (most often a booby-trapped file).' },
    fr: (p) => `ce fichier répète trop de valeurs par des alias (${q.fr('*nom')})\u00a0: une fois déroulés, ils dépasseraient ${p.max} valeurs.`,
    en: (p) => `this file repeats too many values through aliases (${q.en('*name')}): expanded, they would exceed ${p.max} values.`,
    hint: { fr: () => `Écrivez les valeurs en entier plutôt qu’avec des alias.`, en: () => `Write the values out instead of using aliases.` },
    example: { max: 100 },
  },
  'yaml.too_deep': {
    title: { fr: 'Valeurs trop imbriquées', en: 'Values nested too deep' },
    description: { fr: 'Les valeurs sont imbriquées bien plus profondément qu’un fichier de données ne le fait.', en: 'The values are nested far deeper than a data file does.' },
    fr: (p) => `les valeurs sont imbriquées ici sur plus de ${p.max} niveaux\u202f; un fichier de données en a quelques-uns.`,
    en: (p) => `values are nested more than ${p.max} levels deep here; a data file has a few.`,
    hint: { fr: () => `Vérifiez les crochets, les accolades et l’indentation.`, en: () => `Check the brackets, braces and indentation.` },
    example: { max: 64 },
  },
  'key.reserved': {
    title: { fr: 'Nom réservé', en: 'Reserved name' },
    description: { fr: 'Une clé porte un nom réservé par le langage.', en: 'A key has a name the language reserves.' },
    fr: (p) => `${q.fr(p.key)} est un nom réservé et ne peut pas servir ici.`,
    en: (p) => `${q.en(p.key)} is a reserved name and cannot be used here.`,
    hint: { fr: () => `Choisissez un autre nom.`, en: () => `Choose another name.` },
    example: { key: '__proto__' },
  },
  'privacy.unmasked': {
    title: { fr: 'Coordonnées dans un champ non masqué', en: 'Contact details in a field that is not masked' },
    description: { fr: 'Un champ affiché tel quel (canal, site, fait marquant, action, segment) contient une adresse e-mail ou un numéro de téléphone.', en: 'A field shown as written (channel, site, highlight, action, segment) holds an e-mail address or a phone number.' },
    fr: (p) =>
      `${q.fr(p.field)} contient ce qui ressemble à ${p.kind === 'email' ? 'une adresse e-mail' : 'un numéro de téléphone'}\u202f; ce champ n’est pas masqué et s’affiche tel quel sur le mur et l’affiche.`,
    en: (p) =>
      `${q.en(p.field)} holds what looks like ${p.kind === 'email' ? 'an e-mail address' : 'a phone number'}; this field is not masked and is shown as written on the wall and the poster.`,
    hint: {
      fr: (p) => `Retirez-${p.kind === 'email' ? 'la' : 'le'} s’il s’agit des coordonnées d’une personne.`,
      en: () => `Remove it if it is someone’s contact details.`,
    },
    example: { field: 'channel', kind: 'phone' },
  },
  'problems.more': {
    title: { fr: 'Autres problèmes du même genre', en: 'More problems of the same kind' },
    description: { fr: 'Au-delà des premiers, les problèmes répétés d’un fichier sont comptés sans être listés.', en: 'Past the first ones, a file’s repeated problems are counted, not listed.' },
    fr: (p) => `et ${Number(p.count).toLocaleString('fr-FR')} autre${Number(p.count) > 1 ? 's' : ''} problème${Number(p.count) > 1 ? 's' : ''} du même genre dans ce fichier\u202f; les ${p.shown} premiers sont listés.`,
    en: (p) => `and ${Number(p.count).toLocaleString('en-US')} more problem${Number(p.count) > 1 ? 's' : ''} of the same kind in this file; the first ${p.shown} are listed.`,
    hint: { fr: () => `Corrigez-les, puis relancez la vérification.`, en: () => `Fix them, then check again.` },
    example: { count: 99950, shown: 50 },
  },
});
