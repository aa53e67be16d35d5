// npm run check [-- --format github] [-- --base GIT_REF]: validates the data folder, one
// line per problem; with --base, also what may not change once published (the privacy
// threshold may not go down), compared with the data folder at that ref.
import { appendFileSync, rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import type { Format } from './report.ts';

// Node keeps the TypeScript it strips and the code it compiles between runs (in the
// system's temporary folder): miroir's modules then load in half the time, a fifth
// of a check of 100,000 verbatims. The cache must be on before they load, hence the
// dynamic imports.
enableCompileCache();
const { countLine, formatLines, summaryTable } = await import('./report.ts');
const { dataDirFromEnv, loadProject } = await import('../project/load.ts');
const { guard } = await import('./guard.ts');
const { COMMAND_WORDS, TERMINAL_LOCALE } = await import('../words/commands.ts');
const { Diagnostics } = await import('../data/diagnostics.ts');

/** `--base REF` or `--base=REF`; `null` when --base has no ref. */
function baseRef(args: readonly string[]): string | undefined | null {
  const i = args.findIndex((a) => a === '--base' || a.startsWith('--base='));
  if (i === -1) return undefined;
  const ref = args[i]!.includes('=') ? args[i]!.slice('--base='.length) : args[i + 1];
  return ref === undefined || ref === '' || ref.startsWith('-') ? null : ref;
}

guard(async () => {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === '--format' || a.startsWith('--format='));
  const value = i === -1 ? 'text' : args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  if (value !== 'text' && value !== 'github') {
    process.stderr.write(`${COMMAND_WORDS[TERMINAL_LOCALE].check.badFormat(String(value))}\n`);
    return 2;
  }
  const format = value as Format;
  const ref = baseRef(args);
  if (ref === null) {
    process.stderr.write(`${COMMAND_WORDS[TERMINAL_LOCALE].check.badBase}\n`);
    return 2;
  }
  const dataDir = dataDirFromEnv();
  const loaded = loadProject(dataDir);
  const { locale } = loaded;
  let { diagnostics } = loaded;
  if (ref !== undefined) {
    // Only a check against a base needs git and the comparison: a plain check does not load them.
    const { checkAgainstBase } = await import('../data/site/base.ts');
    const { dataAtRef, GitRefError } = await import('./summary/git-data.ts');
    let base: { dir: string; root: string };
    try {
      base = dataAtRef(ref, dataDir);
    } catch (e) {
      if (!(e instanceof GitRefError)) throw e;
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    try {
      const all = new Diagnostics();
      all.list.push(...diagnostics);
      checkAgainstBase(dataDir, base.dir, ref, all);
      diagnostics = all.sorted();
    } finally {
      rmSync(base.root, { recursive: true, force: true });
    }
  }
  for (const line of formatLines(diagnostics, locale, format)) process.stdout.write(`${line}\n`);
  process.stderr.write(`${countLine(diagnostics, locale)}\n`);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) appendFileSync(summaryFile, summaryTable(diagnostics, locale));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
});
