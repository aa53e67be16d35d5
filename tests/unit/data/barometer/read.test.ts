// barometer.yaml: defaults, waves written as figures, rounding, and every problem
// with its exact text and FILE:LINE:COL.
import { FIXTURES as FIXTURE_ROOT } from '../../../helpers/cli.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBarometer } from '../../../../src/data/barometer/read.ts';
import { publishBarometer } from '../../../../src/privacy/apply.ts';
import { warnShown } from '../../../../src/privacy/contacts.ts';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import type { Locale, SiteConfig } from '../../../../src/model.ts';
import { roundHalfAway } from '../../../../src/data/rounding.ts';
import { defaultSite } from '../../../../src/data/site/read.ts';

const FIXTURES = path.join(FIXTURE_ROOT, 'barometer');

function site(min: number, locale: Locale): SiteConfig {
  return { ...defaultSite(locale, 'Test'), privacy: { min_respondents: min } };
}

function load(dir: string, locale: Locale = 'en', min = 5) {
  const diags = new Diagnostics();
  const s = site(min, locale);
  // Read, then the privacy rules: the load step's two steps.
  const read = readBarometer(path.join(FIXTURES, dir), s, diags);
  warnShown(read.shown, diags);
  const result = { dimensions: read.dimensions, ...publishBarometer(read, s.privacy.min_respondents, diags) };
  return { result, messages: diags.sorted().map((d) => formatDiagnostic(d, locale)) };
}

describe('defaults', () => {
  it('has the six pillars, labelled in the site’s language, and no wave without a barometer.yaml', () => {
    expect(load('absent', 'fr')).toEqual({
      result: {
        dimensions: [
          { id: 'onboarding', label: 'Intégration' },
          { id: 'training', label: 'Formation' },
          { id: 'culture', label: "Culture d'entreprise" },
          { id: 'empowerment', label: 'Autonomie' },
          { id: 'wellbeing', label: 'Qualité de vie au travail' },
          { id: 'tools', label: 'Outils' },
        ],
        waves: [],
        withheld_waves: 0,
      },
      messages: [],
    });
    expect(load('absent', 'en').result.dimensions.map((d) => d.label)).toEqual([
      'Onboarding',
      'Training',
      'Company culture',
      'Empowerment',
      'Wellbeing at work',
      'Tools',
    ]);
  });

  it('treats a file holding only comments as no barometer yet', () => {
    const { result, messages } = load('comments-only', 'fr');
    expect(messages).toEqual([]);
    expect(result.waves).toEqual([]);
    expect(result.dimensions).toHaveLength(6);
  });

  it('rejects a file that is a list', () => {
    expect(load('not-a-mapping').messages).toEqual([
      'not-a-mapping/barometer.yaml:1:1: error: the file must hold keys (for example “organisation: Fait Maison”), not a list or a single value. Write one key per line, followed by a colon and its value, as in the README’s example.',
    ]);
  });

  it('replaces the default dimensions with the ones listed; a pillar without a label keeps its own', () => {
    const { result, messages } = load('custom-dimensions', 'fr');
    expect(messages).toEqual([]);
    expect(result.dimensions).toEqual([
      { id: 'onboarding', label: 'Intégration' },
      { id: 'tools', label: 'Nos outils' },
      { id: 'management', label: 'Management' },
    ]);
    // `Onboarding` is written with a capital: it is the dimension `onboarding`.
    expect(result.waves[0]!.dimensions).toEqual({ onboarding: 70, management: 55, tools: 61 });
  });
});

describe('waves written as figures', () => {
  it('sorts waves by date and computes the eNPS from counts', () => {
    const { result } = load('google-forms', 'en', 3);
    expect(result.waves.map((w) => w.id)).toEqual(['2025-T4', '2026-T1']);
    // eNPS from { promoters: 7, passives: 6, detractors: 8 }: 100 × (7 − 8) / 21 = −4.76 → −5.
    // training 48.5 → 49; participation 21 / 60 = 35 %.
    expect(result.waves[0]).toEqual({
      id: '2025-T4',
      date: '2025-12-10',
      invited: 60,
      respondents: 21,
      participation: 35,
      enps: -5,
      engagement: 55,
      dimensions: { onboarding: 50, training: 49 },
      customer: {},
      // The counts are the eNPS's basis (its verdicts, its privacy rule): 21 answers, 7/21 promoters, 8/21 detractors.
      bases: { enps: { n: 21, promoters: 7 / 21, detractors: 8 / 21 }, dimensions: {}, customer: {} },
      segments: [],
      withheld_segments: 0,
      highlights: [],
    });
  });

  it('rounds halves away from zero', () => {
    expect([12.5, -12.5, 0.5, -0.5, 2.4, -2.6].map(roundHalfAway)).toEqual([13, -13, 1, -1, 2, -3]);
    const { result, messages } = load('rounding');
    expect(messages).toEqual([]);
    const [up, down] = result.waves;
    // { promoters: 3, passives: 3, detractors: 2 }: 100 × (3 − 2) / 8 = 12.5 → 13;
    // engagement 62.5 → 63; participation 8 / 16 = 50.
    expect([up!.enps, up!.engagement, up!.participation]).toEqual([13, 63, 50]);
    // { promoters: 2, passives: 3, detractors: 3 }: 100 × (2 − 3) / 8 = −12.5 → −13; 37.5 → 38.
    expect(up!.segments).toEqual([
      { name: 'Tous', respondents: 8, enps: -13, engagement: 38, dimensions: {}, bases: { enps: { n: 8, promoters: 2 / 8, detractors: 3 / 8 }, dimensions: {}, customer: {} } },
    ]);
    // participation 5 / 40 = 12.5 → 13; customer NPS −12.5 → −13; CSAT 80.4 → 80.
    expect([down!.participation, down!.customer]).toEqual([13, { nps: -13, csat: 80 }]);
  });
});

describe('problems in barometer.yaml', () => {
  it('reports each at its line and column, with what is expected', () => {
    const { result, messages } = load('yaml-errors');
    expect(messages).toEqual([
      'yaml-errors/barometer.yaml:4:3: error: “enps” cannot be a dimension id: it names the recommendation question in “questions”. Choose another id.',
      'yaml-errors/barometer.yaml:6:8: error: “scale” must be between 2 and 11 (found: 12). Write a number from 2 to 11.',
      'yaml-errors/barometer.yaml:8:9: error: “Q1” cannot be “onbording”; possible values: enps, onboarding, training, tools. Did you mean “onboarding”?',
      'yaml-errors/barometer.yaml:9:3: error: the question “q 1” is already listed at line 8 (case, accents and punctuation do not count). Keep only one.',
      'yaml-errors/barometer.yaml:10:1: error: unknown key “segment_colum”. Did you mean “segment_column”?',
      'yaml-errors/barometer.yaml:13:11: error: “date”: “2026-02-30” is not a valid date. Write YYYY-MM-DD (2026-03-15) or DD/MM/YYYY (15/03/2026).',
      'yaml-errors/barometer.yaml:14:14: error: “invited” must be at least 1 (found: 0). Write a number of 1 or more.',
      'yaml-errors/barometer.yaml:16:36: error: unknown key “ces”. Check its spelling (see the README), or remove it.',
      'yaml-errors/barometer.yaml:20:18: error: “respondents” (12) cannot be more than “invited” (10). Check both numbers.',
      'yaml-errors/barometer.yaml:25:11: error: “enps” must be between -100 and 100 (found: 120). Write a number from -100 to 100.',
      'yaml-errors/barometer.yaml:26:17: error: “engagement” must be between 0 and 100 (found: 101). Write a number from 0 to 100.',
      'yaml-errors/barometer.yaml:27:19: error: there is no dimension “traning”; possible dimensions: onboarding, training, tools. Did you mean “training”? To create one, add it under “dimensions” at the top of barometer.yaml.',
      'yaml-errors/barometer.yaml:27:32: error: there is no dimension “wellbeing”; possible dimensions: onboarding, training, tools. To create one, add it under “dimensions” at the top of barometer.yaml.',
      'yaml-errors/barometer.yaml:32:11: error: promoters + passives + detractors add up to 23, more than the wave’s 20 respondents. Check these numbers.',
      'yaml-errors/barometer.yaml:37:11: error: the promoter, passive and detractor counts are all 0. Give at least one answer, or write the eNPS itself (a whole number from −100 to 100).',
      'yaml-errors/barometer.yaml:38:9: error: the id “T5” is already used at line 33. Each id must be unique.',
      'yaml-errors/barometer.yaml:42:5: error: the key “respondents” is required here. Add the line “respondents: …” with its value (see the README).',
      'yaml-errors/barometer.yaml:50:36: error: the segment “Lyon” has 41 respondents, more than the whole wave’s 40. Check the respondents of the segment and those of the wave.',
      'yaml-errors/barometer.yaml:51:47: error: “enps” must be a whole number (found: “12.5”). Write a whole number instead.',
      'yaml-errors/barometer.yaml:52:17: error: the segment “paris” is already listed at line 51 for this wave. Keep only one.',
      'yaml-errors/barometer.yaml:56:5: warning: “respondents” is computed from the responses file “notes.ods”: the value written here is ignored. Remove it.',
      'yaml-errors/barometer.yaml:57:5: warning: “enps” is computed from the responses file “notes.ods”: the value written here is ignored. Remove it.',
      'yaml-errors/barometer.yaml:58:16: error: “responses” must name a CSV file (.csv) or an Excel workbook (.xlsx), not “notes.ods”. Export the answers in one of these formats.',
    ]);
    // The dimension ids that did validate are kept, so actions can still be checked.
    expect(result.dimensions.map((d) => d.id)).toEqual(['onboarding', 'training', 'tools']);
    expect(result.dimensions.find((d) => d.id === 'tools')!.label).toBe('Tools');
  });

  it('says what shape was expected when a value has the wrong one', () => {
    expect(load('wrong-shapes').messages).toEqual([
      'wrong-shapes/barometer.yaml:1:13: error: “dimensions” must be a set of keys (key: value) (found: “[…]”). Write a set of keys (key: value) instead.',
      'wrong-shapes/barometer.yaml:2:12: error: “questions” must be a set of keys (key: value) (found: “[…]”). Write a set of keys (key: value) instead.',
      'wrong-shapes/barometer.yaml:3:8: error: “scale” must be a whole number (found: “cinq”). Write a whole number instead.',
      'wrong-shapes/barometer.yaml:4:17: error: “segment_column” must be a text (found: “[…]”). Write a text instead.',
      'wrong-shapes/barometer.yaml:6:5: error: “waves” must be a set of keys (key: value) (found: “2026-T1”). Write a set of keys (key: value) instead.',
      'wrong-shapes/barometer.yaml:7:4: error: “waves” cannot be empty. Write a value there.',
      'wrong-shapes/barometer.yaml:13:15: error: “segments” must be a list (lines starting with “-”) (found: “{…}”). Write a list (lines starting with “-”) instead.',
      'wrong-shapes/barometer.yaml:14:17: error: “highlights” must be a list (lines starting with “-”) (found: “un seul”). Write a list (lines starting with “-”) instead.',
    ]);
  });

  it('says it in French, with French typography', () => {
    const { messages } = load('yaml-errors', 'fr');
    expect(messages).toContain(
      'yaml-errors/barometer.yaml:27:19: error: la dimension «\u202ftraning\u202f» n’existe pas\u202f; dimensions possibles\u00a0: onboarding, training, tools. Vouliez-vous dire «\u202ftraining\u202f»\u202f? Pour en créer une, ajoutez-la sous «\u202fdimensions\u202f» en haut de barometer.yaml.',
    );
    expect(messages).toContain(
      'yaml-errors/barometer.yaml:32:11: error: promoteurs + passifs + détracteurs font 23, plus que les 20 répondants de la vague. Vérifiez ces nombres.',
    );
    expect(messages).toContain(
      'yaml-errors/barometer.yaml:20:18: error: «\u202frespondents\u202f» (12) ne peut pas dépasser «\u202finvited\u202f» (10). Vérifiez les deux nombres.',
    );
  });
});
