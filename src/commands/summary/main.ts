// npm run summary -- OLD NEW | --base REF: what a data change does to the wall and the
// poster, as Markdown (the pull-request workflow appends it to the job summary).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { dataAtRef, GitRefError, isDirectory } from './git-data.ts';
import { parseSummaryArgs, SUMMARY_USAGE } from './args.ts';
import { renderSummary } from './render.ts';
import { dataDirFromEnv, loadProject } from '../../project/load.ts';
import { guard } from '../guard.ts';

guard(() => {
  const args = parseSummaryArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`miroir summary: ${args.error}\n${SUMMARY_USAGE}\n`);
    return 2;
  }
  const dataDir = dataDirFromEnv();
  const temps: string[] = [];
  // A folder wins over a ref of the same name: `data` is the folder, not a branch.
  const resolve = (spec: string): string => {
    const abs = path.resolve(spec);
    if (isDirectory(abs)) return abs;
    const copy = dataAtRef(spec, dataDir);
    temps.push(copy.root);
    return copy.dir;
  };
  try {
    const oldDir = resolve(args.old);
    const newDir = args.new === undefined ? dataDir : resolve(args.new);
    const before = loadProject(oldDir);
    const after = loadProject(newDir);
    process.stdout.write(renderSummary(before, after));
    return after.project ? 0 : 1;
  } catch (e) {
    if (!(e instanceof GitRefError)) throw e;
    process.stderr.write(`miroir summary: ${e.message}\n${SUMMARY_USAGE}\n`);
    return 2;
  } finally {
    for (const t of temps) rmSync(t, { recursive: true, force: true });
  }
});
