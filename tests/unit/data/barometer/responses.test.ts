// Respondent-level files: figures computed from real exports, and every problem a
// survey export can have, with its exact text and FILE:LINE:COL.
import { FIXTURES as FIXTURE_ROOT } from '../../../helpers/cli.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBarometer } from '../../../../src/data/barometer/read.ts';
import { publishBarometer } from '../../../../src/privacy/apply.ts';
import { warnShown } from '../../../../src/privacy/contacts.ts';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import type { Locale, SiteConfig } from '../../../../src/model.ts';
import { defaultSite } from '../../../../src/data/site/read.ts';

const FIXTURES = path.join(FIXTURE_ROOT, 'barometer');

function site(min: number, locale: Locale = 'en'): SiteConfig {
  return { ...defaultSite(locale, 'Test'), privacy: { min_respondents: min } };
}

function load(dir: string, min = 5, locale: Locale = 'en') {
  const diags = new Diagnostics();
  const s = site(min, locale);
  // Read, then the privacy rules: the load step's two steps.
  const read = readBarometer(path.join(FIXTURES, dir), s, diags);
  warnShown(read.shown, diags);
  const result = { dimensions: read.dimensions, ...publishBarometer(read, s.privacy.min_respondents, diags) };
  return { result, messages: diags.sorted().map((d) => formatDiagnostic(d, locale)) };
}

describe('a Google Forms export (google-forms/barometre/2026-T1.csv)', () => {
  // 24 respondents (rows), invited 64. Favourable = « Tout à fait d'accord » or
  // « Plutôt d'accord », or 4–5 for the numeric training question (scale 5).
  // eNPS: promoters 9–10, passives 7–8, detractors 0–6; row 9 (Lyon) left it blank.
  //
  //            rows  eNPS answers P/Pa/D   onboarding (2 questions)  training   tools     all Likert
  //  Lyon       10   9: 5/2/2              C 7/10 + D 6/9 = 13/19    6/10       6/10      25/39
  //  Nantes      8   8: 2/3/3              C 3/8  + D 3/8 =  6/16    3/7 (1 blank) 4/8    13/31
  //  Paris       4   4: 2/1/1              C 3/4  + D 4/4 =  7/8     3/4        4/4       14/16
  //  (blank)     2   2: 0/1/1              C 1/2  + D 0/2 =  1/4     1/2        1/2        3/8
  //  wave       24  23: 9/7/7                           27/47        13/23      15/24     55/94
  //
  // wave:   eNPS 100×(9−7)/23 = 8.70 → 9; onboarding 2700/47 = 57.45 → 57;
  //         training 1300/23 = 56.52 → 57; tools 1500/24 = 62.5 → 63 (half away);
  //         engagement 5500/94 = 58.51 → 59; participation 2400/64 = 37.5 → 38.
  // Lyon:   eNPS 300/9 = 33.3 → 33; onboarding 1300/19 = 68.4 → 68; training 60; tools 60;
  //         engagement 2500/39 = 64.1 → 64. (« lyon  » with a trailing space counts as Lyon.)
  // Nantes: eNPS −100/8 = −12.5 → −13 (half away from zero); onboarding 600/16 = 37.5 → 38;
  //         training 300/7 = 42.9 → 43; tools 50; engagement 1300/31 = 41.9 → 42.
  // Paris:  eNPS 100/4 = 25; onboarding 700/8 = 87.5 → 88; training 75; tools 100;
  //         engagement 1400/16 = 87.5 → 88.
  // culture, empowerment and wellbeing have no question: absent from `dimensions`.
  it('computes the wave and every segment (threshold 3: all published)', () => {
    const { result, messages } = load('google-forms', 3);
    expect(messages).toEqual([]);
    const wave = result.waves.find((w) => w.id === '2026-T1')!;
    expect(wave).toEqual({
      id: '2026-T1',
      date: '2026-03-15',
      invited: 64,
      respondents: 24,
      participation: 38,
      enps: 9,
      engagement: 59,
      dimensions: { onboarding: 57, training: 57, tools: 63 },
      customer: { nps: 31, csat: 86 },
      // Each figure's basis, from the table above: n counts the respondents who answered
      // at least one of its questions (23 answered the eNPS, 23 the training question).
      bases: {
        enps: { n: 23, share: 2 / 23, promoters: 9 / 23, detractors: 7 / 23 },
        engagement: { n: 24, share: 55 / 94 },
        dimensions: { onboarding: { n: 24, share: 27 / 47 }, training: { n: 23, share: 13 / 23 }, tools: { n: 24, share: 15 / 24 } },
        customer: {},
      },
      segments: [
        {
          name: 'Lyon', respondents: 10, enps: 33, engagement: 64, dimensions: { onboarding: 68, training: 60, tools: 60 },
          bases: {
            enps: { n: 9, share: 3 / 9, promoters: 5 / 9, detractors: 2 / 9 },
            engagement: { n: 10, share: 25 / 39 },
            dimensions: { onboarding: { n: 10, share: 13 / 19 }, training: { n: 10, share: 6 / 10 }, tools: { n: 10, share: 6 / 10 } },
            customer: {},
          },
        },
        {
          name: 'Nantes', respondents: 8, enps: -13, engagement: 42, dimensions: { onboarding: 38, training: 43, tools: 50 },
          bases: {
            enps: { n: 8, share: -1 / 8, promoters: 2 / 8, detractors: 3 / 8 },
            engagement: { n: 8, share: 13 / 31 },
            dimensions: { onboarding: { n: 8, share: 6 / 16 }, training: { n: 7, share: 3 / 7 }, tools: { n: 8, share: 4 / 8 } },
            customer: {},
          },
        },
        {
          name: 'Paris', respondents: 4, enps: 25, engagement: 88, dimensions: { onboarding: 88, training: 75, tools: 100 },
          bases: {
            enps: { n: 4, share: 1 / 4, promoters: 2 / 4, detractors: 1 / 4 },
            engagement: { n: 4, share: 14 / 16 },
            dimensions: { onboarding: { n: 4, share: 7 / 8 }, training: { n: 4, share: 3 / 4 }, tools: { n: 4, share: 4 / 4 } },
            customer: {},
          },
        },
      ],
      withheld_segments: 0,
      highlights: ['La formation progresse', 'Paris, très satisfait, tire les résultats vers le haut'],
    });
  });

  it('never lists respondents with a blank segment cell in a segment', () => {
    const { result } = load('google-forms', 3);
    const wave = result.waves.find((w) => w.id === '2026-T1')!;
    // 10 + 8 + 4 = 22 of 24: the two rows without a site count only in the wave.
    expect(wave.segments.reduce((n, s) => n + s.respondents, 0)).toBe(22);
  });
});

describe('problems in a responses file', () => {
  it('reports headers and unreadable answers at their physical line and column (Windows-1252, ";", CRLF, a quoted field over two lines)', () => {
    const { messages } = load('responses-errors');
    expect(messages).toEqual([
      'responses-errors/reponses.csv:1:1: error: the column “Je peux organiser mon travail comme je le souhaite” (listed under “questions” in barometer.yaml) is not in this file. Did you mean “Je peux organiser mon travail comme je le souhaites”? Copy the column header exactly.',
      'responses-errors/reponses.csv:1:1: warning: the question “Je me sens bien au travail” (listed under “questions” in barometer.yaml) is not in this file: it does not count for this wave. Nothing to do if the question was not asked this time; otherwise copy its header exactly as the file writes it.',
      'responses-errors/reponses.csv:1:1: error: the column “Agence” (“segment_column” in barometer.yaml) is not in this file. Did you mean “Agences”?',
      'responses-errors/reponses.csv:3:8: error: the answer “Mouais” in the column “Mon équipe m’aide quand j’en ai besoin” is neither a whole score from 1 to 4 nor an answer such as “Strongly agree” or “Strongly disagree”. Correct the answer (a score from 1 to 4 or an answer of the agreement scale), or empty the cell if the person did not answer.',
      'responses-errors/reponses.csv:4:18: error: the answer “11” in the column “Note de recommandation (0-10)” is not a whole score from 0 to 10. Correct the answer (a whole number from 0 to 10), or empty the cell if the person did not answer.',
      'responses-errors/reponses.csv:4:22: error: the answer “Bof” in the column “Mon équipe m’aide quand j’en ai besoin” is neither a whole score from 1 to 4 nor an answer such as “Strongly agree” or “Strongly disagree”. Correct the answer (a score from 1 to 4 or an answer of the agreement scale), or empty the cell if the person did not answer.',
      'responses-errors/reponses.csv:5:18: error: the answer “dix” in the column “Note de recommandation (0-10)” is not a whole score from 0 to 10. Correct the answer (a whole number from 0 to 10), or empty the cell if the person did not answer.',
      'responses-errors/reponses.csv:5:23: error: the answer “5” in the column “Mon équipe m’aide quand j’en ai besoin” is neither a whole score from 1 to 4 nor an answer such as “Strongly agree” or “Strongly disagree”. Correct the answer (a score from 1 to 4 or an answer of the agreement scale), or empty the cell if the person did not answer.',
      'responses-errors/reponses.csv:8:21: error: the answer “Pas d\'accord du tout” in the column “Mon équipe m’aide quand j’en ai besoin” is neither a whole score from 1 to 4 nor an answer such as “Strongly agree” or “Strongly disagree”. Correct the answer (a score from 1 to 4 or an answer of the agreement scale), or empty the cell if the person did not answer.',
    ]);
  });

  it('speaks French with French typography', () => {
    const { messages } = load('responses-errors', 5, 'fr');
    expect(messages[0]).toBe(
      'responses-errors/reponses.csv:1:1: error: la colonne «\u202fJe peux organiser mon travail comme je le souhaite\u202f» (listée sous «\u202fquestions\u202f» dans barometer.yaml) n’est pas dans ce fichier. Vouliez-vous dire «\u202fJe peux organiser mon travail comme je le souhaites\u202f»\u202f? Recopiez le titre de la colonne à l’identique.',
    );
    expect(messages[4]).toBe(
      'responses-errors/reponses.csv:4:18: error: la réponse «\u202f11\u202f» de la colonne «\u202fNote de recommandation (0-10)\u202f» n’est pas une note entière de 0 à 10. Corrigez la réponse (un nombre entier de 0 à 10), ou videz la case si la personne n’a pas répondu.',
    );
  });

  it('lists the first 20 unreadable answers, then counts the rest', () => {
    const { messages } = load('many-errors');
    // Lines 4 to 28 hold « neuf »: lines 4–23 are listed, line 24 says 5 more.
    expect(messages).toHaveLength(21);
    expect(messages[0]).toBe('many-errors/reponses.csv:4:1: error: the answer “neuf” in the column “Recommandation (0-10)” is not a whole score from 0 to 10. Correct the answer (a whole number from 0 to 10), or empty the cell if the person did not answer.');
    expect(messages[19]).toBe('many-errors/reponses.csv:23:1: error: the answer “neuf” in the column “Recommandation (0-10)” is not a whole score from 0 to 10. Correct the answer (a whole number from 0 to 10), or empty the cell if the person did not answer.');
    expect(messages[20]).toBe('many-errors/reponses.csv:24:1: error: 5 more unreadable answers in this file are not listed. Fix the ones above first, then check again.');
  });

  it('reports a file that is empty, header-only, foreign, missing, outside, a folder or too large for `invited`', () => {
    const { result, messages } = load('responses-misc');
    expect(messages).toEqual([
      'responses-misc/barometer.yaml:16:16: error: “responses”: the file “exports/absent.csv” is not in the data folder. Check the name (capitals and extension included), or add the file to the data folder.',
      'responses-misc/barometer.yaml:20:16: error: “responses”: the path “../google-forms/barometre/2026-T1.csv” must stay inside the data folder (no “..” and no absolute path). Copy the file into the data folder and write its path from that folder.',
      'responses-misc/barometer.yaml:24:16: error: the file “exports/deux.csv” holds 2 respondents, more than the 1 invited. Check “invited” or the file.',
      'responses-misc/barometer.yaml:28:16: error: “responses”: the file “exports.csv” is not in the data folder. Check the name (capitals and extension included), or add the file to the data folder.',
      'responses-misc/exports/autre.csv:1:1: error: none of the questions listed under “questions” in barometer.yaml is a column of this file. Check that “responses” names the right file and that the headers are copied exactly.',
      'responses-misc/exports/rien.csv:1:1: error: the file is empty. Put its content back (for a CSV, at least the header line).',
      'responses-misc/exports/vide.csv:1:1: error: this file only has a header line: it needs at least one answer. Export the answers again (one row per person), or remove “responses” from this wave.',
    ]);
    expect(result.waves).toEqual([]);
  });

  it('asks for `questions` when a wave names a responses file', () => {
    expect(load('no-questions').messages).toEqual([
      'no-questions/barometer.yaml:5:16: error: this wave is computed from a responses file, but barometer.yaml does not list its questions. List them under “questions” at the top of barometer.yaml: the exact header of each column, then enps or a dimension id.',
    ]);
  });
});
