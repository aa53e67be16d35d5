// Spreadsheets dropped into the data folder that nothing reads (src/data/unread-files.ts):
// named at the file, with what to do, through the load step every command uses.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/data/diagnostics.ts';
import { loadProject } from '../../../src/project/load.ts';
import { FIXTURES } from '../../helpers/cli.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The minimal folder with `files` laid over it (null removes one); the check's lines in English, the folder's name left out. */
function check(files: Record<string, string | null>): string[] {
  const root = mkdtempSync(path.join(os.tmpdir(), 'miroir-unread-'));
  dirs.push(root);
  const data = path.join(root, 'data');
  cpSync(path.join(FIXTURES, 'minimal'), data, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(data, rel);
    if (text === null) rmSync(abs, { force: true });
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
  return loadProject(data, { MIROIR_TODAY: '2026-11-24' }).diagnostics.map((d) => formatDiagnostic(d, 'en'));
}

const CSV = 'Date,Text\n2026-11-20,Fine\n';
const missing = (hint: string): string => `data/verbatims.csv:1:1: error: no verbatims file in the data folder. ${hint}`;

describe('no verbatims file, but a spreadsheet under another name', () => {
  it('names the export and the name it should have, by its kind', () => {
    const moved = (name: string): string[] => check({ 'verbatims.csv': null, [name]: CSV });
    expect(moved('verbatims (1).csv')).toEqual([missing('The folder holds “verbatims (1).csv”: if these are your verbatims, rename it “verbatims.csv”.')]);
    expect(moved('Verbatims.CSV')).toEqual([missing('The folder holds “Verbatims.CSV”: if these are your verbatims, rename it “verbatims.csv”.')]);
    expect(moved('verbatims.txt')).toEqual([missing('The folder holds “verbatims.txt”: if these are your verbatims, rename it “verbatims.csv”.')]);
    expect(moved('Form1.xlsx')).toEqual([missing('The folder holds “Form1.xlsx”: if these are your verbatims, rename it “verbatims.xlsx”.')]);
    expect(moved('verbatims.ods')).toEqual([
      missing('The folder holds “verbatims.ods”, a format miroir does not read: if these are your verbatims, open it in your spreadsheet and save it as .xlsx under the name “verbatims.xlsx”.'),
    ]);
  });

  it('prefers the file whose name says verbatims, and warns about the others', () => {
    expect(check({ 'verbatims.csv': null, 'a-notes.csv': CSV, 'verbatims-novembre.csv': CSV })).toEqual([
      'data/a-notes.csv:1:1: warning: “a-notes.csv” is not read: miroir reads the verbatims from “verbatims.csv” or “verbatims.xlsx”, and a wave’s answers from the file its “responses” names. If these are verbatims, rename it “verbatims.csv” (in place of the current one, if any); otherwise, take it out of the folder.',
      missing('The folder holds “verbatims-novembre.csv”: if these are your verbatims, rename it “verbatims.csv”.'),
    ]);
  });

  it('says only what it said before when the folder holds no spreadsheet', () => {
    expect(check({ 'verbatims.csv': null, 'notes.md': 'x' })).toEqual([
      missing('Create “verbatims.csv” or “verbatims.xlsx” (an export from Excel or a form) or “verbatims.yaml” (a list of verbatims); both may exist.'),
    ]);
  });
});

describe('a spreadsheet nothing reads, beside the files that are read', () => {
  it('an export beside verbatims.csv (or verbatims.yaml) is not read, and says so', () => {
    expect(check({ 'Export Google Forms.csv': CSV })).toEqual([
      'data/Export Google Forms.csv:1:1: warning: “Export Google Forms.csv” is not read: miroir reads the verbatims from “verbatims.csv” or “verbatims.xlsx”, and a wave’s answers from the file its “responses” names. If these are verbatims, rename it “verbatims.csv” (in place of the current one, if any); otherwise, take it out of the folder.',
    ]);
  });

  it('a wave’s answers no wave lists, in barometer/ or in the folder the waves use', () => {
    const wave = 'waves:\n  - { id: 2026-T3, date: 2026-09-30, invited: 10, responses: reponses/2026-T3.csv }\nquestions: { Q1: enps }\n';
    const answers = 'Q1\n9\n10\n8\n7\n9\n';
    expect(check({ 'barometer.yaml': wave, 'reponses/2026-T3.csv': answers, 'reponses/2026-T2.csv': answers, 'barometer/old.xlsx': 'x', 'reponses/notes.md': 'x' })).toEqual([
      'data/barometer/old.xlsx:1:1: warning: no wave of barometer.yaml reads “barometer/old.xlsx”: its answers count nowhere. To compute a wave’s figures from it, add “responses: barometer/old.xlsx” to that wave; otherwise, take the file out of the folder.',
      'data/reponses/2026-T2.csv:1:1: warning: no wave of barometer.yaml reads “reponses/2026-T2.csv”: its answers count nowhere. To compute a wave’s figures from it, add “responses: reponses/2026-T2.csv” to that wave; otherwise, take the file out of the folder.',
    ]);
  });

  it('does not list a folder that is a link out of the data folder', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'miroir-outside-'));
    dirs.push(outside);
    writeFileSync(path.join(outside, 'secret-2025.csv'), 'x');
    const root = mkdtempSync(path.join(os.tmpdir(), 'miroir-unread-'));
    dirs.push(root);
    const data = path.join(root, 'data');
    cpSync(path.join(FIXTURES, 'minimal'), data, { recursive: true });
    symlinkSync(outside, path.join(data, 'barometer'));
    const lines = loadProject(data, { MIROIR_TODAY: '2026-11-24' }).diagnostics.map((d) => formatDiagnostic(d, 'en'));
    expect(lines.some((l) => l.includes('secret-2025'))).toBe(false);
  });

  it('says nothing of barometer/ while barometer.yaml cannot be read (its errors come first)', () => {
    const lines = check({ 'barometer.yaml': 'waves: [\n', 'barometer/2026-T3.csv': 'Q1\n9\n' });
    expect(lines.some((l) => l.includes('barometer/2026-T3.csv'))).toBe(false);
    expect(lines[0]).toMatch(/^data\/barometer\.yaml:\d+:\d+: error:/);
  });
});
