// Survey tools' header rows (Qualtrics' three, SurveyMonkey's two) through readResponses:
// never counted as respondents, every name of a column usable in `questions:`, Qualtrics'
// preview and spam rows left out; the same from an .xlsx sheet. Figures worked out by hand.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import { readResponses, type QuestionSpec } from '../../../../src/data/barometer/responses.ts';
import { detectLayout } from '../../../../src/data/sources/header-rows.ts';
import { workbook } from '../../../helpers/xlsx.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const DIMS = ['culture', 'tools'];

function read(name: string, data: string | Buffer, questions: QuestionSpec[], segmentColumn?: string, sheet?: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'miroir-headers-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'barometer'));
  writeFileSync(path.join(dir, 'barometer', name), data);
  const diags = new Diagnostics();
  const { result } = readResponses(dir, `barometer/${name}`, { scale: 5, questions, segmentColumn }, DIMS, diags, sheet);
  return { result, messages: diags.sorted().map((d) => formatDiagnostic(d, 'en').replace(`${path.basename(dir)}/`, '')) };
}

const quote = (c: string): string => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = (rows: string[][]): string => rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';

// Qualtrics "Download data table > CSV, use choice text": short names, question text, ImportIds.
const QUALTRICS = csv([
  ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'Q1', 'Q2_1', 'Q2_2'],
  ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)', 'Finished', 'Recorded Date', 'Response ID', 'How likely are you to recommend working here?', 'Please rate - My manager listens to me', 'Please rate - I have the tools I need'],
  ['{"ImportId":"startDate","timeZone":"Europe/Paris"}', '{"ImportId":"endDate","timeZone":"Europe/Paris"}', '{"ImportId":"status"}', '{"ImportId":"ipAddress"}', '{"ImportId":"progress"}', '{"ImportId":"duration"}', '{"ImportId":"finished"}', '{"ImportId":"recordedDate","timeZone":"Europe/Paris"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2_1"}', '{"ImportId":"QID2_2"}'],
  ['2026-09-01 09:00:00', '2026-09-01 09:04:00', 'IP Address', '10.0.0.1', '100', '240', 'True', '2026-09-01 09:04:01', 'R_1', '10', 'Strongly agree', 'Agree'],
  ['2026-09-01 09:10:00', '2026-09-01 09:14:00', 'IP Address', '10.0.0.2', '100', '240', 'True', '2026-09-01 09:14:01', 'R_2', '9', 'Agree', 'Disagree'],
  ['2026-09-01 09:20:00', '2026-09-01 09:24:00', 'Survey Preview', '', '100', '240', 'True', '2026-09-01 09:24:01', 'R_3', '0', 'Strongly disagree', 'Strongly disagree'],
  ['2026-09-01 09:30:00', '2026-09-01 09:34:00', 'IP Address', '10.0.0.3', '100', '240', 'True', '2026-09-01 09:34:01', 'R_4', '7', 'Neither agree nor disagree', 'Agree'],
  ['2026-09-01 09:40:00', '2026-09-01 09:44:00', 'IP Address', '10.0.0.4', '100', '240', 'True', '2026-09-01 09:44:01', 'R_5', '3', 'Disagree', 'Strongly disagree'],
  ['2026-09-01 09:50:00', '2026-09-01 09:54:00', 'Spam', '10.9.9.9', '100', '3', 'True', '2026-09-01 09:54:01', 'R_6', '0', 'Strongly disagree', 'Strongly disagree'],
  ['2026-09-02 10:00:00', '2026-09-02 10:04:00', 'IP Address', '10.0.0.5', '100', '240', 'True', '2026-09-02 10:04:01', 'R_7', '8', 'Strongly agree', ''],
  ['2026-09-02 10:10:00', '2026-09-02 10:14:00', 'IP Address', '10.0.0.6', '100', '240', 'True', '2026-09-02 10:14:01', 'R_8', '10', 'Agree', 'Strongly agree'],
]);

describe('Qualtrics', () => {
  it('three header rows and the preview and spam rows are not respondents; short name, question text both name a column', () => {
    // Respondents: R_1, R_2, R_4, R_5, R_7, R_8 = 6.
    // eNPS (Q1): 10, 9, 7, 3, 8, 10 → promoters 3, detractors 1 → 100 × 2 / 6 = 33.3 → 33.
    // culture (by its text): SA, A, N, D, SA, A → 4 / 6 = 66.7 → 67.
    // tools (Q2_2): A, D, A, SD, (blank), SA → 3 / 5 = 60. Engagement 7 / 11 = 63.6 → 64.
    const { result, messages } = read('qualtrics.csv', QUALTRICS, [
      { header: 'Q1', target: 'enps' },
      { header: 'Please rate - My manager listens to me', target: 'culture' },
      { header: 'Q2_2', target: 'tools' },
    ]);
    expect(messages).toEqual([]);
    expect(result).toMatchObject({ respondents: 6, enps: 33, engagement: 64, dimensions: { culture: 67, tools: 60 } });
  });

  it('tells the layout from the rows themselves', () => {
    expect(detectLayout(['StartDate', 'Q1'], [['Start Date', 'How likely?'], ['{"ImportId":"startDate"}', '{"ImportId":"QID1"}']])).toMatchObject({
      tool: 'qualtrics',
      extra: 2,
      names: [['StartDate', 'Start Date'], ['Q1', 'How likely?']],
    });
    expect(detectLayout(['Horodateur', 'Q1'], [['01/09/2026', '9'], ['02/09/2026', '10']])).toMatchObject({ tool: 'plain', extra: 0 });
  });
});

// The same download with "Use numeric values": Status and Finished as numbers, each
// answer its choice's number (here the survey lists "Strongly agree" first: 1).
const QUALTRICS_NUMERIC = csv([
  ['StartDate', 'EndDate', 'Status', 'Finished', 'ResponseId', 'Q1', 'Q2_1', 'Q3'],
  ['Start Date', 'End Date', 'Response Type', 'Finished', 'Response ID', 'How likely are you to recommend working here?', 'Please rate - My manager listens to me', 'Your site'],
  ['{"ImportId":"startDate","timeZone":"Europe/Paris"}', '{"ImportId":"endDate","timeZone":"Europe/Paris"}', '{"ImportId":"status"}', '{"ImportId":"finished"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2_1"}', '{"ImportId":"QID3"}'],
  ['2026-09-01 09:00:00', '2026-09-01 09:04:00', '0', '1', 'R_1', '10', '1', '1'],
  ['2026-09-01 09:10:00', '2026-09-01 09:14:00', '1', '1', 'R_2', '0', '5', '2'],
  ['2026-09-01 09:20:00', '2026-09-01 09:24:00', '0', '1', 'R_3', '9', '2', '2'],
  ['2026-09-01 09:30:00', '2026-09-01 09:34:00', '2', '1', 'R_4', '0', '5', '1'],
  ['2026-09-01 09:40:00', '2026-09-01 09:44:00', '8', '1', 'R_5', '0', '5', '1'],
  ['2026-09-01 09:50:00', '2026-09-01 09:54:00', '0', '1', 'R_6', '3', '4', '1'],
]);

describe('Qualtrics with numeric values', () => {
  it('leaves out Status 1 (preview), 2 (generated test) and 8 (spam); warns once that agreement numbers may run the other way', () => {
    // Respondents R_1, R_3, R_6 = 3. eNPS: 10, 9, 3 → (2 − 1) / 3 = 33.3 → 33.
    // culture read as written (1 lowest): 1, 2, 4 → 1 favourable of 3 → 33 — the reverse of what was meant, hence the warning.
    const { result, messages } = read('numeric.csv', QUALTRICS_NUMERIC, [
      { header: 'Q1', target: 'enps' },
      { header: 'Q2_1', target: 'culture' },
    ]);
    expect(result).toMatchObject({ respondents: 3, enps: 33, dimensions: { culture: 33 } });
    // The first agreement cell: line 4, after 6 unquoted cells of 19 + 19 + 1 + 1 + 3 + 2 characters and their commas (51) → col 52.
    expect(messages).toEqual([
      'barometer/numeric.csv:4:52: warning: this Qualtrics file gives the answers as numbers (“Use numeric values”): miroir reads 1 as “Strongly disagree” and 5 as “Strongly agree”. If your scale starts with “Strongly agree”, the percentages are reversed. In Qualtrics, download the data again choosing “Use choice text”: miroir will read the answers themselves.',
    ]);
  });

  it('never publishes choice numbers as segment names, and says how to export names', () => {
    const { result, messages } = read('numeric.csv', QUALTRICS_NUMERIC, [{ header: 'Q1', target: 'enps' }], 'Your site');
    expect(result).toBeUndefined();
    // Q3 after "StartDate,EndDate,Status,Finished,ResponseId,Q1,Q2_1," (10 + 8 + 7 + 9 + 11 + 3 + 5 = 53) → col 54.
    expect(messages).toContain(
      'barometer/numeric.csv:1:54: error: the column “Q3” holds only codes (“1”), not names: they will never be published as segment names. In Qualtrics, download the data again choosing “Use choice text”: miroir will read the answers themselves.',
    );
  });
});

// SurveyMonkey "All responses data > CSV, expanded": the question once over its columns, then the statement.
const MONKEY = csv([
  ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1', 'How likely is it that you would recommend this company as a place to work?', 'How much do you agree with each statement?', '', 'Which site do you work at?'],
  ['', '', '', '', '', '', '', '', '', 'Response', 'My manager listens to me', 'I have the tools I need', 'Response'],
  ['114000000001', '431000001', '09/15/2026 10:02:11 AM', '09/15/2026 10:05:40 AM', '10.0.0.1', '', '', '', '', '10', 'Strongly agree', 'Agree', 'Lyon'],
  ['114000000002', '431000001', '09/15/2026 11:12:03 AM', '09/15/2026 11:15:20 AM', '10.0.0.2', '', '', '', '', '6', 'Agree', 'Agree', 'Lyon'],
  ['114000000003', '431000001', '09/16/2026 02:40:59 PM', '09/16/2026 02:44:10 PM', '10.0.0.3', '', '', '', '', '9', 'Disagree', 'Neither agree nor disagree', 'Paris'],
  ['114000000004', '431000001', '09/16/2026 03:01:00 PM', '09/16/2026 03:03:30 PM', '10.0.0.4', '', '', '', '', '9', 'Strongly agree', 'Strongly agree', 'Paris'],
  ['114000000005', '431000001', '09/17/2026 08:30:00 AM', '09/17/2026 08:33:00 AM', '10.0.0.5', '', '', '', '', '2', 'Agree', 'Disagree', 'Lyon'],
]);

describe('SurveyMonkey', () => {
  it('the second header row is not a respondent; a matrix statement is named alone or as "question - statement"', () => {
    // 5 respondents. eNPS: 10, 6, 9, 9, 2 → promoters 3, detractors 2 → 100 × 1 / 5 = 20.
    // culture (statement alone): SA, A, D, SA, A → 4 / 5 = 80; tools: A, A, N, SA, D → 3 / 5 = 60.
    // Engagement 7 / 10 = 70. Lyon (3): eNPS 10, 6, 2 → (1 − 2) / 3 = −33.3 → −33; Paris (2): 9, 9 → 100.
    const { result, messages } = read(
      'monkey.csv',
      MONKEY,
      [
        { header: 'How likely is it that you would recommend this company as a place to work?', target: 'enps' },
        { header: 'My manager listens to me', target: 'culture' },
        { header: 'How much do you agree with each statement? - I have the tools I need', target: 'tools' },
      ],
      'Which site do you work at?',
    );
    expect(messages).toEqual([]);
    expect(result).toMatchObject({ respondents: 5, enps: 20, engagement: 70, dimensions: { culture: 80, tools: 60 } });
    expect(result!.segments.map((s) => [s.name, s.respondents, s.enps])).toEqual([
      ['Lyon', 3, -33],
      ['Paris', 2, 100],
    ]);
  });

  it('the matrix question names all its statements at once', () => {
    // culture pools both statements: 4 + 3 favourable of 10 → 70.
    const { result } = read('monkey.csv', MONKEY, [{ header: 'How much do you agree with each statement?', target: 'culture' }]);
    expect(result).toMatchObject({ respondents: 5, dimensions: { culture: 70 } });
  });
});

// Google Forms' download of a grid question: one column per row of the grid, `Question [Row]`.
const GRID = csv([
  ['Horodateur', 'Agree? [My manager listens to me]', 'Agree? [I have the tools I need]'],
  ['2026/09/15 9:02:11 AM UTC+2', 'Strongly agree', 'Agree'],
  ['2026/09/15 9:12:11 AM UTC+2', 'Disagree', 'Agree'],
  ['2026/09/15 9:22:11 AM UTC+2', 'Agree', 'Strongly disagree'],
]);

describe('grid questions (Google Forms, LimeSurvey)', () => {
  it('answer to the whole header, "question - statement", the statement and the question', () => {
    expect(detectLayout(['Agree? [My manager listens to me]', 'Q02[SQ001]', 'Plain'], []).names).toEqual([
      ['Agree? [My manager listens to me]', 'Agree? - My manager listens to me', 'My manager listens to me', 'Agree?'],
      ['Q02[SQ001]', 'Q02 - SQ001', 'SQ001', 'Q02'],
      ['Plain'],
    ]);
  });

  it('a statement names its column; the question pools the grid', () => {
    // culture (the first statement): SA, D, A → 2 / 3 = 66.7 → 67; tools: A, A, SD → 2 / 3 = 66.7 → 67.
    const one = read('grid.csv', GRID, [
      { header: 'My manager listens to me', target: 'culture' },
      { header: 'Agree? - I have the tools I need', target: 'tools' },
    ]);
    expect(one.messages).toEqual([]);
    expect(one.result).toMatchObject({ respondents: 3, dimensions: { culture: 67, tools: 67 } });
    // The question alone: both statements pooled, 4 favourable of 6 → 67; named twice, no column counts twice.
    const all = read('grid.csv', GRID, [{ header: 'Agree?', target: 'culture' }]);
    expect(all.result).toMatchObject({ respondents: 3, engagement: 67, dimensions: { culture: 67 } });
  });
});

describe('answers with no opinion', () => {
  it('count like a blank cell, with one warning for all of them', () => {
    const file = csv([
      ['Horodateur', 'Recommanderiez-vous ? (0-10)', 'Mon intégration', 'Mes outils'],
      ['15/09/2026 09:02', '9', 'Tout à fait d’accord', 'Plutôt d’accord'],
      ['15/09/2026 10:15', '10', 'Je ne sais pas', 'Plutôt pas d’accord'],
      ['16/09/2026 14:03', '6', 'Plutôt d’accord', 'NSP'],
      ['16/09/2026 16:48', '8', 'Pas du tout d’accord', 'Tout à fait d’accord'],
      ['17/09/2026 08:30', 'Je ne sais pas', 'Plutôt d’accord', 'Plutôt d’accord'],
      ['18/09/2026 11:11', '9', 'Tout à fait d’accord', 'Pas du tout d’accord'],
    ]);
    // 6 respondents. eNPS on the 5 scores: 9, 10, 6, 8, 9 → (3 − 1) / 5 = 40.
    // culture: 5, 4, 1, 4, 5 → 4 / 5 = 80; tools: 4, 2, 5, 4, 1 → 3 / 5 = 60; engagement 7 / 10 = 70.
    const { result, messages } = read('nsp.csv', file, [
      { header: 'Recommanderiez-vous ? (0-10)', target: 'enps' },
      { header: 'Mon intégration', target: 'culture' },
      { header: 'Mes outils', target: 'tools' },
    ]);
    expect(result).toMatchObject({ respondents: 6, enps: 40, engagement: 70, dimensions: { culture: 80, tools: 60 } });
    // The first is line 3's culture answer, after "15/09/2026 10:15,10," (20 characters) → col 21.
    expect(messages).toEqual([
      'barometer/nsp.csv:3:21: warning: 3 answers give no opinion (“Je ne sais pas”): like a blank cell, they do not count in the percentages (lines 3, 4, 6). Nothing to do: this is the usual rule of engagement surveys.',
    ]);
  });
});

describe('an .xlsx of responses (Microsoft Forms)', () => {
  it('is read like its CSV, from the first sheet or the one named', () => {
    const rows = [
      ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Would you recommend us as an employer? (0-10)', 'I have the tools I need'],
      [1, { date: 46280.4 }, { date: 46280.41 }, 'anonymous', '', 9, 'Agree'],
      [2, { date: 46280.5 }, { date: 46280.51 }, 'anonymous', '', 4, 'Strongly agree'],
      [3, { date: 46281.5 }, { date: 46281.51 }, 'anonymous', '', 10, 'Disagree'],
    ];
    const book = workbook([{ name: 'Notes', rows: [['x']] }, { name: 'Form1', rows }]);
    // eNPS: 9, 4, 10 → (2 − 1) / 3 = 33.3 → 33; tools: A, SA, D → 2 / 3 = 66.7 → 67.
    const { result, messages } = read('forms.xlsx', book, [
      { header: 'Would you recommend us as an employer? (0-10)', target: 'enps' },
      { header: 'I have the tools I need', target: 'tools' },
    ], undefined, 'Form1');
    expect(messages).toEqual([]);
    expect(result).toMatchObject({ respondents: 3, enps: 33, dimensions: { tools: 67 } });
  });
});
