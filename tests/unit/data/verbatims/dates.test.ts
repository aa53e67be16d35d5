// The dates of verbatims.csv/yaml through loadVerbatims: the column's order, the
// warning when it is assumed, values in the other order, dates after today, blank
// texts — each told once with the count and first lines, at the exact cell.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import type { Locale } from '../../../../src/model.ts';
import { readVerbatims } from '../../../../src/data/verbatims/read.ts';
import { publishVerbatims } from '../../../../src/privacy/verbatims.ts';
import { defaultSite } from '../../../../src/data/site/read.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function load(files: Record<string, string>, locale: Locale, today: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'miroir-dates-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const diags = new Diagnostics();
  const verbatims = publishVerbatims(readVerbatims(dir, defaultSite(locale, 'Test'), diags, today), locale, diags);
  const base = path.basename(dir);
  return { verbatims, lines: diags.sorted().map((d) => formatDiagnostic(d, locale).replace(`${base}/`, '')) };
}

// Google Sheets in en-US: M/D/YYYY H:MM. Only 11/13 says month first; the others fit both.
const EN_US = ['Timestamp,Comment', '11/2/2026 14:05,Quick answer', '10/7/2026 9:30,Friendly staff', '11/13/2026 8:00,Long wait', '9/1/2026 17:45,Clear invoice', ''].join('\n');

describe('the order of day and month', () => {
  it('month first from one value that can only be read so, even on a French site: no warning', () => {
    const { verbatims, lines } = load({ 'verbatims.csv': EN_US }, 'fr', '2026-11-20');
    expect(verbatims.map((v) => [v.date, v.time, v.text])).toEqual([
      ['2026-11-13', '08:00', 'Long wait'],
      ['2026-11-02', '14:05', 'Quick answer'],
      ['2026-10-07', '09:30', 'Friendly staff'],
      ['2026-09-01', '17:45', 'Clear invoice'],
    ]);
    expect(lines).toEqual([]);
  });

  it('every value doubtful: the reading with no date after today, reported at the first value', () => {
    // Today 5 October: day first, 10/7 would be 10 July and 11/2 the 11th of February, both past;
    // month first 11/2 is 2 November, after today. So day first, said.
    const csv = ['Timestamp,Comment', '11/2/2026 14:05,Quick answer', '10/7/2026 9:30,Friendly staff', ''].join('\n');
    const fr = load({ 'verbatims.csv': csv }, 'fr', '2026-10-05');
    expect(fr.verbatims.map((v) => v.date)).toEqual(['2026-07-10', '2026-02-11']);
    // « 11/2/2026 14:05 » starts line 2, column 1.
    expect(fr.lines).toEqual([
      'verbatims.csv:2:1: warning: «\u202fTimestamp\u202f»\u00a0: chaque date de cette colonne peut se lire jour puis mois ou mois puis jour\u202f; miroir les lit jour puis mois («\u202f11/2/2026 14:05\u202f» = 2026-02-11), car ainsi aucune n’est après aujourd’hui. Si c’est faux, écrivez les dates en AAAA-MM-JJ.',
    ]);
    // Both orders in the past (today 2026-12-01): the locale's; English reads month first.
    const en = load({ 'verbatims.csv': csv }, 'en', '2026-12-01');
    expect(en.verbatims.map((v) => v.date)).toEqual(['2026-11-02', '2026-10-07']);
    expect(en.lines).toEqual([
      'verbatims.csv:2:1: warning: “Timestamp”: every date in this column can be read day then month or month then day; miroir reads them month then day (“11/2/2026 14:05” = 2026-11-02), as the site’s language does. If that is wrong, write the dates as YYYY-MM-DD.',
    ]);
  });

  it('a value in the other order than its column is an error at its cell, told once for all such rows', () => {
    const csv = ['Date;Texte', '13/03/2026;a', '14/03/2026;b', '03/15/2026;c', '15/03/2026;d', '03/16/2026;e', ''].join('\n');
    const fr = load({ 'verbatims.csv': csv }, 'fr', '2026-12-01');
    expect(fr.lines).toEqual([
      'verbatims.csv:4:1: error: «\u202fDate\u202f»\u00a0: «\u202f03/15/2026\u202f» ne se lit que mois puis jour, alors que cette colonne se lit jour puis mois (3 dates comme «\u202f13/03/2026\u202f»). 2 lignes sont dans ce cas\u00a0: lignes 4, 6. Écrivez toutes les dates dans le même ordre, ou en AAAA-MM-JJ.',
    ]);
    expect(fr.verbatims.map((v) => v.text)).toEqual(['d', 'b', 'a']);
    expect(load({ 'verbatims.csv': csv }, 'en', '2026-12-01').lines).toEqual([
      'verbatims.csv:4:1: error: “Date”: “03/15/2026” can only be read month then day, but this column reads day then month (3 dates like “13/03/2026”). 2 rows like this: lines 4, 6. Write every date in the same order, or as YYYY-MM-DD.',
    ]);
  });
});

describe('dates after today and blank texts', () => {
  it('one warning for the verbatims dated after today, one for the rows without text', () => {
    const csv = ['Date;Texte', '2026-03-01;a', '2027-03-01;b', ';', '2026-03-02;', '2026-12-31;c', '2026-03-03;  ', ''].join('\n');
    const fr = load({ 'verbatims.csv': csv }, 'fr', '2026-03-20');
    // Line 4 holds only separators: a blank line, not a row. Lines 5 and 7: a date and no text
    // (« 2026-03-02; » → text at column 12).
    expect(fr.lines).toEqual([
      'verbatims.csv:3:1: warning: «\u202fDate\u202f»\u00a0: «\u202f2027-03-01\u202f» est après aujourd’hui (2026-03-20)\u202f; ce verbatim ne sera affiché qu’à partir de sa date. 2 lignes sont dans ce cas\u00a0: lignes 3, 6. Vérifiez l’année, ou l’ordre du jour et du mois.',
      'verbatims.csv:5:12: warning: 2 lignes n’ont pas de texte dans «\u202fTexte\u202f»\u00a0: elles sont ignorées (lignes 5, 7). Rien à faire si ces lignes sont vides exprès\u202f; sinon, remplissez leur texte.',
    ]);
    expect(fr.verbatims.map((v) => v.text)).toEqual(['b', 'c', 'a']);
    expect(load({ 'verbatims.csv': csv }, 'en', '2026-03-20').lines).toEqual([
      'verbatims.csv:3:1: warning: “Date”: “2027-03-01” is after today (2026-03-20); this verbatim will only be shown from its date on. 2 rows like this: lines 3, 6. Check the year, or the order of day and month.',
      'verbatims.csv:5:12: warning: 2 rows have no text in “Texte”: skipped (lines 5, 7). Nothing to do if these rows are empty on purpose; otherwise fill in their text.',
    ]);
  });

  it('more rows than listed: the first five lines and an ellipsis', () => {
    const rows = Array.from({ length: 7 }, (_, i) => `2026-03-0${i + 1};`);
    const { lines } = load({ 'verbatims.csv': ['Date;Texte', '2026-03-01;ok', ...rows, ''].join('\n') }, 'en', '2026-03-20');
    expect(lines).toEqual(['verbatims.csv:3:12: warning: 7 rows have no text in “Texte”: skipped (lines 3, 4, 5, 6, 7…). Nothing to do if these rows are empty on purpose; otherwise fill in their text.']);
  });

  it('verbatims.yaml: its dates are one column too', () => {
    const yaml = ['- { date: "11/2/2026", text: a }', '- { date: "11/13/2026", text: b }', ''].join('\n');
    const { verbatims, lines } = load({ 'verbatims.yaml': yaml }, 'fr', '2026-12-01');
    expect(verbatims.map((v) => v.date)).toEqual(['2026-11-13', '2026-11-02']);
    expect(lines).toEqual([]);
  });
});
