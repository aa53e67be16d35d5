// A survey tool's export as the verbatims file (the comments of a customer survey), and
// the layouts survey tools write for both kinds of file: Qualtrics' and SurveyMonkey's
// header rows, Qualtrics' zone, Google Forms' grid questions.
// Through the real `npm run check` and `npm run build`, against values worked out here.
import { describe, expect, it } from 'vitest';
import { checkAndBuild, exported, IGNORED, pick, site, startsWith, wave, withSite } from '../helpers/exports.ts';

describe('a customer survey export as verbatims.csv', () => {
  it('Qualtrics: three header rows, preview and spam rows left out, times moved from the zone its ImportId row names', () => {
    // Layout: Qualtrics' "Download data" CSV with choice text, as for a wave (qualtrics/): UTF-8
    // with a BOM, CRLF, every field quoted; row 2 the question text, row 3 `{"ImportId":…}`,
    // whose date columns carry the account's zone (public exports show America/Denver, its
    // default, and America/New_York). An NPS question adds its `_NPS_GROUP` column.
    const { lines, published } = checkAndBuild({
      // The text named by its question text (row 2), the score by its short name (row 1).
      'site.yaml': site('{ date: "End Date", text: "Qu’aimeriez-vous nous dire ?", nps: Q1, site: "Votre agence" }'),
      'verbatims.csv': exported('qualtrics-comments', 'verbatims.csv'),
    });
    // Denver is UTC−6 until 1 November 2026 at 02:00, UTC−7 after; Paris UTC+2 until 25 October, UTC+1 after.
    // 15:05 on 12 October in Denver = 21:05 UTC = 23:05 in Paris.
    // 17:30 on 1 November in Denver = 00:30 UTC on 2 November = 01:30 in Paris: the day moves.
    // 08:15 on 20 November = 15:15 UTC = 16:15 in Paris. NPS 9–10 positive, 3 negative.
    // Rows 6 (Survey Preview, "test") and 7 (Spam) are nobody's word; row 8 has no comment.
    expect(pick(published)).toEqual([
      ['2026-11-20', '16:15', 'Accueil rapide, merci', 'positive', undefined],
      ['2026-11-02', '01:30', 'Trois appels pour un simple changement d’adresse', 'negative', undefined],
      ['2026-10-12', '23:05', 'Conseillère très claire, dossier réglé en une fois', 'positive', undefined],
    ]);
    expect(withSite(published)).toEqual(['Paris', 'Lyon', 'Lyon']);
    const json = JSON.stringify(published);
    for (const hidden of ['test', 'smartphone', 'claire.martin']) expect(json).not.toContain(hidden);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^data/verbatims\\.csv:1:1: ${IGNORED}.*«\u202fStartDate\u202f».*«\u202fRecipientEmail\u202f».*«\u202fQ1_NPS_GROUP\u202f»`));
    // Line 8: 19 quoted cells before Q2, each its text + 2 quotes + a comma = 191 characters → col 192.
    expect(lines[1]).toMatch(startsWith('data/verbatims.csv:8:192: warning: 1 ligne n’a pas de texte dans «\u202fQ2\u202f»\u00a0: elle est ignorée (ligne 8).'));
  });

  it('SurveyMonkey: the row of "Response" / "Open-Ended Response" is no verbatim; a question with an "Other" column', () => {
    // Layout: SurveyMonkey's "All responses data" CSV, as for a wave (surveymonkey/): the
    // respondent columns, then each question; row 2 `Response`, `Open-Ended Response`, or the
    // option of a further column (`Other (please specify)`, its header left empty).
    const { lines, published } = checkAndBuild({
      'site.yaml': site(
        '{ date: "End Date", text: "What else would you like to tell us?", nps: "How likely is it that you would recommend us to a friend?", site: "Which store did you visit?" }',
      ),
      'verbatims.csv': exported('surveymonkey-comments', 'verbatims.csv'),
    });
    // 11/16/2026 can only be month first: the column is, and 10/05/2026 is 5 October. NPS 10 positive, 6 negative.
    expect(pick(published)).toEqual([
      ['2026-11-16', '09:15', 'Trop long en caisse', 'negative', undefined],
      ['2026-10-05', '10:05', 'Très bien reçu, conseils utiles', 'positive', undefined],
    ]);
    expect(withSite(published)).toEqual(['Paris', 'Lyon']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^data/verbatims\\.csv:1:1: ${IGNORED}.*«\u202fRespondent ID\u202f».*«\u202fCustom Data 1\u202f»\\.`));
    // Line 5: "114000000103,431000002," (23) + two dates (23 + 23 + 2) + "10.0.0.3,,,,," (13) + "9,,Bordeaux centre," (17) = 101 → col 102.
    expect(lines[1]).toMatch(startsWith('data/verbatims.csv:5:102: warning: 1 ligne n’a pas de texte dans «\u202fWhat else would you like to tell us?\u202f»\u00a0: elle est ignorée (ligne 5).'));
  });
});

describe('a wave from Google Forms with a grid question', () => {
  it('names each statement by itself, by "question - statement" or by its whole header', () => {
    // Layout: Forms' download, where a grid (multiple-choice grid) question gives one column
    // per row of the grid, headed `Question [Row]`; the answers are the column labels.
    const { published } = checkAndBuild({
      'barometer.yaml': wave(
        '  "Recommanderiez-vous notre entreprise comme employeur ? (0 à 10)": enps\n  "Mon responsable m’écoute": culture\n  "Dans quelle mesure êtes-vous d’accord ? - J’ai les outils qu’il me faut": tools\n',
        10,
      ),
      'barometer/2026-09.csv': exported('google-forms-grid', '2026-09.csv'),
    });
    // 6 of 10 → 60 %. eNPS: 9, 10, 6, 8, 3, 9 → (3 − 2) / 6 = 16.7 → 17.
    // culture: 5, 4, 3, 1, 4, 5 → 4/6 = 66.7 → 67; tools: 4, 2, 4, 5, blank, 1 → 3/5 = 60; engagement 7/11 = 63.6 → 64.
    expect(published.waves[0]).toMatchObject({ id: '2026-09', respondents: 6, participation: 60, enps: 17, engagement: 64, dimensions: { culture: 67, tools: 60 } });
  });
});
