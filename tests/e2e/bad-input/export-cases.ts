// Bad input from exports as the tools write them (issue 11): two verbatims exports, a
// damaged workbook, a zip bomb, LimeSurvey answer codes, questions not in the file, a date
// in the other day/month order than its column.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BadCase } from './cases.ts';

const EXPORTS = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'exports');
const FORMS = readFileSync(path.join(EXPORTS, 'microsoft-forms', 'verbatims.xlsx'));
const BOMB = readFileSync(path.join(EXPORTS, 'hostile', 'bomb.xlsx'));

// LimeSurvey, "Export responses" with "Answer codes" and "Question code" headings.
const LIME = [
  'id,submitdate,lastpage,startlanguage,seed,Q01,Q02[SQ001],Q02[SQ002]',
  '1,2026-09-01 09:02:11,3,fr,123,9,AO04,AO05',
  '2,2026-09-01 09:05:40,3,fr,124,10,AO05,AO04',
  '3,2026-09-01 10:11:02,3,fr,125,6,AO02,AO03',
  '4,2026-09-02 08:40:00,3,fr,126,8,AO04,AO04',
  '5,2026-09-02 11:20:30,3,fr,127,9,AO05,AO05',
  '',
].join('\n');
const WAVE = (questions: string) =>
  `questions:\n${questions}waves:\n  - id: 2026-09\n    date: 2026-09-30\n    invited: 10\n    responses: barometer/2026-09.csv\n`;

export const EXPORT_CASES: BadCase[] = [
  { name: 'verbatims.csv and verbatims.xlsx together', files: { 'verbatims.xlsx': FORMS }, expected: [
      'data/verbatims.xlsx:1:1: error: le dossier des données contient à la fois «\u202fverbatims.csv\u202f» et «\u202fverbatims.xlsx\u202f»\u00a0: miroir ne sait pas lequel est à jour. Gardez-en un seul (supprimez ou renommez l’autre).',
    ], en: [
      'data/verbatims.xlsx:1:1: error: the data folder holds both “verbatims.csv” and “verbatims.xlsx”: miroir cannot tell which is up to date. Keep only one (delete or rename the other).',
    ] },
  { name: 'a truncated verbatims.xlsx', files: { 'verbatims.csv': null, 'verbatims.xlsx': FORMS.subarray(0, 4000) }, expected: [
      'data/verbatims.xlsx:1:1: error: ce classeur est endommagé et ne peut pas être lu (fichier tronqué ou mal enregistré). Ouvrez-le dans Excel (ou LibreOffice) et enregistrez-le au format «\u202fClasseur Excel (.xlsx)\u202f», ou exportez-le en CSV.',
    ], en: [
      'data/verbatims.xlsx:1:1: error: this workbook is damaged and cannot be read (a truncated or badly saved file). Open it in Excel (or LibreOffice) and save it as “Excel Workbook (.xlsx)”, or export it as CSV.',
    ] },
  { name: 'a zip bomb named verbatims.xlsx', files: { 'verbatims.csv': null, 'verbatims.xlsx': BOMB }, expected: [
      'data/verbatims.xlsx:1:1: error: ce classeur dépasse 256\u00a0Mo une fois décompressé\u00a0: ce n’est pas un export d’enquête ordinaire (peut-être un fichier piégé). Exportez seulement les réponses, en .xlsx ou en CSV.',
    ], en: [
      'data/verbatims.xlsx:1:1: error: this workbook unpacks to more than 256 MB: that is no ordinary survey export (perhaps a booby-trapped file). Export only the answers, as .xlsx or CSV.',
    ] },
  { name: 'LimeSurvey answer codes', files: { 'barometer.yaml': WAVE('  Q01: enps\n  "Q02[SQ001]": culture\n'), 'barometer/2026-09.csv': LIME }, expected: [
      'data/barometer/2026-09.csv:2:34: error: les réponses de ce fichier sont des codes («\u202fAO04\u202f»), pas les réponses elles-mêmes\u00a0: miroir ne peut pas les lire. 5 lignes sont dans ce cas\u00a0: lignes 2, 3, 4, 5, 6. Dans LimeSurvey, exportez à nouveau en choisissant «\u202fréponses complètes\u202f» (et non «\u202fcodes des réponses\u202f»).',
    ], en: [
      'data/barometer/2026-09.csv:2:34: error: the answers in this file are codes (“AO04”), not the answers themselves: miroir cannot read them. 5 rows like this: lines 2, 3, 4, 5, 6. In LimeSurvey, export again choosing “Full answers” (not “Answer codes”).',
    ] },
  { name: 'no listed question in the responses file', files: { 'barometer.yaml': WAVE('  "Recommanderiez-vous votre employeur ?": enps\n'), 'barometer/2026-09.csv': LIME }, expected: [
      'data/barometer/2026-09.csv:1:1: error: aucune des questions listées sous «\u202fquestions\u202f» dans barometer.yaml n’est une colonne de ce fichier. Vérifiez que «\u202fresponses\u202f» désigne le bon fichier et que les titres sont recopiés à l’identique.',
    ], en: [
      'data/barometer/2026-09.csv:1:1: error: none of the questions listed under “questions” in barometer.yaml is a column of this file. Check that “responses” names the right file and that the headers are copied exactly.',
    ] },
  {
    name: 'a date in the other day/month order than its column',
    files: { 'verbatims.csv': 'Date;Commentaire\n13/10/2026;Très bien\n14/10/2026;Parfait\n10/15/2026;Trop long\n' },
    expected: [
      'data/verbatims.csv:4:1: error: «\u202fDate\u202f»\u00a0: «\u202f10/15/2026\u202f» ne se lit que mois puis jour, alors que cette colonne se lit jour puis mois (2 dates comme «\u202f13/10/2026\u202f»). 1 ligne est dans ce cas\u00a0: ligne 4. Écrivez toutes les dates dans le même ordre, ou en AAAA-MM-JJ.',
    ],
    en: [
      'data/verbatims.csv:4:1: error: “Date”: “10/15/2026” can only be read month then day, but this column reads day then month (2 dates like “13/10/2026”). 1 row like this: line 4. Write every date in the same order, or as YYYY-MM-DD.',
    ],
  },
];
