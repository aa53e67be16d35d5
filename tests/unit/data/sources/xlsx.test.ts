// verbatims.xlsx through loadVerbatims, and hostile workbooks through streamXlsx: date
// cells and serial numbers (1900 and 1904 systems), shared, inline and rich-text
// strings, empty cells and rows, an Excel table placed at B3, a chosen sheet, positions
// as ROW:COL with the cell and sheet in the message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import type { Locale, SiteConfig } from '../../../../src/model.ts';
import { readVerbatims } from '../../../../src/data/verbatims/read.ts';
import { publishVerbatims } from '../../../../src/privacy/verbatims.ts';
import { defaultSite } from '../../../../src/data/site/read.ts';
import { columnLetters, serialToText, streamXlsx } from '../../../../src/data/sources/xlsx.ts';
import { workbook, zip, type SheetSpec } from '../../../helpers/xlsx.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function load(files: Record<string, Buffer | string>, locale: Locale = 'fr', sheet?: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'miroir-xlsx-'));
  dirs.push(dir);
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
  const base = defaultSite(locale, 'Test');
  const site: SiteConfig = { ...base, verbatims: { ...base.verbatims, ...(sheet ? { sheet } : {}) } };
  const diags = new Diagnostics();
  const verbatims = publishVerbatims(readVerbatims(dir, site, diags, '2026-03-20'), locale, diags);
  return { verbatims, lines: diags.sorted().map((d) => formatDiagnostic(d, locale).replace(`${path.basename(dir)}/`, '')) };
}

// 15 March 2026 is serial 46096 in the 1900 system (days since 30 December 1899), 44634 in
// the 1904 one (1,462 days fewer); 14:02 is 14/24 + 2/1440 of a day.
const MAR15 = 46096;
const AT_1402 = 14 / 24 + 2 / 1440;

const answers: SheetSpec = {
  name: 'Réponses',
  firstColumn: 1,
  table: 'Avis',
  rows: [
    null,
    null,
    ['Date', 'Commentaire', 'Note', 'Épinglé', 'Agence'],
    [{ date: MAR15 + AT_1402 }, { rich: ['Très ', 'bon', ' accueil'] }, 4.5, { bool: true }, { inline: 'Lyon' }],
    [MAR15 + 1, 'Livraison lente', 2, null, 'Paris'],
    [null, null, null, null, null],
    [{ date: MAR15 + 2 }, null, 5, null, null],
    ['13/03/2026', 'Daté en texte', 3, null, null],
    [{ date: MAR15 + 3 }, 'Trop de points', 7, null, null],
  ],
};
const notes: SheetSpec = { name: 'Notes', rows: [['Remarque'], ['Feuille de travail']] };

describe('verbatims.xlsx', () => {
  it('reads the chosen sheet: date cells, serial numbers, shared, inline and rich-text strings, a table at B3', () => {
    const { verbatims, lines } = load({ 'verbatims.xlsx': workbook([notes, answers]) }, 'fr', 'Réponses');
    expect(verbatims).toEqual([
      // Row 5: a plain number in the date column is a serial date: 46097 = 16 March.
      { date: '2026-03-16', text: 'Livraison lente', sentiment: 'negative', stars: 2, site: 'Paris', featured: false },
      // Row 4: the date cell keeps its time; the rich text's runs are one text; TRUE is featured.
      { date: '2026-03-15', time: '14:02', text: 'Très bon accueil', sentiment: 'positive', stars: 4.5, site: 'Lyon', featured: true },
      { date: '2026-03-13', text: 'Daté en texte', sentiment: 'neutral', stars: 3, featured: false },
    ]);
    // The table starts at B3: « Commentaire » is column C (3); row 7 has no text (C7); row 9's Note is D9.
    expect(lines).toEqual([
      'verbatims.xlsx:7:3: warning: 1 ligne n’a pas de texte dans «\u202fCommentaire\u202f»\u00a0: elle est ignorée (ligne 7). Rien à faire si cette ligne est vide exprès\u202f; sinon, remplissez son texte. (cellule C7, feuille «\u202fRéponses\u202f»)',
      'verbatims.xlsx:9:4: error: «\u202fNote\u202f» doit être compris entre 1 et 5 (trouvé\u00a0: 7). Écrivez un nombre de 1 à 5. (cellule D9, feuille «\u202fRéponses\u202f»)',
    ]);
  });

  it('the first sheet by default; a sheet that is not there names those that are', () => {
    const first = load({ 'verbatims.xlsx': workbook([answers, notes]) }, 'en');
    expect(first.verbatims.map((v) => v.text)).toEqual(['Livraison lente', 'Très bon accueil', 'Daté en texte']);
    const missing = load({ 'verbatims.xlsx': workbook([notes, answers]) }, 'en', 'Reponse');
    expect(missing.lines).toEqual(['verbatims.xlsx:1:1: error: this workbook has no sheet “Reponse”. Sheets: “Notes”, “Réponses”. Write under “sheet” the exact name of a sheet of the workbook. Did you mean “Réponses”?']);
  });

  it('the 1904 date system (old Mac workbooks)', () => {
    const sheet: SheetSpec = { name: 'Feuil1', rows: [['Date', 'Texte'], [{ date: MAR15 - 1462 + 0.5 }, 'Midi'], [MAR15 - 1462, 'Nombre']] };
    const { verbatims } = load({ 'verbatims.xlsx': workbook([sheet], { date1904: true }) });
    expect(verbatims.map((v) => [v.date, v.time, v.text])).toEqual([
      ['2026-03-15', '12:00', 'Midi'],
      ['2026-03-15', undefined, 'Nombre'],
    ]);
  });

  it('a .csv and an .xlsx together: an error naming both, neither read', () => {
    const { verbatims, lines } = load({ 'verbatims.xlsx': workbook([answers]), 'verbatims.csv': 'Date;Texte\n2026-03-01;a\n' });
    expect(verbatims).toEqual([]);
    expect(lines).toEqual([
      'verbatims.xlsx:1:1: error: le dossier des données contient à la fois «\u202fverbatims.csv\u202f» et «\u202fverbatims.xlsx\u202f»\u00a0: miroir ne sait pas lequel est à jour. Gardez-en un seul (supprimez ou renommez l’autre).',
    ]);
  });
});

describe('serial dates and column letters', () => {
  it('1900 system, with Excel’s 29 February 1900; 1904 system', () => {
    expect(serialToText(1, false)).toBe('1900-01-01');
    expect(serialToText(59, false)).toBe('1900-02-28');
    expect(serialToText(61, false)).toBe('1900-03-01');
    expect(serialToText(MAR15 + AT_1402, false)).toBe('2026-03-15 14:02');
    expect(serialToText(0, true)).toBeUndefined();
    expect(serialToText(1, true)).toBe('1904-01-02');
    expect(serialToText(-3, false)).toBeUndefined();
  });
  it('A…Z, AA, AZ, BA', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

/** What streamXlsx says of `bytes`, in English. */
function problems(bytes: Buffer, opts: Parameters<typeof streamXlsx>[5] = {}): string[] {
  const diags = new Diagnostics();
  const file = { abs: '/x/verbatims.xlsx', display: 'data/verbatims.xlsx' };
  const head = streamXlsx(file, bytes, diags, () => true, () => undefined, opts);
  expect(head).toBeUndefined();
  return diags.list.map((d) => formatDiagnostic(d, 'en'));
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('hostile or foreign workbooks end in a plain error at FILE:1:1', () => {
  it('an .xls renamed, a password-protected workbook, an .ods renamed, a zip that is no workbook', () => {
    expect(problems(Buffer.concat([OLE2, Buffer.alloc(512)]))).toEqual([
      'data/verbatims.xlsx:1:1: error: this file is an old Excel workbook (.xls), not an .xlsx. Open it in Excel (or LibreOffice) and save it as “Excel Workbook (.xlsx)”, or export it as CSV.',
    ]);
    const encrypted = Buffer.concat([OLE2, Buffer.alloc(100), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(problems(encrypted)[0]).toMatch(/^data\/verbatims\.xlsx:1:1: error: this workbook is protected by a password/);
    const ods = zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true }, { name: 'content.xml', data: '<office:document-content/>' }]);
    expect(problems(ods)[0]).toMatch(/^data\/verbatims\.xlsx:1:1: error: this file is an OpenDocument spreadsheet \(\.ods\)/);
    expect(problems(zip([{ name: 'word/document.xml', data: '<w:document/>' }]))[0]).toMatch(/error: this file is not an Excel workbook \(\.xlsx\), despite its name/);
    expect(problems(Buffer.from('Date;Texte\n2026-03-01;a\n'))[0]).toMatch(/error: this file is not an Excel workbook/);
  });

  it('a truncated workbook, and one whose sheet is not XML', () => {
    const good = workbook([answers]);
    expect(problems(good.subarray(0, Math.floor(good.length / 2)))).toEqual([
      'data/verbatims.xlsx:1:1: error: this workbook is damaged and cannot be read (a truncated or badly saved file). Open it in Excel (or LibreOffice) and save it as “Excel Workbook (.xlsx)”, or export it as CSV.',
    ]);
  });

  it('a zip bomb (an entry that unpacks past the limit, whatever size it declares) is stopped while unpacking', () => {
    const bomb = workbook([{ name: 'Feuil1', rows: [['Date', 'Texte'], ['2026-03-01', 'x'.repeat(50_000)]] }]);
    expect(problems(bomb, { limits: { entry: 20_000, total: 1024 * 1024 } })).toEqual([
      'data/verbatims.xlsx:1:1: error: this workbook unpacks to more than 1 MB: that is no ordinary survey export (perhaps a booby-trapped file). Export only the answers, as .xlsx or CSV.',
    ]);
  });

  it('more rows than the limit: refused, not read to the end', () => {
    const rows = [['Date', 'Texte'], ...Array.from({ length: 30 }, (_, i) => [`2026-03-${String((i % 28) + 1).padStart(2, '0')}`, `r${i}`])];
    expect(problems(workbook([{ name: 'Feuil1', rows }]), { maxRows: 20 })).toEqual([
      'data/verbatims.xlsx:1:1: error: this sheet has more than 20 rows; miroir reads at most 20. Export only the period you need.',
    ]);
  });
});
