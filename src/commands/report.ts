// How problems leave a command: plain lines for people, GitHub annotations for pull
// requests, and a Markdown table for the job summary (GitHub shows only 10
// annotations of each kind per step and drops the rest silently).
import path from 'node:path';
import { diagnosticText, formatDiagnostic, type Diagnostic } from '../data/diagnostics.ts';
import type { Locale } from '../model.ts';
import { COMMAND_WORDS } from '../words/commands.ts';

export type Format = 'text' | 'github';

/** GitHub's escaping for annotation data (%, CR, LF) and properties (also : and ,). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Path relative to the repository root (the working directory), `/`-separated. */
export function repoPath(d: Diagnostic, cwd = process.cwd()): string {
  return path.relative(cwd, d.file.abs).split(path.sep).join('/');
}

export function annotation(d: Diagnostic, locale: Locale, cwd = process.cwd()): string {
  const props = `file=${escapeProperty(repoPath(d, cwd))},line=${d.line},col=${d.col}`;
  return `::${d.severity} ${props}::${escapeData(diagnosticText(d, locale))}`;
}

export function formatLines(diags: Diagnostic[], locale: Locale, format: Format, cwd = process.cwd()): string[] {
  return diags.map((d) => (format === 'github' ? annotation(d, locale, cwd) : formatDiagnostic(d, locale)));
}

const SUMMARY = { fr: COMMAND_WORDS.fr.check, en: COMMAND_WORDS.en.check } as const;

export function countLine(diags: Diagnostic[], locale: Locale): string {
  // A `problems.more` line stands for the problems it counts (data/caps.ts): the total is of problems, not of lines.
  const weight = (d: Diagnostic): number => (d.code === 'problems.more' ? Number(d.params.count) : 1);
  let errors = 0;
  let warnings = 0;
  for (const d of diags) {
    if (d.severity === 'error') errors += weight(d);
    else warnings += weight(d);
  }
  return errors + warnings === 0 ? SUMMARY[locale].none : SUMMARY[locale].counts(errors, warnings);
}

/**
 * Text from the data (keys, headers, values quoted in a message) as one Markdown table
 * cell: a raw `<!--` would hide every later row, a `|` would split the cell, a backtick
 * or a bracket would start code or a link. HTML is written as entities, Markdown's
 * inline markers are backslash-escaped, and `_` is left alone (GitHub does not read it
 * inside a word, and ids such as `in_progress` stay readable in the raw file).
 */
const cell = (s: string | number): string =>
  String(s)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*[\]|~]/g, (c) => `\\${c}`);

/** A file path as a code span: fenced by more backticks than it holds, `|` still escaped for the table. */
const codeCell = (s: string): string => {
  const text = s.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest === 0 ? `${fence}${text}${fence}` : `${fence} ${text} ${fence}`;
};

/** Every problem as a Markdown table, for $GITHUB_STEP_SUMMARY. */
export function summaryTable(diags: Diagnostic[], locale: Locale, cwd = process.cwd()): string {
  const t = SUMMARY[locale];
  const lines = [`### ${t.title}`, '', countLine(diags, locale), ''];
  if (diags.length > 0) {
    lines.push(t.head, '|---|---|---:|---:|---|');
    for (const d of diags) {
      lines.push(`| ${t[d.severity]} | ${codeCell(repoPath(d, cwd))} | ${d.line} | ${d.col} | ${cell(diagnosticText(d, locale))} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
