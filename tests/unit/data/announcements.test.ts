import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { announcementsFor, loadAnnouncements } from '../../../src/data/announcements.ts';
import { Diagnostics, formatDiagnostic } from '../../../src/data/diagnostics.ts';

const SCREENS = ['default', 'accueil-lyon', 'atelier'];
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function load(yaml: string | null, screens: readonly string[] | null = SCREENS) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'miroir-announcements-'));
  dirs.push(dir);
  if (yaml !== null) writeFileSync(path.join(dir, 'announcements.yaml'), yaml);
  const diags = new Diagnostics();
  const list = loadAnnouncements(dir, screens ?? undefined, diags);
  const lines = (locale: 'fr' | 'en') => diags.sorted().map((d) => formatDiagnostic(d, locale).replace(/^.*?announcements\.yaml/, 'announcements.yaml'));
  return { list, fr: lines('fr'), en: lines('en') };
}

describe('announcements.yaml', () => {
  it('is optional: no file, or comments only, is no announcement', () => {
    expect(load(null)).toMatchObject({ list: [], en: [] });
    expect(load('# nothing yet\n')).toMatchObject({ list: [], en: [] });
  });

  it('reads times as local stamps, a date alone as the whole day, screens and priority', () => {
    const { list, en } = load(
      [
        'announcements:',
        '  - id: fermeture-noel',
        '    title: Fermeture exceptionnelle',
        '    text: "Le magasin ferme à 16 h le 24 décembre."',
        '    start: 2026-12-20T08:00',
        '    end: 2026-12-24T16:00',
        '    screens: [accueil-lyon]',
        '  - id: alerte',
        '    text: Exercice incendie à 11 h',
        '    start: 24/11/2026 10:00',
        '    end: 2026-11-24',
        '    priority: urgent',
        '',
      ].join('\n'),
    );
    expect(en).toEqual([]);
    expect(list).toEqual([
      { id: 'fermeture-noel', title: 'Fermeture exceptionnelle', text: 'Le magasin ferme à 16 h le 24 décembre.', start: '2026-12-20T08:00', end: '2026-12-24T16:00', screens: ['accueil-lyon'], priority: 'normal' },
      // end: a date alone keeps the whole day, up to 24:00.
      { id: 'alerte', text: 'Exercice incendie à 11 h', start: '2026-11-24T10:00', end: '2026-11-24T24:00', priority: 'urgent' },
    ]);
    expect(announcementsFor(list, 'default').map((a) => a.id)).toEqual(['alerte']);
    expect(announcementsFor(list, 'accueil-lyon').map((a) => a.id)).toEqual(['fermeture-noel', 'alerte']);
  });

  it('reports an unknown screen with a suggestion, end before start, a duplicate id and a text over 280, each at its line', () => {
    const long = 'x'.repeat(281);
    const { list, en, fr } = load(
      [
        'announcements:',
        '  - id: a',
        '    text: Bonjour',
        '    start: 2026-12-20T08:00',
        '    end: 2026-12-24T16:00',
        '    screens: [default, acceuil-lyon]',
        '  - id: b',
        '    text: Bonjour',
        '    start: 2026-12-24T16:00',
        '    end: 2026-12-20T08:00',
        '  - id: a',
        '    text: Encore',
        '    start: 2026-12-20T08:00',
        '    end: 2026-12-21T08:00',
        '  - id: c',
        `    text: ${long}`,
        '    start: 2026-12-20',
        '    end: 2026-12-21',
        '  - id: d',
        '    text: Quand ?',
        '    start: le 20 décembre',
        '    end: 2026-12-21',
        '',
      ].join('\n'),
    );
    expect(en).toEqual([
      'announcements.yaml:6:24: error: “screens”: there is no screen “acceuil-lyon” in site.yaml. Possible screens: default, accueil-lyon, atelier. Did you mean “accueil-lyon”?',
      'announcements.yaml:10:10: error: “end” (2026-12-20T08:00) is not after “start” (2026-12-24T16:00): the announcement would never show. Put the end after the start.',
      'announcements.yaml:11:9: error: the id “a” is already used at line 2. Each id must be unique.',
      'announcements.yaml:16:11: error: “text” is 281 characters long; the maximum is 280. Shorten it to 280 characters or fewer.',
      'announcements.yaml:21:12: error: “start”: “le 20 décembre” is not a valid date and time. Write YYYY-MM-DDTHH:MM, for example “2026-12-20T08:00” (the site’s local time).',
    ]);
    expect(fr[0]).toBe(
      'announcements.yaml:6:24: error: «\u202fscreens\u202f»\u00a0: il n’y a pas d’écran «\u202facceuil-lyon\u202f» dans site.yaml. Écrans possibles\u00a0: default, accueil-lyon, atelier. Vouliez-vous dire «\u202faccueil-lyon\u202f»\u202f?',
    );
    expect(list).toEqual([]);
  });

  it('does not judge screen ids while site.yaml itself is broken', () => {
    const { en } = load('announcements:\n  - { id: a, text: Bonjour, start: 2026-12-20, end: 2026-12-21, screens: [nulle-part] }\n', null);
    expect(en).toEqual([]);
  });

  it('says how to start the file when it is a bare list', () => {
    expect(load('- id: a\n  text: Bonjour\n').en).toEqual([
      'announcements.yaml:1:1: error: the file must start with the line “announcements:”, followed by the list of announcements. Write each announcement below that line, starting with “- id:” indented by two spaces, as in the guide’s example.',
    ]);
  });
});
