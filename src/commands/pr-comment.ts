// node scripts/pr-comment.ts --check FILE --status CODE --summary FILE [--artifacts URL] [--run URL]:
// the body of the pull request's one comment, in the site's locale — the check's
// result, the words-only summary of the change, links to the screenshots and the
// poster — starting with a hidden marker by which the workflow finds the comment it
// posted before and updates it instead of adding another.
import { existsSync, readFileSync } from 'node:fs';
import { dataDirFromEnv } from '../project/load.ts';
import { readLocale } from '../data/site/read.ts';
import type { Locale } from '../model.ts';
import { COMMENT_WORDS } from '../words/pr-comment.ts';
import { guard } from './guard.ts';

export const COMMENT_MARKER = '<!-- miroir:pull-request-comment -->';
/** GitHub refuses comments past 65,536 characters; a long list of problems is cut. */
const MAX_PROBLEM_LINES = 30;

export interface CommentInput {
  locale: Locale;
  /** The check's exit code (0: no error). */
  status: number;
  /** The check's output, one problem a line. */
  check: string;
  /** `npm run summary`'s Markdown. */
  summary: string;
  artifacts?: string;
  run?: string;
}

export function commentBody(input: CommentInput): string {
  const w = COMMENT_WORDS[input.locale];
  // The contract's line: `FILE:LINE:COL: error|warning: message`, whatever the locale.
  const problems = input.check.split('\n').filter((l) => /:\d+:\d+: (error|warning): /.test(l));
  const errors = problems.filter((l) => /:\d+:\d+: error: /.test(l)).length;
  const warnings = problems.length - errors;
  const out = [COMMENT_MARKER, `## ${w.title}`, '', input.status === 0 ? w.passed : w.failed(Math.max(errors, 1))];
  if (warnings > 0) out.push('', w.warnings(warnings));
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEM_LINES);
    out.push('', `<details${input.status === 0 ? '' : ' open'}><summary>${w.problems}</summary>`, '', '```text', ...shown, '```');
    if (problems.length > shown.length) out.push('', w.more(problems.length - shown.length));
    out.push('', '</details>');
  }
  if (input.summary.trim()) out.push('', input.summary.trim());
  const links = [input.artifacts ? `[${w.screenshots}](${input.artifacts})` : '', input.run ? `[${w.run}](${input.run})` : ''].filter(Boolean);
  if (links.length) out.push('', `**${w.preview}** ${links.join(' · ')}`);
  out.push('', `<sub>${w.updated}</sub>`, '');
  return out.join('\n');
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
}

const read = (file: string | undefined) => (file && existsSync(file) ? readFileSync(file, 'utf8') : '');

export function main(args: string[]): number {
  const artifacts = arg(args, 'artifacts');
  const run = arg(args, 'run');
  process.stdout.write(
    commentBody({
      locale: readLocale(dataDirFromEnv()),
      status: Number(arg(args, 'status') ?? '1'),
      check: read(arg(args, 'check')),
      summary: read(arg(args, 'summary')),
      ...(artifacts ? { artifacts } : {}),
      ...(run ? { run } : {}),
    }),
  );
  return 0;
}

if (process.argv[1]?.endsWith('pr-comment.ts')) guard(() => main(process.argv.slice(2)));
