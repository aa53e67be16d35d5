// npm run bench: how fast miroir is for the editor and how light its wall is for the
// screen, measured in one run on this machine. Generates a large data set, times
// `check` and `build` on it and on the sample (each 3 times, interleaved, median) next
// to a bare one-page Astro build, weighs the wall, drives it in a throttled Chromium,
// prints the figures against the budgets, exits 1 when one fails, and with --save
// writes bench/results.json. `-- --only=check` times check and its floor alone (no build,
// no browser), `-- --only=build` the builds and the bare Astro build (no browser);
// `-- --runs=N` runs each command N times. See BENCHMARKS.md for the method.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBareProject } from './bare.ts';
import { measureWall, THROTTLE, type WallRun } from './browser.ts';
import { generateData, type Generated } from './generate.ts';
import { writeVariants } from './variants.ts';
import { measureNode, rssMethod, summarize, type Sample } from './measure.ts';
import { benchArgs, budgets, buildBudgets, checkBudgets, render, renderBuilds, renderChecks, verdict, type Figures } from './report.ts';
import { staticPaths, weigh } from './weight.ts';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-11-24';
const say = (s: string): boolean => process.stderr.write(`bench: ${s}\n`);
let save: boolean;
let only: 'check' | 'build' | undefined;
let RUNS = 3;
try {
  const args = benchArgs(process.argv.slice(2));
  ({ save, only } = args);
  RUNS = args.runs ?? RUNS;
} catch (e) {
  say((e as Error).message);
  process.exit(2);
}
const started = performance.now();
const loadStart = os.loadavg();

const work = mkdtempSync(path.join(os.tmpdir(), 'miroir-bench-'));
const largeDir = path.join(work, 'large-data');
say(`generating the large data set in ${largeDir}`);
const genStarted = performance.now();
const generated: Generated = generateData(largeDir, { today: TODAY });
say(`  verbatims.csv ${(generated.verbatimsBytes / 1e6).toFixed(1)} MB, respondent file ${(generated.responsesBytes / 1e6).toFixed(1)} MB, in ${((performance.now() - genStarted) / 1000).toFixed(1)} s`);

const bare = only === 'check' ? undefined : createBareProject(root, work);
const env = { MIROIR_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' };
const sampleData = path.join(root, 'data');
const out = (name: string): string => path.join(work, name);

// The same verbatims as .xlsx and as UTF-16 CSV (bench/variants.ts), and check's floor (bench/floor.ts).
const variants = only === 'build' ? undefined : writeVariants(largeDir, work);
type Job = { key: keyof Pick<Figures, 'bare' | 'checkSample' | 'buildSample' | 'checkLarge' | 'buildLarge' | 'checkXlsx' | 'checkUtf16' | 'floor'>; run: (i: number) => Promise<Sample> };
const allJobs: Job[] = [
  { key: 'bare', run: (i) => measureNode(bare!.script, [out(`bare-${i}`)], { cwd: bare!.root, env }) },
  { key: 'checkSample', run: () => measureNode(path.join(root, 'scripts', 'check.ts'), [], { cwd: root, env: { ...env, MIROIR_DATA_DIR: sampleData } }) },
  { key: 'buildSample', run: (i) => measureNode(path.join(root, 'scripts', 'build.ts'), [], { cwd: root, env: { ...env, MIROIR_DATA_DIR: sampleData, MIROIR_OUT_DIR: out(`sample-${i}`) } }) },
  { key: 'checkLarge', run: () => measureNode(path.join(root, 'scripts', 'check.ts'), [], { cwd: root, env: { ...env, MIROIR_DATA_DIR: largeDir } }) },
  { key: 'buildLarge', run: (i) => measureNode(path.join(root, 'scripts', 'build.ts'), [], { cwd: root, env: { ...env, MIROIR_DATA_DIR: largeDir, MIROIR_OUT_DIR: out(`large-${i}`) } }) },
  { key: 'checkXlsx', run: () => measureNode(path.join(root, 'scripts', 'check.ts'), [], { cwd: root, env: { ...env, MIROIR_DATA_DIR: variants!.xlsxDir } }) },
  { key: 'checkUtf16', run: () => measureNode(path.join(root, 'scripts', 'check.ts'), [], { cwd: root, env: { ...env, MIROIR_DATA_DIR: variants!.utf16Dir } }) },
  { key: 'floor', run: () => measureNode(path.join(root, 'bench', 'floor.ts'), [largeDir], { cwd: root, env }) },
];
const isBuild = (j: Job): boolean => j.key === 'bare' || j.key.startsWith('build');
const jobs = only === 'check' ? allJobs.filter((j) => !isBuild(j)) : only === 'build' ? allJobs.filter(isBuild) : allJobs;

// Interleaved (bare, check, build, check, build, then again) so that a busy spell of the
// machine weighs on every command alike and the ratios stay fair.
const samples = new Map<Job['key'], Sample[]>(jobs.map((j) => [j.key, []]));
say(`timing each command ${RUNS} times (peak memory by ${rssMethod()})`);
for (let i = 0; i < RUNS; i++) {
  for (const job of jobs) {
    const s = await job.run(i);
    if (s.status !== 0) {
      process.stderr.write(`${s.stdout}\n${s.stderr}\n`);
      say(`${job.key} failed with status ${s.status}: stopping.`);
      rmSync(work, { recursive: true, force: true });
      process.exit(1);
    }
    samples.get(job.key)!.push(s);
    say(`  run ${i + 1}: ${job.key.padEnd(11)} ${(s.ms / 1000).toFixed(2)} s${s.rss ? `, ${Math.round(s.rss / 1e6)} MB` : ''}`);
  }
  // Keep only the last run's sites (the ones weighed and opened in the browser).
  if (i < RUNS - 1) for (const name of [`bare-${i}`, `sample-${i}`, `large-${i}`]) rmSync(out(name), { recursive: true, force: true });
}

if (only) {
  // check or build alone: their table and budgets, nothing written.
  const summary = (key: Job['key']) => summarize(samples.get(key)!);
  let report: string;
  let results;
  if (only === 'check') {
    const f = { checkSample: summary('checkSample'), checkLarge: summary('checkLarge'), checkXlsx: summary('checkXlsx'), checkUtf16: summary('checkUtf16'), floor: summary('floor') };
    results = checkBudgets(f);
    report = renderChecks(f, results);
  } else {
    const f = { bare: summary('bare'), buildSample: summary('buildSample'), buildLarge: summary('buildLarge') };
    results = buildBudgets(f);
    report = renderBuilds(f, results);
  }
  process.stdout.write(`\n${report}`);
  rmSync(work, { recursive: true, force: true });
  if (loadStart[0]! > os.cpus().length / 2) say(`other processes were busy as the bench started (load average ${loadStart[0]!.toFixed(1)}): wall-clock figures are pessimistic; the cpu column is less affected.`);
  const outcome = verdict(results);
  say(`only ${only} (--only=${only}); ${outcome.line} In ${Math.round((performance.now() - started) / 1000)} s.`);
  process.exit(outcome.status);
}

const sampleDist = out(`sample-${RUNS - 1}`);
const largeDist = out(`large-${RUNS - 1}`);

const size = (dist: string): number => statSync(path.join(dist, 'wall', 'index.html')).size;
let wallSample: WallRun | undefined;
let wallLarge: WallRun | undefined;
try {
  say(`opening /wall/ in Chromium at ${THROTTLE}× CPU throttling`);
  // Loaded here: --only=check needs no browser.
  const { launchChromium } = await import('../src/headless/chromium.ts');
  const browser = await launchChromium();
  try {
    wallSample = await measureWall(browser, sampleDist, '/wall/');
    say(`  sample: first paint ${wallSample.fcp.toFixed(0)} ms`);
    wallLarge = await measureWall(browser, largeDist, '/wall/');
    say(`  large: first paint ${wallLarge.fcp.toFixed(0)} ms`);
  } finally {
    await browser.close();
  }
} catch (e) {
  say(`no browser measures: ${(e as Error).message}`);
}

const figures: Figures = {
  bare: summarize(samples.get('bare')!),
  checkSample: summarize(samples.get('checkSample')!),
  buildSample: summarize(samples.get('buildSample')!),
  checkLarge: summarize(samples.get('checkLarge')!),
  buildLarge: summarize(samples.get('buildLarge')!),
  checkXlsx: summarize(samples.get('checkXlsx')!),
  checkUtf16: summarize(samples.get('checkUtf16')!),
  floor: summarize(samples.get('floor')!),
  htmlSample: size(sampleDist),
  htmlLarge: size(largeDist),
  weightSample: weigh(sampleDist, wallSample?.paths ?? staticPaths(sampleDist, '/wall/')),
  weightLarge: weigh(largeDist, wallLarge?.paths ?? staticPaths(largeDist, '/wall/')),
  ...(wallSample ? { wallSample } : {}),
  ...(wallLarge ? { wallLarge } : {}),
};
const results = budgets(figures);
process.stdout.write(`\n${render(figures, results)}`);

const cpus = os.cpus();
const dataJson = (dist: string): { verbatims: unknown[] } => JSON.parse(readFileSync(path.join(dist, 'data.json'), 'utf8')) as { verbatims: unknown[] };
const report = {
  generated_at: new Date().toISOString(),
  machine: {
    cpus: cpus.length,
    cpu_model: cpus[0]?.model ?? 'unknown',
    memory_bytes: os.totalmem(),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    load_average_start: loadStart.map((l) => Number(l.toFixed(2))),
    load_average_end: os.loadavg().map((l) => Number(l.toFixed(2))),
  },
  method: { runs: RUNS, statistic: 'median', peak_memory: rssMethod(), today: TODAY, cpu_throttling: THROTTLE, gzip_level: 6 },
  data: {
    large: { verbatims: 100_000, verbatims_csv_bytes: generated.verbatimsBytes, respondents: 20_000, questions: 30, responses_csv_bytes: generated.responsesBytes, waves: 40, segments: 40, actions: 300, screens: 40, pii_rows: generated.pii },
    data_json_verbatims: { sample: dataJson(sampleDist).verbatims.length, large: dataJson(largeDist).verbatims.length },
  },
  commands: { bare: figures.bare, check_sample: figures.checkSample, build_sample: figures.buildSample, check_large: figures.checkLarge, build_large: figures.buildLarge, check_large_xlsx: figures.checkXlsx, check_large_utf16: figures.checkUtf16, check_floor: figures.floor },
  wall_html_bytes: { sample: figures.htmlSample, large: figures.htmlLarge },
  wall_weight: {
    sample: { by_kind: figures.weightSample.byKind, total: figures.weightSample.total, files: figures.weightSample.files },
    large: { by_kind: figures.weightLarge.byKind, total: figures.weightLarge.total, files: figures.weightLarge.files },
  },
  browser: { sample: wallSample ?? null, large: wallLarge ?? null },
  budgets: results,
  bench_seconds: Math.round((performance.now() - started) / 1000),
};
if (save) {
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
}
rmSync(work, { recursive: true, force: true });
// The bench loads the machine itself; what matters is what else ran when it started.
if (loadStart[0]! > cpus.length / 2) {
  say(`other processes were busy as the bench started (load average ${loadStart[0]!.toFixed(1)} on ${cpus.length} cores): wall-clock figures are pessimistic; the cpu column is less affected.`);
}
const outcome = verdict(results);
say(`${save ? 'bench/results.json written' : 'bench/results.json left as it was (--save writes it)'}; ${outcome.line} In ${report.bench_seconds} s.`);
process.exitCode = outcome.status;
