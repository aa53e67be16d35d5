// The budgets of the scale-and-speed issue, checked against the bench's figures, and
// the table `npm run bench` prints. A budget is written once here with its exact limit;
// BENCHMARKS.md quotes them, and a budget not met stays a FAIL in the table.
import type { Summary } from './measure.ts';
import type { WallRun } from './browser.ts';
import type { Weight } from './weight.ts';

export interface Figures {
  bare: Summary;
  checkSample: Summary;
  buildSample: Summary;
  checkLarge: Summary;
  buildLarge: Summary;
  /** check on the large set's verbatims as .xlsx and as UTF-16 CSV, and check's floor (papaparse and yaml alone). */
  checkXlsx?: Summary;
  checkUtf16?: Summary;
  floor?: Summary;
  htmlSample: number;
  htmlLarge: number;
  weightSample: Weight;
  weightLarge: Weight;
  /** Absent when no browser could be started. */
  wallSample?: WallRun;
  wallLarge?: WallRun;
}

export interface BudgetResult {
  id: string;
  label: string;
  /** The figure, in `unit`, and the limit it is held to. */
  figure: number | null;
  limit: number;
  unit: string;
  pass: boolean | null;
  detail: string;
}

const KB = 1000;
const MB = 1000 * 1000;

const worst = (a: number | undefined, b: number | undefined): number | null =>
  a === undefined && b === undefined ? null : Math.max(a ?? -Infinity, b ?? -Infinity);

/** What `npm run bench -- --only=check` measures: check's commands and its floor. */
export type CheckFigures = Pick<Figures, 'checkSample' | 'checkLarge' | 'checkXlsx' | 'checkUtf16' | 'floor'>;

type Add = (id: string, label: string, figure: number | null, limit: number, unit: string, detail: string) => void;

function collector(): { out: BudgetResult[]; add: Add } {
  const out: BudgetResult[] = [];
  const add: Add = (id, label, figure, limit, unit, detail) => {
    out.push({ id, label, figure, limit, unit, pass: figure === null || Number.isNaN(figure) ? null : figure <= limit, detail });
  };
  return { out, add };
}

/** The budgets of `check` alone (the first ones of `budgets`). */
export function checkBudgets(f: CheckFigures): BudgetResult[] {
  const { out, add } = collector();
  add('check-large', 'check, large set (whole process)', f.checkLarge.ms / 1000, 1.5, 's', `median of ${f.checkLarge.runs.join(', ')} ms`);
  if (f.floor) add('check-floor-ratio', 'check large ÷ its floor (papaparse + yaml)', f.checkLarge.ms / f.floor.ms, 1.3, '×', `${fmtS(f.checkLarge.ms)} ÷ ${fmtS(f.floor.ms)}`);
  if (f.checkXlsx) {
    add('check-xlsx-ratio', 'check large .xlsx ÷ check large CSV', f.checkXlsx.ms / f.checkLarge.ms, 3, '×', `${fmtS(f.checkXlsx.ms)} ÷ ${fmtS(f.checkLarge.ms)}`);
    add('check-xlsx-memory', 'check large .xlsx, peak memory', f.checkXlsx.rssMax === undefined ? null : f.checkXlsx.rssMax / MB, 1000, 'MB', `largest RSS of the ${f.checkXlsx.runs.length} runs`);
  }
  if (f.checkUtf16) add('check-utf16-memory', 'check large UTF-16 CSV, peak memory', f.checkUtf16.rssMax === undefined ? null : f.checkUtf16.rssMax / MB, 1000, 'MB', `largest RSS of the ${f.checkUtf16.runs.length} runs`);
  return out;
}

/** What `npm run bench -- --only=build` measures: the two builds and the bare Astro build. */
export type BuildFigures = Pick<Figures, 'bare' | 'buildSample' | 'buildLarge'>;

/** The budgets of `build` alone (they follow check's in `budgets`). */
export function buildBudgets(f: BuildFigures): BudgetResult[] {
  const { out, add } = collector();
  add('build-large-ratio', 'build large ÷ build sample', f.buildLarge.ms / f.buildSample.ms, 2.5, '×', `${fmtS(f.buildLarge.ms)} ÷ ${fmtS(f.buildSample.ms)}`);
  add('build-sample-ratio', 'build sample ÷ bare Astro', f.buildSample.ms / f.bare.ms, 1.6, '×', `${fmtS(f.buildSample.ms)} ÷ ${fmtS(f.bare.ms)}`);
  const rss = f.buildLarge.rssMax;
  add('build-large-memory', 'build large, peak memory', rss === undefined ? null : rss / MB, 1000, 'MB', `largest RSS of the ${f.buildLarge.runs.length} runs`);
  return out;
}

export function budgets(f: Figures): BudgetResult[] {
  const { out, add } = collector();
  out.push(...checkBudgets(f), ...buildBudgets(f));
  add('wall-html-growth', '/wall/ HTML, large ÷ sample − 1', Math.abs(f.htmlLarge / f.htmlSample - 1) * 100, 10, '%', `${fmtKB(f.htmlLarge)} vs ${fmtKB(f.htmlSample)} raw`);
  const transfer = worst(f.wallSample ? f.weightSample.total.gzip : undefined, f.wallLarge ? f.weightLarge.total.gzip : undefined);
  add('wall-transfer', 'wall transfer, gzip (worse of the two)', transfer === null ? null : transfer / KB, 160, 'KB', f.wallSample ? 'files the browser loaded, every slide shown' : 'no browser: not measured');
  add('first-content', 'first contentful paint, 6× throttled', worst(f.wallSample?.fcp, f.wallLarge?.fcp), 1500, 'ms', 'median of 3 cold loads, worse page');
  add('slide-change', 'scripting per slide change, 6× (max)', worst(f.wallSample?.slides.max, f.wallLarge?.slides.max), 50, 'ms', 'CDP ScriptDuration, 2 full rounds');
  const heap = worst(f.wallSample && Math.abs(f.wallSample.heap.delta), f.wallLarge && Math.abs(f.wallLarge.heap.delta));
  const reload = f.wallLarge?.heap.reloadHour ?? f.wallSample?.heap.reloadHour;
  add('heap-24h', 'JS heap growth over 24 simulated hours', heap === null ? null : heap / MB, 2, 'MB', `hourly, after GC${reload ? `; daily reload in hour ${reload}` : ''}`);
  return out;
}

export interface BenchArgs {
  save: boolean;
  /**
   * `--only=check`: check's commands and its floor alone (no build, no browser), a minute
   * instead of three; `--only=build`: the two builds and the bare Astro build (no browser).
   */
  only?: 'check' | 'build';
  /** `--runs=N`: each command N times instead of 3 (the median is kept). */
  runs?: number;
}

/**
 * `npm run bench [-- --save] [-- --only=check|build] [-- --runs=N]`: --save keeps the figures
 * in bench/results.json (a plain run only prints them); --only=check times check and its
 * floor alone, --only=build the builds and their floor; --runs=N runs each command N times.
 */
export function benchArgs(argv: string[]): BenchArgs {
  const out: BenchArgs = { save: false };
  const unknown: string[] = [];
  for (const a of argv) {
    if (a === '--save') out.save = true;
    else if (a === '--only=check' || a === '--only=build') out.only = a === '--only=check' ? 'check' : 'build';
    else if (/^--runs=[1-9]\d?$/.test(a)) out.runs = Number(a.slice('--runs='.length));
    else unknown.push(a);
  }
  if (unknown.length > 0) {
    throw new Error(`unknown argument ${unknown.join(' ')}: the bench takes only --save (write bench/results.json). It also takes --only=check (time check and its floor alone), --only=build (the builds and the bare Astro build alone) and --runs=N (1 to 99 runs of each command).`);
  }
  // results.json holds every figure of one whole run: a part of a run would leave the others stale.
  if (out.save && out.only) throw new Error('--save writes every figure of a whole run to bench/results.json: run it without --only.');
  return out;
}

/** The bench's exit status and closing line: 1 as soon as one budget fails; a budget left unmeasured (no browser) is said, not failed. */
export function verdict(results: BudgetResult[]): { status: 0 | 1; line: string } {
  const failed = results.filter((r) => r.pass === false);
  const unmeasured = results.filter((r) => r.pass === null).length;
  const met = `${results.length - failed.length - unmeasured} of ${results.length} budgets met${unmeasured ? `, ${unmeasured} not measured` : ''}`;
  if (failed.length === 0) return { status: 0, line: `${met}.` };
  return { status: 1, line: `${met}; over budget: ${failed.map((r) => r.id).join(', ')}.` };
}

export const fmtS = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const fmtKB = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
export const fmtMB = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${Math.round(bytes / MB)} MB`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

const num = (v: number | null, unit: string): string => {
  if (v === null || Number.isNaN(v)) return 'n/a';
  // Ratios to three decimals: 1.606 × against a 1.6 × limit must not read as 1.60.
  const digits = unit === '×' ? 3 : unit === 's' ? 2 : unit === 'MB' && v < 10 ? 2 : 1;
  return `${v.toFixed(digits)} ${unit}`;
};

const cmd = (label: string, s: Summary): string[] => [label, fmtS(s.ms), s.cpuMs === undefined ? 'n/a' : fmtS(s.cpuMs), fmtMB(s.rssMax), s.runs.map((r) => (r / 1000).toFixed(2)).join(' / ')];
const commandHeader = (s: Summary): string[] => [`command (median of ${s.runs.length})`, 'wall', 'cpu', 'peak RSS', 'runs (s)'];
const checkVariants = (f: CheckFigures): string[][] => [
  ...(f.checkXlsx ? [cmd('check, large .xlsx', f.checkXlsx)] : []),
  ...(f.checkUtf16 ? [cmd('check, large UTF-16', f.checkUtf16)] : []),
  ...(f.floor ? [cmd('check floor (parse only)', f.floor)] : []),
];

const budgetTable = (results: BudgetResult[]): string =>
  table([
    ['budget', 'figure', 'limit', 'result', 'how'],
    ...results.map((r) => [r.label, num(r.figure, r.unit), `≤ ${num(r.limit, r.unit)}`, r.pass === null ? 'N/A' : r.pass ? 'PASS' : 'FAIL', r.detail]),
  ]);

/** The report of `--only=check`: check's commands and its floor, then their budgets. */
export function renderChecks(f: CheckFigures, results: BudgetResult[]): string {
  const commands = table([commandHeader(f.checkLarge), cmd('check, sample', f.checkSample), cmd('check, large', f.checkLarge), ...checkVariants(f)]);
  return `${commands}\n\n${budgetTable(results)}\n`;
}

/** The report of `--only=build`: the builds and the bare one, then their budgets. */
export function renderBuilds(f: BuildFigures, results: BudgetResult[]): string {
  const commands = table([commandHeader(f.buildLarge), cmd('bare one-page Astro build', f.bare), cmd('build, sample', f.buildSample), cmd('build, large', f.buildLarge)]);
  return `${commands}\n\n${budgetTable(results)}\n`;
}

/** The whole printed report: commands, weights, browser figures, then the budgets. */
export function render(f: Figures, results: BudgetResult[]): string {
  const parts: string[] = [];
  parts.push(
    table([
      commandHeader(f.checkLarge),
      cmd('bare one-page Astro build', f.bare),
      cmd('check, sample', f.checkSample),
      cmd('build, sample', f.buildSample),
      cmd('check, large', f.checkLarge),
      cmd('build, large', f.buildLarge),
      ...checkVariants(f),
    ]),
  );
  const w = (label: string, weight: Weight, html: number): string[][] => [
    [`${label}: /wall/ HTML`, fmtKB(html), fmtKB(weight.byKind.html.gzip)],
    ...(['js', 'css', 'font', 'image', 'other'] as const).map((k) => [`${label}: ${k} (${weight.byKind[k].files} files)`, fmtKB(weight.byKind[k].raw), fmtKB(weight.byKind[k].gzip)]),
    [`${label}: total`, fmtKB(weight.total.raw), fmtKB(weight.total.gzip)],
  ];
  parts.push(table([['wall weight', 'raw', 'gzip'], ...w('sample', f.weightSample, f.htmlSample), ...w('large', f.weightLarge, f.htmlLarge)]));
  const heaviest = [...f.weightLarge.files].slice(0, 6).map((x) => [`  ${x.path}`, fmtKB(x.raw), fmtKB(x.gzip)]);
  parts.push(table([['heaviest files (large /wall/)', 'raw', 'gzip'], ...heaviest]));
  const b = (label: string, run: WallRun | undefined): string[] =>
    run
      ? [label, `${run.fcp.toFixed(0)} ms`, `${run.slides.max.toFixed(1)} / ${run.slides.median.toFixed(1)} ms`, `${run.slides.layoutMax.toFixed(1)} ms`, `${(run.heap.start / MB).toFixed(2)} → ${(run.heap.end / MB).toFixed(2)} MB`, String(run.heap.slideChanges), String(run.heap.reloads)]
      : [label, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
  parts.push(
    table([
      ['browser, 6× CPU throttling', 'first paint', 'script max / median', 'style+layout max', 'heap over 24 h', 'turns', 'reloads'],
      b('sample /wall/', f.wallSample),
      b('large /wall/', f.wallLarge),
    ]),
  );
  parts.push(budgetTable(results));
  return `${parts.join('\n\n')}\n`;
}
