// Loading verbatims.csv / verbatims.yaml: encodings, separators, header aliases,
// site.yaml columns, cell checks with their exact FILE:LINE:COL, masking, order.
import { FIXTURES as FIXTURE_ROOT } from '../../../helpers/cli.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import type { Locale, SiteConfig, Verbatim } from '../../../../src/model.ts';
import { readDate } from '../../../../src/data/dates.ts';
import { readWhen, Problem } from '../../../../src/data/verbatims/fields.ts';
import { deriveSentiment, readVerbatims } from '../../../../src/data/verbatims/read.ts';
import { publishVerbatims } from '../../../../src/privacy/verbatims.ts';
import { defaultSite } from '../../../../src/data/site/read.ts';

const FIXTURES = path.join(FIXTURE_ROOT, 'verbatims');

function site(locale: Locale = 'fr', columns: Record<string, string> = {}): SiteConfig {
  const base = defaultSite(locale, 'Test');
  return { ...base, verbatims: { ...base.verbatims, columns } };
}

function load(dir: string, locale: Locale = 'fr', columns: Record<string, string> = {}): { verbatims: Verbatim[]; lines: string[] } {
  const diags = new Diagnostics();
  // Read, then masked: the load step's two steps.
  const verbatims = publishVerbatims(readVerbatims(dir, site(locale, columns), diags), locale, diags);
  return { verbatims, lines: diags.sorted().map((d) => formatDiagnostic(d, locale)) };
}

const fixture = (name: string): string => path.join(FIXTURES, name);

// French Excel "CSV (séparateur : point-virgule)": Windows-1252, CRLF, DD/MM/YYYY,
// decimal commas, no-break spaces in amounts, a cell on two lines, blank rows.
// Line numbers below are the physical lines of the file (index + 1).
const EXCEL_LINES = [
  'Date;Commentaire;Étoiles;Tonalité;Agence;Équipe;Client;À la une;N° dossier;Remarque interne',
  '15/03/2026;Accueil très chaleureux, merci à Léa !;4,5;positif;Lyon;Accueil;Mme Martin;oui;A-1;',
  '16/03/2026;"Livraison en retard ; j’ai dû rappeler trois fois au 06 12 34 56 78.";2;négatif;Paris;SAV;M. Durand;non;A-2;rappel',
  '',
  '17/03/2026;"Conseillère à l’écoute.',
  'Produit conforme, prix 1\u00a0234,50\u00a0€ correct.";3,5;;Lyon;Vente;;;A-3;',
  '31/02/2026;Date impossible;4;;;;;;A-4;',
  '18/03/2026;;5;;;;;;A-5;',
  '19/03/2026;Très bien;6;;;;;;A-6;',
  '19/03/2026;Bof;3;mitigé;;;;;A-7;',
  '20/03/2026 09:15;Super, écrivez-moi à jean.dupont@exemple.fr;5;;Lyon;;jean.dupont@exemple.fr;1;A-8;',
  ';;;;;;;;;',
  '21/03/2026;Rien à dire;4;positiv;;;;;A-9;',
  '22/03/2026;Parfait;4.5;;;;;peut-être;A-10;',
];

/** Windows-1252 as Excel writes it: Latin-1, plus the typographic characters it maps to 0x80–0x9F. */
function cp1252(s: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '…': 0x85, 'œ': 0x9c };
  return Buffer.from([...s].map((c) => extra[c] ?? Buffer.from(c, 'latin1')[0]!));
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'miroir-verbatims-'));
  mkdirSync(path.join(tmp, 'excel-fr'));
  writeFileSync(path.join(tmp, 'excel-fr', 'verbatims.csv'), cp1252(EXCEL_LINES.join('\r\n') + '\r\n'));
  mkdirSync(path.join(tmp, 'nothing'));
  mkdirSync(path.join(tmp, 'long'));
  // 2001 characters: one too many. 2000 emoji are 4000 UTF-16 units but 2000 characters: fine.
  // An author of 501 characters is one too many (500); a 70-digit date is shown cut to 57 characters and an ellipsis.
  writeFileSync(
    path.join(tmp, 'long', 'verbatims.csv'),
    `date;text;author\n2026-03-01;${'x'.repeat(2001)};\n2026-03-02;${'😀'.repeat(2000)};\n2026-03-03;ok;${'a'.repeat(501)}\n${'9'.repeat(70)};ok;\n`,
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('French Excel export (Windows-1252, ;, CRLF)', () => {
  it('is really Windows-1252: É, ’ and € as single bytes, not UTF-8', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path.join(tmp, 'excel-fr', 'verbatims.csv'));
    expect(bytes.includes(0xc9)).toBe(true); // É of « Étoiles »
    expect(bytes.includes(0x92)).toBe(true); // ’
    expect(bytes.includes(0x80)).toBe(true); // €
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('reads every valid row, masked, latest first', () => {
    const { verbatims } = load(path.join(tmp, 'excel-fr'));
    expect(verbatims).toEqual([
      // line 11: stars 5 → positive (no Tonalité); « 1 » → featured; e-mail masked in text and author.
      { date: '2026-03-20', time: '09:15', text: 'Super, écrivez-moi à [e-mail masqué]', sentiment: 'positive', stars: 5, site: 'Lyon', author: '[e-mail masqué]', featured: true },
      // lines 5–6: the quoted cell keeps its line break (CRLF → LF); 3,5 stars with no Tonalité → neutral (only ≥ 4 is positive).
      {
        date: '2026-03-17',
        text: 'Conseillère à l’écoute.\nProduit conforme, prix 1\u00a0234,50\u00a0€ correct.',
        sentiment: 'neutral',
        stars: 3.5,
        site: 'Lyon',
        team: 'Vente',
        featured: false,
      },
      { date: '2026-03-16', text: 'Livraison en retard ; j’ai dû rappeler trois fois au [téléphone masqué].', sentiment: 'negative', stars: 2, site: 'Paris', team: 'SAV', author: 'M. Durand', featured: false },
      { date: '2026-03-15', text: 'Accueil très chaleureux, merci à Léa !', sentiment: 'positive', stars: 4.5, site: 'Lyon', team: 'Accueil', author: 'Mme Martin', featured: true },
    ]);
  });

  it('reports each problem at its cell, in French', () => {
    // Columns: « N° dossier » starts after "Date;Commentaire;Étoiles;Tonalité;Agence;Équipe;Client;À la une;"
    // = 5 + 12 + 8 + 9 + 7 + 7 + 7 + 9 = 64 characters → col 65.
    // Line 3: the text cell starts after "16/03/2026;" (11) → col 12.
    // Line 7 is the record after the two-line cell of lines 5–6: its physical line, not the 6th record.
    // Line 8: text after "18/03/2026;" → col 12. Line 9: stars after "19/03/2026;Très bien;" (11 + 10) → col 22.
    // Line 10: Tonalité after "19/03/2026;Bof;3;" (11 + 4 + 2) → col 18.
    // Line 11: text after "20/03/2026 09:15;" (17) → col 18; Client after 17 + 44 ("Super, … exemple.fr;") + 2 ("5;")
    //   + 1 (";") + 5 ("Lyon;") + 1 (";") = 70 → col 71.
    // Line 12 (only separators) is a blank row. Line 13: Tonalité after "21/03/2026;Rien à dire;4;" (11 + 12 + 2) → col 26.
    // Line 14: À la une after "22/03/2026;Parfait;4.5;;;;;" (11 + 8 + 4 + 4) → col 28.
    expect(load(path.join(tmp, 'excel-fr')).lines).toEqual([
      'excel-fr/verbatims.csv:1:65: warning: colonnes ignorées, car miroir ne les connaît pas\u00a0: «\u202fN° dossier\u202f», «\u202fRemarque interne\u202f». Colonnes reconnues\u00a0: date, text, sentiment, nps, stars, channel, site, team, theme, author, featured. Pour en utiliser une sous un autre nom, indiquez-la dans site.yaml («\u202fverbatims.columns\u202f»).',
      'excel-fr/verbatims.csv:3:12: warning: «\u202fCommentaire\u202f» contient un numéro de téléphone\u00a0: il est remplacé par «\u202f[téléphone masqué]\u202f» et ne sera jamais publié. Rien à faire\u00a0: le masquage est automatique. Pour ne plus voir cet avertissement, effacez cette donnée du fichier.',
      'excel-fr/verbatims.csv:7:1: error: «\u202fDate\u202f»\u00a0: «\u202f31/02/2026\u202f» n’est pas une date valide. Écrivez AAAA-MM-JJ (2026-03-15) ou JJ/MM/AAAA (15/03/2026).',
      // Line 8 has no text: skipped, with one warning (a rating without a comment is not an error).
      'excel-fr/verbatims.csv:8:12: warning: 1 ligne n’a pas de texte dans «\u202fCommentaire\u202f»\u00a0: elle est ignorée (ligne 8). Rien à faire si cette ligne est vide exprès\u202f; sinon, remplissez son texte.',
      'excel-fr/verbatims.csv:9:22: error: «\u202fÉtoiles\u202f» doit être compris entre 1 et 5 (trouvé\u00a0: 6). Écrivez un nombre de 1 à 5.',
      'excel-fr/verbatims.csv:10:18: error: «\u202fTonalité\u202f» ne peut pas valoir «\u202fmitigé\u202f»\u202f; valeurs possibles\u00a0: positif, neutre, négatif (ou positive, neutral, negative). Écrivez l’une de ces valeurs.',
      'excel-fr/verbatims.csv:11:18: warning: «\u202fCommentaire\u202f» contient une adresse e-mail\u00a0: elle est remplacée par «\u202f[e-mail masqué]\u202f» et ne sera jamais publiée. Rien à faire\u00a0: le masquage est automatique. Pour ne plus voir cet avertissement, effacez cette donnée du fichier.',
      'excel-fr/verbatims.csv:11:71: warning: «\u202fClient\u202f» contient une adresse e-mail\u00a0: elle est remplacée par «\u202f[e-mail masqué]\u202f» et ne sera jamais publiée. Rien à faire\u00a0: le masquage est automatique. Pour ne plus voir cet avertissement, effacez cette donnée du fichier.',
      'excel-fr/verbatims.csv:13:26: error: «\u202fTonalité\u202f» ne peut pas valoir «\u202fpositiv\u202f»\u202f; valeurs possibles\u00a0: positif, neutre, négatif (ou positive, neutral, negative). Vouliez-vous dire «\u202fpositif\u202f»\u202f?',
      'excel-fr/verbatims.csv:14:28: error: «\u202fÀ la une\u202f» doit être oui ou non (trouvé\u00a0: «\u202fpeut-être\u202f»). Écrivez oui ou non à la place.',
    ]);
  });

  it('says the same in English, and masks with English placeholders', () => {
    const { verbatims, lines } = load(path.join(tmp, 'excel-fr'), 'en');
    expect(verbatims[0]!.text).toBe('Super, écrivez-moi à [email hidden]');
    expect(verbatims[2]!.text).toBe('Livraison en retard ; j’ai dû rappeler trois fois au [phone hidden].');
    expect(lines).toEqual([
      'excel-fr/verbatims.csv:1:65: warning: columns ignored, as miroir does not know them: “N° dossier”, “Remarque interne”. Known columns: date, text, sentiment, nps, stars, channel, site, team, theme, author, featured. To use one under another name, name it in site.yaml (“verbatims.columns”).',
      'excel-fr/verbatims.csv:3:12: warning: “Commentaire” contains a phone number: it is replaced by “[phone hidden]” and will never be published. Nothing to do: the masking is automatic. To stop seeing this warning, delete it from the file.',
      'excel-fr/verbatims.csv:7:1: error: “Date”: “31/02/2026” is not a valid date. Write YYYY-MM-DD (2026-03-15) or DD/MM/YYYY (15/03/2026).',
      'excel-fr/verbatims.csv:8:12: warning: 1 row has no text in “Commentaire”: skipped (line 8). Nothing to do if this row is empty on purpose; otherwise fill in its text.',
      'excel-fr/verbatims.csv:9:22: error: “Étoiles” must be between 1 and 5 (found: 6). Write a number from 1 to 5.',
      'excel-fr/verbatims.csv:10:18: error: “Tonalité” cannot be “mitigé”; possible values: positive, neutral, negative (or positif, neutre, négatif). Write one of these values.',
      'excel-fr/verbatims.csv:11:18: warning: “Commentaire” contains an email address: it is replaced by “[email hidden]” and will never be published. Nothing to do: the masking is automatic. To stop seeing this warning, delete it from the file.',
      'excel-fr/verbatims.csv:11:71: warning: “Client” contains an email address: it is replaced by “[email hidden]” and will never be published. Nothing to do: the masking is automatic. To stop seeing this warning, delete it from the file.',
      'excel-fr/verbatims.csv:13:26: error: “Tonalité” cannot be “positiv”; possible values: positive, neutral, negative (or positif, neutre, négatif). Did you mean “positive”?',
      'excel-fr/verbatims.csv:14:28: error: “À la une” must be yes or no (found: “peut-être”). Write yes or no instead.',
    ]);
  });
});

describe('other CSV forms', () => {
  it('UTF-8 with BOM, commas, ISO dates with T or space, English headers', () => {
    const { verbatims, lines } = load(fixture('bom'), 'en');
    expect(verbatims).toEqual([
      // 2026-03-20 without time sorts before 2026-03-19 08:00; explicit neutral kept.
      { date: '2026-03-20', text: 'Call me on [phone hidden]', sentiment: 'neutral', author: 'Ann ([email hidden])', featured: false },
      { date: '2026-03-19', time: '08:00', text: 'OK, I guess', sentiment: 'neutral', nps: 7, featured: false }, // nps 7 → neutral
      { date: '2026-03-18', time: '14:02', text: 'Great service, thank you', sentiment: 'positive', nps: 9, channel: 'web', site: 'Lyon', team: 'SAV', theme: 'delivery', featured: true },
      { date: '2026-03-18', text: 'Too slow', sentiment: 'negative', stars: 1.5, channel: 'phone', site: 'Paris', featured: false }, // 1.5 ≤ 2
    ]);
    // Line 5: nps after "2026-03-19,Bad,negative," (11 + 4 + 9) → col 25.
    // Line 6: text after "2026-03-20," → col 12; author after 11 + 30 ('"Call me on +44 20 7946 0958",') + 8 ("neutral,") + 6 (",,,,,,") = 55 → col 56.
    expect(lines).toEqual([
      'bom/verbatims.csv:5:25: error: “nps” must be between 0 and 10 (found: 11). Write a number from 0 to 10.',
      'bom/verbatims.csv:6:12: warning: “text” contains a phone number: it is replaced by “[phone hidden]” and will never be published. Nothing to do: the masking is automatic. To stop seeing this warning, delete it from the file.',
      'bom/verbatims.csv:6:56: warning: “author” contains an email address: it is replaced by “[email hidden]” and will never be published. Nothing to do: the masking is automatic. To stop seeing this warning, delete it from the file.',
    ]);
  });

  it('tab-separated, French aliases (Horodateur, Verbatim, Recommandation, Note, Canal, Magasin, Service, Thème, Auteur, Épinglé)', () => {
    const { verbatims, lines } = load(fixture('tabs'));
    expect(verbatims).toEqual([
      { date: '2026-03-12', text: 'Correct sans plus', sentiment: 'neutral', stars: 3, channel: 'téléphone', site: 'bordeaux', featured: false },
      { date: '2026-03-10', time: '10:00', text: "Le vendeur m'a bien conseillé", sentiment: 'positive', nps: 10, channel: 'magasin', site: 'Bordeaux', team: 'Vente', theme: 'Conseil', author: 'Client fidèle', featured: true },
    ]);
    // Line 3: Recommandation after "2026-03-11\t" (11) + "Pas de réponse à mon mail\t" (26) → col 38.
    expect(lines).toEqual(['tabs/verbatims.csv:3:38: error: «\u202fRecommandation\u202f» doit être un nombre entier (trouvé\u00a0: «\u202f7,5\u202f»). Écrivez un nombre entier à la place.']);
  });

  const FORMS_UNKNOWN_FR =
    'google-forms/verbatims.csv:1:64: warning: colonnes ignorées, car miroir ne les connaît pas\u00a0: «\u202fVotre agence\u202f». Colonnes reconnues\u00a0: date, text, sentiment, nps, stars, channel, site, team, theme, author, featured. Pour en utiliser une sous un autre nom, indiquez-la dans site.yaml («\u202fverbatims.columns\u202f»).';

  it('Google Forms export mapped through verbatims.columns (field: "header", as the contract writes it)', () => {
    const { verbatims, lines } = load(fixture('google-forms'), 'fr', { text: 'Votre commentaire', stars: 'Note sur 5', author: 'Adresse e-mail' });
    expect(verbatims).toEqual([
      { date: '2026-03-16', time: '09:30', text: 'Trop d\'attente au "drive", 20 minutes', sentiment: 'negative', stars: 2, featured: false },
      { date: '2026-03-15', time: '14:02', text: 'Très satisfaite du suivi, merci !', sentiment: 'positive', stars: 5, author: '[e-mail masqué]', featured: false },
    ]);
    // « Votre agence » after '"Horodateur","Votre commentaire","Note sur 5","Adresse e-mail",' = 13 + 20 + 13 + 17 = 63 → col 64.
    // Line 2: author after '"15/03/2026 14:02:11",' (22) + '"Très satisfaite du suivi, merci !",' (36) + '"5",' (4) = 62 → col 63.
    expect(lines).toEqual([
      FORMS_UNKNOWN_FR,
      'google-forms/verbatims.csv:2:63: warning: «\u202fAdresse e-mail\u202f» contient une adresse e-mail\u00a0: elle est remplacée par «\u202f[e-mail masqué]\u202f» et ne sera jamais publiée. Rien à faire\u00a0: le masquage est automatique. Pour ne plus voir cet avertissement, effacez cette donnée du fichier.',
      'google-forms/verbatims.csv:4:1: error: «\u202fHorodateur\u202f»\u00a0: «\u202f16/03/2026 25:30:00\u202f» n’est pas une date valide. Écrivez AAAA-MM-JJ (2026-03-15) ou JJ/MM/AAAA (15/03/2026).',
    ]);
  });

  it('reads columns as loadSite hands them over too ("header": field), headers matched the forgiving way', () => {
    const { verbatims } = load(fixture('google-forms'), 'fr', { 'votre COMMENTAIRE': 'text', 'Note sur 5': 'stars', horodateur: 'date' });
    expect(verbatims.map((v) => [v.date, v.time, v.stars, v.sentiment])).toEqual([
      ['2026-03-16', '09:30', 2, 'negative'],
      ['2026-03-15', '14:02', 5, 'positive'],
    ]);
  });

  it('a missing text column names the headers found and suggests verbatims.columns', () => {
    const { verbatims, lines } = load(fixture('google-forms'));
    expect(verbatims).toEqual([]);
    expect(lines).toEqual([
      'google-forms/verbatims.csv:1:1: error: la colonne «\u202ftext\u202f» est obligatoire mais introuvable. En-têtes trouvés\u00a0: «\u202fHorodateur\u202f», «\u202fVotre commentaire\u202f», «\u202fNote sur 5\u202f», «\u202fAdresse e-mail\u202f», «\u202fVotre agence\u202f». Renommez l’en-tête (text, verbatim, texte, commentaire, comment) ou indiquez la colonne dans site.yaml\u00a0: «\u202fverbatims: { columns: { text: "Votre commentaire" } }\u202f».',
      'google-forms/verbatims.csv:1:14: warning: colonnes ignorées, car miroir ne les connaît pas\u00a0: «\u202fVotre commentaire\u202f» («\u202fcommentaire\u202f»\u202f?), «\u202fNote sur 5\u202f» («\u202fnote\u202f»\u202f?), «\u202fAdresse e-mail\u202f», «\u202fVotre agence\u202f». Colonnes reconnues\u00a0: date, text, sentiment, nps, stars, channel, site, team, theme, author, featured. Pour en utiliser une sous un autre nom, indiquez-la dans site.yaml («\u202fverbatims.columns\u202f»).',
    ]);
    expect(load(fixture('google-forms'), 'en').lines[0]).toBe(
      'google-forms/verbatims.csv:1:1: error: the column “text” is required but missing. Headers found: “Horodateur”, “Votre commentaire”, “Note sur 5”, “Adresse e-mail”, “Votre agence”. Rename the header (text, verbatim, texte, commentaire, comment) or name the column in site.yaml: “verbatims: { columns: { text: "Votre commentaire" } }”.',
    );
  });

  it('a column named in verbatims.columns that the file lacks', () => {
    const { lines } = load(fixture('google-forms'), 'en', { text: 'Votre avis' });
    expect(lines[0]).toBe(
      'google-forms/verbatims.csv:1:1: error: site.yaml (“verbatims.columns”) maps the field “text” to the column “Votre avis”, but this file has no column of that name. Headers found: “Horodateur”, “Votre commentaire”, “Note sur 5”, “Adresse e-mail”, “Votre agence”. In site.yaml, copy one of the headers found exactly.',
    );
    expect(load(fixture('google-forms'), 'fr', { text: 'Votre avis' }).lines[0]).toBe(
      'google-forms/verbatims.csv:1:1: error: site.yaml («\u202fverbatims.columns\u202f») associe le champ «\u202ftext\u202f» à la colonne «\u202fVotre avis\u202f», mais ce fichier n’a pas de colonne de ce nom. En-têtes trouvés\u00a0: «\u202fHorodateur\u202f», «\u202fVotre commentaire\u202f», «\u202fNote sur 5\u202f», «\u202fAdresse e-mail\u202f», «\u202fVotre agence\u202f». Dans site.yaml, recopiez à l’identique l’un des en-têtes trouvés.',
    );
  });

  it('two columns for one field: the first (or the one named in columns) wins, the other is ignored with a warning', () => {
    const plain = load(fixture('duplicate-columns'));
    // Étoiles 4 is used, Note 2 ignored → 4 ≥ 4 → positive.
    expect(plain.verbatims).toEqual([{ date: '2026-03-13', text: 'Bien', sentiment: 'positive', stars: 4, featured: false }]);
    // « Jour de visite » after "Date;" → col 6; « Note » after "Date;Jour de visite;Texte;Étoiles;" (5 + 15 + 6 + 8) → col 35;
    // « Commentaire » after 34 + "Note;" (5) → col 40.
    expect(plain.lines).toEqual([
      'duplicate-columns/verbatims.csv:1:6: warning: colonnes ignorées, car miroir ne les connaît pas\u00a0: «\u202fJour de visite\u202f». Colonnes reconnues\u00a0: date, text, sentiment, nps, stars, channel, site, team, theme, author, featured. Pour en utiliser une sous un autre nom, indiquez-la dans site.yaml («\u202fverbatims.columns\u202f»).',
      'duplicate-columns/verbatims.csv:1:35: warning: la colonne «\u202fNote\u202f» est ignorée\u00a0: le champ «\u202fstars\u202f» vient déjà de la colonne «\u202fÉtoiles\u202f». Rien à faire si c’est la bonne colonne qui est lue\u202f; sinon, indiquez celle à lire dans site.yaml («\u202fverbatims.columns\u202f»).',
      'duplicate-columns/verbatims.csv:1:40: warning: la colonne «\u202fCommentaire\u202f» est ignorée\u00a0: le champ «\u202ftext\u202f» vient déjà de la colonne «\u202fTexte\u202f». Rien à faire si c’est la bonne colonne qui est lue\u202f; sinon, indiquez celle à lire dans site.yaml («\u202fverbatims.columns\u202f»).',
    ]);
    const mapped = load(fixture('duplicate-columns'), 'en', { date: 'Jour de visite' });
    expect(mapped.verbatims.map((v) => v.date)).toEqual(['2026-03-14']);
    expect(mapped.lines).toEqual([
      'duplicate-columns/verbatims.csv:1:1: warning: the column “Date” is ignored: the field “date” already comes from the column “Jour de visite”. Nothing to do if the right column is read; otherwise name the one to read in site.yaml (“verbatims.columns”).',
      'duplicate-columns/verbatims.csv:1:35: warning: the column “Note” is ignored: the field “stars” already comes from the column “Étoiles”. Nothing to do if the right column is read; otherwise name the one to read in site.yaml (“verbatims.columns”).',
      'duplicate-columns/verbatims.csv:1:40: warning: the column “Commentaire” is ignored: the field “text” already comes from the column “Texte”. Nothing to do if the right column is read; otherwise name the one to read in site.yaml (“verbatims.columns”).',
    ]);
  });

  it('a row split by an unquoted separator is an error; trailing empty cells are not', () => {
    const { verbatims, lines } = load(fixture('extra-cells'));
    expect(verbatims).toEqual([{ date: '2026-03-02', text: 'Bien, mais cher', sentiment: 'neutral', site: 'Lyon', featured: false }]);
    // The 4th cell starts after "2026-03-01,Bien, mais cher," (11 + 5 + 11) → col 28.
    expect(lines).toEqual([
      'extra-cells/verbatims.csv:2:28: error: cette ligne a 4 cellules alors que l’en-tête n’en a que 3. Un texte qui contient le séparateur («\u202f,\u202f») doit être entre guillemets droits ("…")\u202f; Excel le fait de lui-même quand on enregistre en CSV.',
    ]);
    expect(load(fixture('extra-cells'), 'en').lines).toEqual([
      'extra-cells/verbatims.csv:2:28: error: this row has 4 cells but the header only has 3. A text containing the separator (“,”) must be in straight double quotes ("…"); Excel does this by itself when saving as CSV.',
    ]);
  });

  it('a quote left open is an error at the row where it starts', () => {
    expect(load(fixture('quotes'), 'en').lines).toEqual([
      'quotes/verbatims.csv:2:1: error: a quoted text starts on this row but is not closed properly: the rest of the file would be misread. Check the straight double quotes (") on this row; a quote inside a text is written twice ("").',
    ]);
    expect(load(fixture('quotes')).lines).toEqual([
      'quotes/verbatims.csv:2:1: error: un texte entre guillemets commence sur cette ligne mais n’est pas refermé correctement\u00a0: la suite du fichier serait lue de travers. Vérifiez les guillemets droits (") de cette ligne\u202f; un guillemet à l’intérieur d’un texte s’écrit en double ("").',
    ]);
  });

  it('text of 2001 characters or a label of 501 is too long; 2000 emoji are 2000 characters; long values are shown cut', () => {
    const { verbatims, lines } = load(path.join(tmp, 'long'));
    expect(verbatims.map((v) => [...v.text].length)).toEqual([2000]);
    // Line 4: author after "2026-03-03;ok;" (14) → col 15.
    expect(lines).toEqual([
      'long/verbatims.csv:2:12: error: «\u202ftext\u202f» fait 2001 caractères\u202f; le maximum est 2000. Raccourcissez-le à 2000 caractères au plus.',
      'long/verbatims.csv:4:15: error: «\u202fauthor\u202f» fait 501 caractères\u202f; le maximum est 500. Raccourcissez-le à 500 caractères au plus.',
      `long/verbatims.csv:5:1: error: «\u202fdate\u202f»\u00a0: «\u202f${'9'.repeat(57)}…\u202f» n’est pas une date valide. Écrivez AAAA-MM-JJ (2026-03-15) ou JJ/MM/AAAA (15/03/2026).`,
    ]);
  });

  it('a header without rows is a warning', () => {
    expect(load(fixture('header-only'), 'en')).toEqual({
      verbatims: [],
      lines: ['header-only/verbatims.csv:1:1: warning: this file holds no verbatim to show (nothing below the header row, or the list is empty). Add at least one verbatim, or replace the file with a full export.'],
    });
  });
});

describe('verbatims.yaml', () => {
  it('a plain list, with French values, both date forms, masking', () => {
    const { verbatims, lines } = load(fixture('yaml-list'));
    expect(verbatims).toEqual([
      // 14/03/2026 18:30 is later than 2026-03-14 without time.
      { date: '2026-03-14', time: '18:30', text: 'Colis abîmé, IBAN pour le remboursement : [IBAN masqué]', sentiment: 'negative', stars: 1, author: 'Paul, [téléphone masqué]', featured: false },
      { date: '2026-03-14', text: 'Merci pour votre patience au téléphone.', sentiment: 'positive', site: 'Lyon', featured: true },
      { date: '2026-03-13', text: '2026', sentiment: 'neutral', nps: 8, featured: false }, // nps 8 → neutral
    ]);
    expect(lines).toEqual([
      'yaml-list/verbatims.yaml:8:9: warning: «\u202ftext\u202f» contient un IBAN\u00a0: il est remplacé par «\u202f[IBAN masqué]\u202f» et ne sera jamais publié. Rien à faire\u00a0: le masquage est automatique. Pour ne plus voir cet avertissement, effacez cette donnée du fichier.',
      'yaml-list/verbatims.yaml:10:11: warning: «\u202fauthor\u202f» contient un numéro de téléphone\u00a0: il est remplacé par «\u202f[téléphone masqué]\u202f» et ne sera jamais publié. Rien à faire\u00a0: le masquage est automatique. Pour ne plus voir cet avertissement, effacez cette donnée du fichier.',
    ]);
  });

  it('`verbatims:` holding the list; each problem at its node, in both languages', () => {
    const fr = load(fixture('yaml-key'));
    // Only the last item is valid: "4,5" → 4.5 stars → positive; `author:` left blank is no author.
    expect(fr.verbatims).toEqual([{ date: '2026-03-12', text: 'Très bien', sentiment: 'positive', stars: 4.5, featured: false }]);
    expect(fr.lines).toEqual([
      'yaml-key/verbatims.yaml:4:5: error: clé inconnue «\u202fsentimnt\u202f». Vouliez-vous dire «\u202fsentiment\u202f»\u202f?',
      'yaml-key/verbatims.yaml:5:11: error: «\u202fdate\u202f»\u00a0: «\u202f2026-02-30\u202f» n’est pas une date valide. Écrivez AAAA-MM-JJ (2026-03-15) ou JJ/MM/AAAA (15/03/2026).',
      'yaml-key/verbatims.yaml:7:5: error: la clé «\u202fdate\u202f» est obligatoire ici. Ajoutez la ligne «\u202fdate: …\u202f» avec sa valeur (voir le README).',
      'yaml-key/verbatims.yaml:9:11: error: «\u202ftext\u202f» ne peut pas être vide. Écrivez-y une valeur.',
      'yaml-key/verbatims.yaml:12:10: error: «\u202fnps\u202f» doit être un nombre entier (trouvé\u00a0: «\u202f7.5\u202f»). Écrivez un nombre entier à la place.',
      'yaml-key/verbatims.yaml:14:15: error: «\u202ffeatured\u202f» doit être oui ou non (trouvé\u00a0: «\u202fpeut-être\u202f»). Écrivez oui ou non à la place.',
    ]);
    expect(load(fixture('yaml-key'), 'en').lines).toEqual([
      'yaml-key/verbatims.yaml:4:5: error: unknown key “sentimnt”. Did you mean “sentiment”?',
      'yaml-key/verbatims.yaml:5:11: error: “date”: “2026-02-30” is not a valid date. Write YYYY-MM-DD (2026-03-15) or DD/MM/YYYY (15/03/2026).',
      'yaml-key/verbatims.yaml:7:5: error: the key “date” is required here. Add the line “date: …” with its value (see the README).',
      'yaml-key/verbatims.yaml:9:11: error: “text” cannot be empty. Write a value there.',
      'yaml-key/verbatims.yaml:12:10: error: “nps” must be a whole number (found: “7.5”). Write a whole number instead.',
      'yaml-key/verbatims.yaml:14:15: error: “featured” must be yes or no (found: “peut-être”). Write yes or no instead.',
    ]);
  });

  it('a file that is not a list, a misspelt top key, an empty list', () => {
    expect(load(fixture('yaml-shape'), 'en').lines).toEqual([
      'yaml-shape/verbatims.yaml:1:1: error: the file must hold a list of verbatims (lines starting with “-”), directly or under the key “verbatims:”. Start the file with “verbatims:”, then each verbatim with “- date:” indented by two spaces, as in the guide’s example.',
    ]);
    expect(load(fixture('yaml-shape')).lines).toEqual([
      'yaml-shape/verbatims.yaml:1:1: error: le fichier doit contenir une liste de verbatims (des lignes qui commencent par «\u202f-\u202f»), directement ou sous la clé «\u202fverbatims:\u202f». Commencez le fichier par «\u202fverbatims:\u202f», puis chaque verbatim par «\u202f- date:\u202f» décalé de deux espaces, comme dans l’exemple du guide.',
    ]);
    expect(load(fixture('yaml-wrong-key'), 'en').lines).toEqual(['yaml-wrong-key/verbatims.yaml:1:1: error: unknown key “verbatim”. Did you mean “verbatims”?']);
    expect(load(fixture('yaml-empty')).lines).toEqual([
      'yaml-empty/verbatims.yaml:2:1: warning: ce fichier ne contient aucun verbatim à afficher (rien sous la ligne d’en-têtes ou la liste est vide). Ajoutez au moins un verbatim, ou remplacez le fichier par un export complet.',
    ]);
  });

  it('an empty verbatims.yaml beside an export (what the form editor writes when only the export was uploaded) says nothing', () => {
    for (const [name, body] of [['form', '{}\n'], ['empty-list', 'verbatims: []\n']] as const) {
      const dir = path.join(tmp, `yaml-beside-export-${name}`);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'verbatims.csv'), 'Date;Commentaire\n15/03/2026;Très bon accueil.\n');
      writeFileSync(path.join(dir, 'verbatims.yaml'), body);
      const { verbatims, lines } = load(dir);
      expect(lines, name).toEqual([]);
      expect(verbatims.map((v) => v.text)).toEqual(['Très bon accueil.']);
    }
    // Alone, the same `{}` leaves the site without verbatims: the warning stays.
    const alone = path.join(tmp, 'yaml-form-alone');
    mkdirSync(alone);
    writeFileSync(path.join(alone, 'verbatims.yaml'), '{}\n');
    expect(load(alone, 'en').lines).toEqual([
      'yaml-form-alone/verbatims.yaml:1:1: warning: this file holds no verbatim to show (nothing below the header row, or the list is empty). Add at least one verbatim, or replace the file with a full export.',
    ]);
  });
});

describe('files', () => {
  it('both files: concatenated, latest first, equal dates in file order (CSV, then YAML)', () => {
    const { verbatims, lines } = load(fixture('both'));
    expect(lines).toEqual([]);
    expect(verbatims.map((v) => v.text)).toEqual(['Depuis le CSV, premier', 'Depuis le YAML, même jour', 'Depuis le CSV, plus ancien']);
  });

  it('neither file: one error naming both', () => {
    expect(load(path.join(tmp, 'nothing'))).toEqual({
      verbatims: [],
      lines: [
        'nothing/verbatims.csv:1:1: error: aucun fichier de verbatims dans le dossier des données. Créez «\u202fverbatims.csv\u202f» ou «\u202fverbatims.xlsx\u202f» (un export d’Excel ou d’un formulaire) ou «\u202fverbatims.yaml\u202f» (une liste de verbatims)\u202f; les deux peuvent coexister.',
      ],
    });
    expect(load(path.join(tmp, 'nothing'), 'en').lines).toEqual([
      'nothing/verbatims.csv:1:1: error: no verbatims file in the data folder. Create “verbatims.csv” or “verbatims.xlsx” (an export from Excel or a form) or “verbatims.yaml” (a list of verbatims); both may exist.',
    ]);
  });
});

describe('values', () => {
  it('derives a missing sentiment from nps, else stars, else neutral', () => {
    // nps: 0–6 negative, 7–8 neutral, 9–10 positive; nps wins over stars.
    expect([0, 6, 7, 8, 9, 10].map((n) => deriveSentiment(n, 5))).toEqual(['negative', 'negative', 'neutral', 'neutral', 'positive', 'positive']);
    // stars: ≤ 2 negative, ≥ 4 positive, in between (2.5, 3, 3.5) neutral.
    expect([1, 2, 2.5, 3, 3.5, 4, 4.5, 5].map((s) => deriveSentiment(undefined, s))).toEqual([
      'negative', 'negative', 'neutral', 'neutral', 'neutral', 'positive', 'positive', 'positive',
    ]);
    expect(deriveSentiment(undefined, undefined)).toBe('neutral');
  });

  it('reads dates exactly as readDate does (its quick path included)', () => {
    const cases: string[] = [];
    for (const y of ['2024', '2026']) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const [mm, dd] = [String(m).padStart(2, '0'), String(d).padStart(2, '0')];
          for (const time of ['', ' 00:00', ' 23:59:59', ' 24:00', ' 12:60', ' 12:30:60', 'T08:15']) {
            cases.push(`${dd}/${mm}/${y}${time}`, `${y}-${mm}-${dd}${time}`);
          }
        }
      }
    }
    for (const c of cases) {
      const mine = readWhen(c, 'Europe/Paris');
      expect(mine instanceof Problem ? {} : mine, c).toEqual(readDate(c, 'Europe/Paris'));
    }
    // 29 February: only in leap years.
    expect(readWhen('29/02/2024', 'Europe/Paris')).toEqual({ dmy: { date: '2024-02-29' } });
    expect(readWhen('29/02/2026', 'Europe/Paris')).toMatchObject({ code: 'date.invalid' });
  });
});
