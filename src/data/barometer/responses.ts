// A barometer wave computed from a respondent-level export (Google Forms, Microsoft
// Forms, Excel): one row per respondent, one column per question, a blank cell for no
// answer. The file is read once, row by row, with every distinct cell text parsed only
// once, so 20,000 respondents × 30 questions take a fraction of a second.
// The arithmetic of the figures is tally.ts's; this is the file's reading: where the
// questions are, each row counted as it is read, every problem at its cell.
import type { Diagnostics, Position, SourceFile } from '../diagnostics.ts';
import { dataFile, readBytes } from '../sources/files.ts';
import { streamCsv, type CsvHead, type CsvRow, } from '../sources/csv.ts';
import { streamXlsx } from '../sources/xlsx.ts';
import { respondentRows, type ExportLayout } from '../sources/header-rows.ts';
import { Repeated } from '../repeated.ts';
import { normalizeWord, suggest } from '../sources/text.ts';
import { enpsCode, INVALID, likertCode, NO_ANSWER, Tally, type Figures } from './tally.ts';

export interface QuestionSpec {
  /** The column header, as written under `questions` in barometer.yaml. */
  header: string;
  /** `enps` or a dimension id. */
  target: string;
}

export interface ResponsesSpec {
  /** Likert points of numeric answers (2..11). */
  scale: number;
  questions: readonly QuestionSpec[];
  segmentColumn?: string;
}

export interface ResponsesResult extends Figures {
  /** One per distinct value of the segment column (blank cells belong to none), by name. */
  segments: (Figures & { name: string })[];
}

/** Where each mapped question is in the file; reports the ones that are not. */
function findColumns(table: CsvHead, spec: ResponsesSpec, dimensionIds: readonly string[], diags: Diagnostics, names: readonly (readonly string[])[]): { index: number; target: number; header: string }[] | undefined {
  // Every name of a column (short name, question text, statement…: header-rows.ts) finds it.
  const byHeader = new Map<string, number[]>();
  names.forEach((list, i) => {
    for (const name of new Set(list.map(normalizeWord))) byHeader.set(name, [...(byHeader.get(name) ?? []), i]);
  });
  const allNames = [...new Set(names.flat())];
  const at = table.cellPos(undefined, 0);
  const columns: { index: number; target: number; header: string }[] = [];
  const missing: QuestionSpec[] = [];
  for (const q of spec.questions) {
    const target = q.target === 'enps' ? -1 : dimensionIds.indexOf(q.target);
    const found = byHeader.get(normalizeWord(q.header));
    if (found) for (const index of found) columns.push({ index, target, header: table.header[index]! });
    else missing.push(q);
  }
  // A header close to a missing question is a typo (error); a question with nothing
  // close was not asked in this wave (questionnaires change between waves): a warning.
  for (const q of missing) {
    const suggestion = suggest(q.header, allNames);
    if (suggestion) diags.error(table.file, at, 'barometer.responses.question_missing', { header: q.header, suggestion });
    else if (columns.length > 0) diags.warning(table.file, at, 'barometer.responses.question_absent', { header: q.header });
  }
  if (columns.length === 0) {
    diags.error(table.file, at, 'barometer.responses.no_question_found');
    return undefined;
  }
  return columns;
}

const MAX_CELL_ERRORS = 20;

/** An answer code as LimeSurvey exports them with "answer codes": `A1`, `AO04`, `SQ001`. */
const ANSWER_CODE = /^(A|AO|SQ)\d{1,4}$/;

interface Tallier {
  /** Counts one respondent's answers. */
  add(row: CsvRow): void;
  /** The figures, or undefined (reported) when there are none. */
  finish(): ResponsesResult | undefined;
}

/**
 * Where the questions are (problems with the header are reported at once), then the
 * answers row by row: rows can be counted as they are read, without keeping them.
 */
function tallier(table: CsvHead, spec: ResponsesSpec, dimensionIds: readonly string[], diags: Diagnostics, layout: ExportLayout): Tallier {
  const headerAt = table.cellPos(undefined, 0);
  const { names } = layout;
  const columns = findColumns(table, spec, dimensionIds, diags, names);
  let segmentIndex = -1;
  if (spec.segmentColumn !== undefined) {
    // Named like a question: by its header, or its question text in Qualtrics.
    const wanted = normalizeWord(spec.segmentColumn);
    segmentIndex = names.findIndex((list) => list.some((n) => normalizeWord(n) === wanted));
    if (segmentIndex < 0) {
      diags.error(table.file, headerAt, 'barometer.responses.segment_column_missing', {
        header: spec.segmentColumn,
        suggestion: suggest(spec.segmentColumn, [...new Set(names.flat())]),
      });
    }
  }
  // Qualtrics' numeric values: an agreement answer is its choice's number, in the order the
  // survey lists the choices, which miroir cannot see. Told once, at the first such cell.
  let numberedAgreement: Position | undefined;
  let rows = 0;

  const wave = new Tally(dimensionIds.length);
  // Segments are grouped the forgiving way (« Saint-Étienne » = « saint etienne »)
  // and named by their most frequent spelling.
  const segments = new Map<string, { tally: Tally; spellings: Map<string, number> }>();
  const segmentKeys = new Map<string, string>();
  const likertCache = new Map<string, number>();
  const enpsCache = new Map<string, number>();
  const answeredDims = new Array<boolean>(dimensionIds.length).fill(false);
  let cellErrors = 0;
  let firstUnlisted: Position | undefined;

  // LimeSurvey's "answer codes" export (`AO04`): no answer can be read, so one message
  // says how to export the answers themselves, instead of one per cell.
  const codes = new Repeated();
  // « Je ne sais pas », "N/A": no answer, like a blank cell; told once, with the count.
  const noOpinion = new Repeated();
  const unreadable = (row: CsvRow, col: { index: number; target: number; header: string }, cell: string): void => {
    if (ANSWER_CODE.test(cell)) return codes.add(() => table.cellPos(row, col.index), cell);
    cellErrors++;
    const at = table.cellPos(row, col.index);
    if (cellErrors <= MAX_CELL_ERRORS) {
      if (col.target < 0) diags.error(table.file, at, 'barometer.responses.enps_cell', { found: cell, header: col.header });
      else diags.error(table.file, at, 'barometer.responses.likert_cell', { found: cell, header: col.header, scale: spec.scale });
    } else {
      firstUnlisted ??= at;
    }
  };

  const add = (row: CsvRow): void => {
    rows++;
    if (!columns) return;
    let segment: Tally | undefined;
    if (segmentIndex >= 0) {
      const name = (row.cells[segmentIndex] ?? '').trim();
      if (name !== '') {
        let key = segmentKeys.get(name);
        if (key === undefined) segmentKeys.set(name, (key = normalizeWord(name) || name));
        let entry = segments.get(key);
        if (!entry) segments.set(key, (entry = { tally: new Tally(dimensionIds.length), spellings: new Map() }));
        entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
        segment = entry.tally;
        segment.respondents++;
      }
    }
    wave.respondents++;
    // Which figures this respondent answered: each counts them once, however many of its questions they answered.
    let npsAnswered = false;
    answeredDims.fill(false);
    for (const col of columns) {
      const raw = row.cells[col.index];
      if (raw === undefined) continue;
      const cell = raw.trim();
      if (cell === '') continue;
      if (col.target < 0) {
        let code = enpsCache.get(cell);
        if (code === undefined) enpsCache.set(cell, (code = enpsCode(cell)));
        if (code === NO_ANSWER) noOpinion.add(() => table.cellPos(row, col.index), cell);
        else if (code === INVALID) unreadable(row, col, cell);
        else {
          npsAnswered = true;
          wave.nps[code]!++;
          if (segment) segment.nps[code]!++;
        }
      } else {
        let code = likertCache.get(cell);
        if (code === undefined) likertCache.set(cell, (code = likertCode(cell, spec.scale)));
        if (code === NO_ANSWER) {
          noOpinion.add(() => table.cellPos(row, col.index), cell);
          continue;
        }
        if (layout.numeric && numberedAgreement === undefined && code !== INVALID) numberedAgreement = table.cellPos(row, col.index);
        if (code === INVALID) unreadable(row, col, cell);
        else {
          answeredDims[col.target] = true;
          wave.answered[col.target]!++;
          wave.fav[col.target]! += code;
          if (segment) {
            segment.answered[col.target]!++;
            segment.fav[col.target]! += code;
          }
        }
      }
    }
    wave.answeredBy(npsAnswered, answeredDims);
    segment?.answeredBy(npsAnswered, answeredDims);
  };

  const finish = (): ResponsesResult | undefined => {
    if (rows === 0) {
      diags.error(table.file, headerAt, 'barometer.responses.no_rows');
      return undefined;
    }
    if (!columns) return undefined;
    if (firstUnlisted) diags.error(table.file, firstUnlisted, 'barometer.responses.more_errors', { count: cellErrors - MAX_CELL_ERRORS });
    if (codes.count > 0) diags.error(table.file, codes.first[0]!, 'barometer.responses.answer_codes', { found: codes.example, ...codes.params() });
    if (noOpinion.count > 0) diags.warning(table.file, noOpinion.first[0]!, 'barometer.responses.no_opinion', { found: noOpinion.example, ...noOpinion.params() });
    if (numberedAgreement) diags.warning(table.file, numberedAgreement, 'barometer.responses.numbered_agreement', { scale: spec.scale });
    // A segment column of codes would publish `AO03` (or Qualtrics' `2`) as a site's name: never.
    const spelled = [...segments.values()].flatMap((s) => [...s.spellings.keys()]);
    const code = layout.numeric ? /^\d+$/ : ANSWER_CODE;
    if (spelled.length > 0 && spelled.every((n) => code.test(n))) {
      diags.error(table.file, table.cellPos(undefined, segmentIndex), 'barometer.responses.segment_codes', { header: table.header[segmentIndex], found: spelled[0], tool: layout.tool });
      return undefined;
    }
    if (codes.count > 0) return undefined;
    const named = [...segments.values()].map(({ tally, spellings }) => {
      let name = '';
      let best = 0;
      for (const [spelling, n] of spellings) if (n > best) [name, best] = [spelling, n];
      return { name, ...tally.figures(dimensionIds) };
    });
    named.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return { ...wave.figures(dimensionIds), segments: named };
  };
  return { add, finish };
}

/** Reads `rel` (relative to the data folder) and computes its figures. */
export function readResponses(
  dataDir: string,
  rel: string,
  spec: ResponsesSpec,
  dimensionIds: readonly string[],
  diags: Diagnostics,
  sheet?: string,
): { file: SourceFile; result?: ResponsesResult } {
  const file = dataFile(dataDir, rel);
  const bytes = readBytes(file, diags);
  if (!bytes) return { file };
  // Counted as the rows are read (20,000 respondents × 30 questions are never all in memory),
  // once the first rows have told whether the tool wrote more header rows (header-rows.ts).
  let tally: Tallier | undefined;
  const rows = respondentRows((table, layout) => {
    tally = tallier(table, spec, dimensionIds, diags, layout);
    return tally.add;
  });
  const head = /\.xlsx$/i.test(rel) ? streamXlsx(file, bytes, diags, rows.onHeader, rows.onRow, { sheet }) : streamCsv(file, bytes, diags, rows.onHeader, rows.onRow);
  rows.end();
  return { file, result: head && tally ? tally.finish() : undefined };
}
