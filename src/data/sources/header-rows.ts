// The header rows survey tools write above the answers, so they are never counted as
// respondents and every name they give a column can be used in `questions:`.
// - Qualtrics: short names (`Q2_1`), then the question text (`Please rate - My manager
//   listens`), then `{"ImportId":"QID2_1"}`; its `Status` column marks preview and spam rows.
// - SurveyMonkey: the question (written once above all the columns of a matrix or of a
//   question's options), then `Response`, `Open-Ended Response`, the option or the
//   statement of each column.
// Other exports (Google Forms, Microsoft Forms, Typeform, LimeSurvey) have one header row.
// - Typeform: the question title with its formatting, as HTML in older exports.
// - Google Forms and LimeSurvey: a grid's columns are `Question [Statement]`.
// A verbatims export (a customer survey's comments) and a barometer wave's respondent
// file are both read through this.
import type { CsvHead, CsvRow } from './csv.ts';
import { normalizeWord } from './text.ts';

export interface ExportLayout {
  tool: 'qualtrics' | 'surveymonkey' | 'plain';
  /** How many rows below the header are header rows too. */
  extra: number;
  /** Every name each column may be called by, the header's first. */
  names: string[][];
  /** Qualtrics' Status column, or −1. */
  statusIndex: number;
  /** Qualtrics' `{"ImportId":…}` row: it names the zone of each date column. */
  importIds?: readonly string[];
  /**
   * A Qualtrics export with "Use numeric values": every answer is its choice's number (its
   * Status `0`, `1`… rather than `IP Address`, `Survey Preview`…), so an agreement scale
   * may run either way and a multiple choice is a number, not a name.
   */
  numeric: boolean;
}

/** How many rows below the header must be seen to tell the layout (Qualtrics' first answers included). */
export const LOOKAHEAD = 3;

const isImportId = (cell: string): boolean => cell.trimStart().startsWith('{"ImportId"');

/** Whether most filled cells of `row` are Qualtrics' `{"ImportId":…}`. */
function importIdRow(row: readonly string[] | undefined): boolean {
  if (!row) return false;
  const filled = row.filter((c) => c.trim() !== '');
  return filled.length > 0 && filled.filter(isImportId).length * 2 >= filled.length;
}

// Words SurveyMonkey writes in its second row for a one-column question.
const SM_PLAIN = new Set(['response', 'openendedresponse', 'reponse', 'reponseouverte', 'other', 'autre', 'otherpleasespecify', 'autreveuillezpreciser']);

/** The layout of an export from its header and the rows just below it. */
export function detectLayout(header: readonly string[], next: readonly (readonly string[])[]): ExportLayout {
  const words = new Set(header.map(normalizeWord));
  if (importIdRow(next[1]) || importIdRow(next[0])) {
    // Older Qualtrics exports have the ImportId row second, with no question text.
    const text = importIdRow(next[1]) ? next[0]! : undefined;
    const names = header.map((h, i) => (text && text[i]?.trim() ? [h, ...statementNames(text[i]!.trim())] : [h]));
    const statusIndex = header.findIndex((h) => normalizeWord(h) === 'status');
    const extra = text ? 2 : 1;
    const numeric = statusIndex >= 0 && /^\d+$/.test((next[extra]?.[statusIndex] ?? '').trim());
    return { tool: 'qualtrics', extra, names, statusIndex, importIds: text ? next[1] : next[0], numeric };
  }
  if (words.has('respondentid') && words.has('collectorid') && next[0]) {
    const second = next[0];
    let question = '';
    const names = header.map((h, i) => {
      if (h.trim() !== '') question = h.trim();
      const statement = (second[i] ?? '').trim();
      if (statement === '' || SM_PLAIN.has(normalizeWord(statement))) return [question];
      // Each column of a matrix answers to its question too: `questions:` may map the
      // whole matrix to a dimension in one line.
      return [question, `${question} - ${statement}`, statement];
    });
    return { tool: 'surveymonkey', extra: 1, names, statusIndex: -1, numeric: false };
  }
  // Typeform keeps the formatting of a question's title in its header
  // (`<strong>Are you self-employed?</strong>`): the title as shown answers too.
  const names = header.map((h) => {
    const shown = h.includes('<') ? h.replace(/<\/?[a-z][^<>]*>/gi, '').trim() : h;
    return [...new Set([h, ...statementNames(shown)])];
  });
  return { tool: 'plain', extra: 0, names, statusIndex: -1, numeric: false };
}

/**
 * A header and, when it is one statement of a grid (`Question [Statement]`), the names
 * that statement answers to as in SurveyMonkey: `Question - Statement`, the statement, the
 * question (which maps the whole grid in one line).
 */
function statementNames(header: string): string[] {
  const m = /^(.+?)\s*\[([^\[\]]+)\]$/.exec(header);
  if (!m) return [header];
  const [question, statement] = [m[1]!.trim(), m[2]!.trim()];
  return [header, `${question} - ${statement}`, statement, question];
}

// Qualtrics' Response Type of answers that are no one's: previews, the test responses it
// generates, spam, by name (choice text) or by number (numeric values: 0 is a real
// response, 4 an imported one, 16 one collected offline).
const NOT_RESPONDENTS = new Set(['surveypreview', 'surveytest', 'spam', 'surveypreviewspam', 'importedspam', 'offlinesurveypreview', '1', '2', '8', '9', '12', '17']);

/** Qualtrics' preview, test and spam rows: not respondents. */
export function notRespondent(layout: ExportLayout, cells: readonly string[]): boolean {
  return layout.statusIndex >= 0 && NOT_RESPONDENTS.has(normalizeWord(cells[layout.statusIndex] ?? ''));
}

/**
 * A table's rows as a survey tool wrote them, in, and each respondent's row, out: the
 * first rows are held until they tell the layout (`start` then gets it, and returns what
 * takes each row, or undefined to take none); header rows and preview, test and spam rows
 * never come out. `onHeader` and `onRow` go to streamCsv or streamXlsx; `end` after them.
 */
export function respondentRows(start: (head: CsvHead, layout: ExportLayout) => ((row: CsvRow) => void) | undefined): {
  onHeader: (head: CsvHead) => boolean;
  onRow: (row: CsvRow) => void;
  end: () => void;
} {
  let head: CsvHead | undefined;
  let layout: ExportLayout | undefined;
  let take: ((row: CsvRow) => void) | undefined;
  const held: CsvRow[] = [];
  const respondent = (row: CsvRow): void => {
    if (!notRespondent(layout!, row.cells)) take!(row);
  };
  const settle = (): void => {
    layout = detectLayout(head!.header, held.map((r) => r.cells));
    take = start(head!, layout);
    const rest = held.splice(0).slice(layout.extra);
    if (take) for (const row of rest) respondent(row);
  };
  return {
    onHeader: (h) => {
      head = h;
      return true;
    },
    onRow: (row) => {
      if (take) return respondent(row);
      if (layout) return;
      held.push(row);
      if (held.length === LOOKAHEAD) settle();
    },
    end: () => {
      if (head && !layout) settle();
    },
  };
}
