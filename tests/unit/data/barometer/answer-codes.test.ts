// LimeSurvey exported with "answer codes": one error saying to export full answers (not
// one per cell), and a segment column of codes never published as names.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import type { Locale } from '../../../../src/model.ts';
import { readResponses } from '../../../../src/data/barometer/responses.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function read(text: string, locale: Locale, segmentColumn?: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'miroir-codes-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'barometer'));
  writeFileSync(path.join(dir, 'barometer', 'lime.csv'), text);
  const diags = new Diagnostics();
  const questions = [
    { header: 'Q01', target: 'enps' },
    { header: 'Q02[SQ001]', target: 'culture' },
  ];
  const { result } = readResponses(dir, 'barometer/lime.csv', { scale: 5, questions, segmentColumn }, ['culture'], diags);
  return { result, lines: diags.sorted().map((d) => formatDiagnostic(d, locale).replace(`${path.basename(dir)}/`, '')) };
}

// LimeSurvey "Export responses", headings "Question code", responses "Answer codes".
const CODES = [
  'id,submitdate,lastpage,startlanguage,seed,Q01,Q02[SQ001],Q03',
  '1,2026-09-01 09:02:11,3,fr,123,9,AO04,AO01',
  '2,2026-09-01 09:05:40,3,fr,124,10,AO05,AO02',
  '3,2026-09-01 10:11:02,3,fr,125,6,AO02,AO01',
  '',
].join('\n');

describe('answer codes', () => {
  it('one error at the first code with the count and lines, saying to export full answers', () => {
    // Q02[SQ001] is the 7th column: after "1,2026-09-01 09:02:11,3,fr,123,9," (33 characters) → col 34.
    const fr = read(CODES, 'fr');
    expect(fr.result).toBeUndefined();
    expect(fr.lines).toEqual([
      'barometer/lime.csv:2:34: error: les réponses de ce fichier sont des codes («\u202fAO04\u202f»), pas les réponses elles-mêmes\u00a0: miroir ne peut pas les lire. 3 lignes sont dans ce cas\u00a0: lignes 2, 3, 4. Dans LimeSurvey, exportez à nouveau en choisissant «\u202fréponses complètes\u202f» (et non «\u202fcodes des réponses\u202f»).',
    ]);
    expect(read(CODES, 'en').lines).toEqual([
      'barometer/lime.csv:2:34: error: the answers in this file are codes (“AO04”), not the answers themselves: miroir cannot read them. 3 rows like this: lines 2, 3, 4. In LimeSurvey, export again choosing “Full answers” (not “Answer codes”).',
    ]);
  });

  it('a segment column of codes: an error, no segment named AO01', () => {
    const full = [
      'id,submitdate,lastpage,startlanguage,seed,Q01,Q02[SQ001],Q03',
      '1,2026-09-01 09:02:11,3,fr,123,9,Plutôt d’accord,AO01',
      '2,2026-09-01 09:05:40,3,fr,124,10,Tout à fait d’accord,AO02',
      '3,2026-09-01 10:11:02,3,fr,125,6,Pas d’accord,AO01',
      '',
    ].join('\n');
    const { result, lines } = read(full, 'en', 'Q03');
    expect(result).toBeUndefined();
    // Q03 is the 8th header: after "id,submitdate,lastpage,startlanguage,seed,Q01,Q02[SQ001]," (3 + 11 + 9 + 14 + 5 + 4 + 11 = 57) → col 58.
    expect(lines).toEqual([
      'barometer/lime.csv:1:58: error: the column “Q03” holds only codes (“AO01”), not names: they will never be published as segment names. In LimeSurvey, export again choosing “Full answers”.',
    ]);
  });
});
