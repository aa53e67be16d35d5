// Every problem miroir finds in the data is a Diagnostic: a message code from the
// catalogue (src/words/messages/), its parameters, and where it is. Formatting into a
// sentence happens only at the edge (check, build, summary), in the site's locale.
import { message, type Locale, type MessageCode, type MessageParams } from '../words/messages/index.ts';
import { cellSuffix } from '../words/messages/workbooks.ts';

export type Severity = 'error' | 'warning';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  col: number;
  /** In a workbook: the cell reference (`C12`) and the sheet, named in the message. */
  cell?: string;
  sheet?: string;
}

export interface SourceFile {
  /** Absolute path on disk. */
  abs: string;
  /** Path shown to people: relative to the data folder's parent, e.g. `data/actions.yaml`. */
  display: string;
  /** The data folder the file belongs to: reading it is confined there (sources/safe-path.ts). */
  root?: string;
}

export interface Diagnostic extends Position {
  file: SourceFile;
  severity: Severity;
  code: MessageCode;
  params: MessageParams;
}

export class Diagnostics {
  readonly list: Diagnostic[] = [];

  error(file: SourceFile, at: Position, code: MessageCode, params: MessageParams = {}): void {
    this.list.push({ file, line: at.line, col: at.col, severity: 'error', code, params: withCell(at, params) });
  }

  warning(file: SourceFile, at: Position, code: MessageCode, params: MessageParams = {}): void {
    this.list.push({ file, line: at.line, col: at.col, severity: 'warning', code, params: withCell(at, params) });
  }

  /**
   * A place in the reading order, for a problem found later by the privacy step about a
   * value read here (a highlight's phone number): see warningAt.
   */
  mark(): number {
    return this.list.length - this.placed.length;
  }

  /**
   * A warning found after the reading, listed where its reader stood when it took `mark`,
   * so that problems at the same line and column keep the order they had when each
   * reader warned as it read (a warning about a segment's name, then the error that
   * the name is a duplicate).
   */
  warningAt(mark: number, file: SourceFile, at: Position, code: MessageCode, params: MessageParams = {}): void {
    // Reader problems before the mark, and the warnings placed at or before it.
    let before = 0;
    for (const m of this.placed) if (m <= mark) before++;
    this.placed.push(mark);
    this.list.splice(mark + before, 0, { file, line: at.line, col: at.col, severity: 'warning', code, params: withCell(at, params) });
  }

  /** The marks of the warnings placed by warningAt. */
  private readonly placed: number[] = [];

  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }

  /** Sorted by file, then line, then column: the order people read a file in. */
  sorted(): Diagnostic[] {
    return [...this.list].sort(
      (a, b) =>
        a.file.display.localeCompare(b.file.display) || a.line - b.line || a.col - b.col,
    );
  }
}

export const START: Position = { line: 1, col: 1 };

/** A workbook's cell travels with the problem's parameters, so every message can name it. */
function withCell(at: Position, params: MessageParams): MessageParams {
  return at.cell === undefined ? params : { ...params, cell: at.cell, sheet: at.sheet };
}

export function diagnosticText(d: Diagnostic, locale: Locale): string {
  const text = message(d.code, d.params, locale);
  return d.params.cell === undefined ? text : `${text}${cellSuffix(locale, d.params)}`;
}

/** `FILE:LINE:COL: error|warning: message` — the contract's line format. */
export function formatDiagnostic(d: Diagnostic, locale: Locale, file = d.file.display): string {
  // One line per problem, even when a quoted value holds a line break.
  return `${file}:${d.line}:${d.col}: ${d.severity}: ${diagnosticText(d, locale).replace(/\r\n|\r|\n/g, ' ↵ ')}`;
}
