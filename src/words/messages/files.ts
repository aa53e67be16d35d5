// Messages about what miroir refuses to read (links that leave the data folder, devices,
// pipes) and about inputs built to exhaust it (alias bombs, deep nesting, huge lists).
// None of them shows a byte of the refused file: only its name as written in the data.
import type { Locale } from './define.ts';
import { defineMessages, q } from './define.ts';

const WHY = {
  outside: {
    fr: `mène hors du dossier des données (un lien symbolique, du fichier ou d’un dossier sur son chemin)\u00a0; miroir ne l’a pas lu. Mettez le fichier lui-même dans le dossier des données.`,
    en: `leads outside the data folder (a symbolic link, of the file or of a folder on its way); miroir did not read it. Put the file itself in the data folder.`,
  },
  not_regular: {
    fr: `n’est pas un fichier ordinaire (un périphérique, un tube ou une socket)\u00a0; miroir ne l’a pas lu. Mettez-y un vrai fichier.`,
    en: `is not a regular file (a device, a pipe or a socket); miroir did not read it. Put a real file there.`,
  },
  loop: {
    fr: `passe par une boucle de liens symboliques (un lien qui mène à lui-même)\u00a0; miroir ne l’a pas lu. Remplacez le lien par le fichier.`,
    en: `goes through a loop of symbolic links (a link that leads to itself); miroir did not read it. Replace the link with the file.`,
  },
  too_large: {
    fr: `dépasse 512\u00a0Mo\u00a0; miroir ne l’a pas lu. Un fichier de données fait quelques mégaoctets\u00a0: exportez seulement les données utiles.`,
    en: `is larger than 512 MB; miroir did not read it. A data file is a few megabytes: export only the data needed.`,
  },
} as const;

const why = (reason: keyof typeof WHY, locale: Locale): string => WHY[reason][locale];
const thisFile = { fr: 'ce fichier', en: 'this file' } as const;
const named = (locale: Locale, field: unknown, found: unknown): string =>
  locale === 'fr' ? `${q.fr(String(field))}\u00a0: le fichier ${q.fr(String(found))}` : `${q.en(String(field))}: the file ${q.en(String(found))}`;

export const fileMessages = defineMessages({
  'file.outside': {
    title: 'Data file is a link that leaves the data folder',
    fr: () => `${thisFile.fr} ${why('outside', 'fr')}`,
    en: () => `${thisFile.en} ${why('outside', 'en')}`,
    example: {},
  },
  'file.not_regular': {
    title: 'Data file is not a regular file',
    fr: () => `${thisFile.fr} ${why('not_regular', 'fr')}`,
    en: () => `${thisFile.en} ${why('not_regular', 'en')}`,
    example: {},
  },
  'file.loop': {
    title: 'Data file is a loop of links',
    fr: () => `${thisFile.fr} ${why('loop', 'fr')}`,
    en: () => `${thisFile.en} ${why('loop', 'en')}`,
    example: {},
  },
  'file.too_large': {
    title: 'Data file too large',
    fr: () => `${thisFile.fr} ${why('too_large', 'fr')}`,
    en: () => `${thisFile.en} ${why('too_large', 'en')}`,
    example: {},
  },
  'path.outside': {
    title: 'Path leads outside the data folder',
    fr: (p) => `${named('fr', p.field, p.found)} ${why('outside', 'fr')}`,
    en: (p) => `${named('en', p.field, p.found)} ${why('outside', 'en')}`,
    example: { field: 'logo', found: 'logo.svg' },
  },
  'path.not_regular': {
    title: 'Path is not a regular file',
    fr: (p) => `${named('fr', p.field, p.found)} ${why('not_regular', 'fr')}`,
    en: (p) => `${named('en', p.field, p.found)} ${why('not_regular', 'en')}`,
    example: { field: 'responses', found: 'barometer/2026-T1.csv' },
  },
  'path.loop': {
    title: 'Path is a loop of links',
    fr: (p) => `${named('fr', p.field, p.found)} ${why('loop', 'fr')}`,
    en: (p) => `${named('en', p.field, p.found)} ${why('loop', 'en')}`,
    example: { field: 'responses', found: 'barometer/2026-T1.csv' },
  },
  'path.too_large': {
    title: 'Referenced file too large',
    fr: (p) => `${named('fr', p.field, p.found)} ${why('too_large', 'fr')}`,
    en: (p) => `${named('en', p.field, p.found)} ${why('too_large', 'en')}`,
    example: { field: 'responses', found: 'barometer/2026-T1.csv' },
  },
  'site.logo_content': {
    title: 'Logo is not an SVG or PNG image',
    fr: (p) => `${q.fr('logo')}\u00a0: le fichier ${q.fr(p.found)} n’est pas une image ${p.kind} (son contenu ne commence pas comme ${p.kind === 'PNG' ? 'une image PNG' : 'une image SVG, par ' + q.fr('<svg')}). Enregistrez le logo en SVG ou en PNG depuis votre logiciel de dessin.`,
    en: (p) => `${q.en('logo')}: the file ${q.en(p.found)} is not a ${p.kind} image (its content does not start as ${p.kind === 'PNG' ? 'a PNG image does' : 'an SVG image does, with ' + q.en('<svg')}). Save the logo as SVG or PNG from your drawing software.`,
    example: { found: 'logo.svg', kind: 'SVG' },
  },
  'site.poster_url_too_long': {
    title: 'Poster address too long for a QR code',
    fr: (p) => `${q.fr('url')} fait ${p.length} caractères (une fois codée) ; un code QR en contient au plus ${p.max}, et une adresse courte se lit mieux. Mettez une adresse plus courte (la page d’accueil du site, par exemple).`,
    en: (p) => `${q.en('url')} is ${p.length} characters long (once encoded); a QR code holds at most ${p.max}, and a short address scans best. Use a shorter address (the site's home page, for instance).`,
    example: { length: 3021, max: 2331 },
  },
  'yaml.aliases': {
    title: 'Too many aliases',
    fr: (p) => `ce fichier répète trop de valeurs par des alias (${q.fr('*nom')})\u00a0: une fois déroulés, ils dépasseraient ${p.max} valeurs. Écrivez les valeurs en entier plutôt qu’avec des alias.`,
    en: (p) => `this file repeats too many values through aliases (${q.en('*name')}): expanded, they would exceed ${p.max} values. Write the values out instead of using aliases.`,
    example: { max: 100 },
  },
  'yaml.too_deep': {
    title: 'Values nested too deep',
    fr: (p) => `les valeurs sont imbriquées ici sur plus de ${p.max} niveaux\u00a0; un fichier de données en a quelques-uns. Vérifiez les crochets, les accolades et l’indentation.`,
    en: (p) => `values are nested more than ${p.max} levels deep here; a data file has a few. Check the brackets, braces and indentation.`,
    example: { max: 64 },
  },
  'key.reserved': {
    title: 'Reserved name',
    fr: (p) => `${q.fr(p.key)} est un nom réservé et ne peut pas servir ici. Choisissez un autre nom.`,
    en: (p) => `${q.en(p.key)} is a reserved name and cannot be used here. Choose another name.`,
    example: { key: '__proto__' },
  },
  'problems.more': {
    title: 'More problems of the same kind',
    fr: (p) => `et ${p.count} autre${Number(p.count) > 1 ? 's' : ''} problème${Number(p.count) > 1 ? 's' : ''} du même genre dans ce fichier\u00a0; les ${p.shown} premiers sont listés. Corrigez-les, puis relancez la vérification.`,
    en: (p) => `and ${p.count} more problem${Number(p.count) > 1 ? 's' : ''} of the same kind in this file; the first ${p.shown} are listed. Fix them, then check again.`,
    example: { count: 99950, shown: 50 },
  },
});
