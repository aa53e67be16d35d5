// npm run check [-- --format github]: validates the data folder, one line per problem.
import { appendFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import type { Format } from './report.ts';

// Node keeps the TypeScript it strips and the code it compiles between runs (in the
// system's temporary folder): miroir's modules then load in half the time, a fifth
// of a check of 100,000 verbatims. The cache must be on before they load, hence the
// dynamic imports.
enableCompileCache();
const { countLine, formatLines, summaryTable } = await import('./report.ts');
const { dataDirFromEnv, loadProject } = await import('../data/load.ts');
const { guard } = await import('./guard.ts');
const { COMMAND_WORDS, TERMINAL_LOCALE } = await import('../words/commands.ts');

guard(() => {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === '--format' || a.startsWith('--format='));
  const value = i === -1 ? 'text' : args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  if (value !== 'text' && value !== 'github') {
    process.stderr.write(`${COMMAND_WORDS[TERMINAL_LOCALE].check.badFormat(String(value))}\n`);
    return 2;
  }
  const format = value as Format;
  const { diagnostics, locale } = loadProject(dataDirFromEnv());
  for (const line of formatLines(diagnostics, locale, format)) process.stdout.write(`${line}\n`);
  process.stderr.write(`${countLine(diagnostics, locale)}\n`);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) appendFileSync(summaryFile, summaryTable(diagnostics, locale));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
});
