// Where a build may write. The build replaces its output folder whole, so an output
// folder that is or holds the data folder, or the project itself, would be deleted
// (MIROIR_OUT_DIR=data, or `.`, once took the data and .git with it); and a folder
// that is not a site miroir made (no build.json) is someone's folder, not ours.
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';

export type OutDirProblem = 'data' | 'root' | 'foreign';

/** The real path of `p`, links resolved as far as it exists. */
function real(p: string): string {
  const abs = path.resolve(p);
  let head = abs;
  const tail: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(head), ...tail);
    } catch {
      const up = path.dirname(head);
      if (up === head) return abs;
      tail.unshift(path.basename(head));
      head = up;
    }
  }
}

const within = (outer: string, inner: string): boolean => inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);

export function outDirProblem(outDir: string, dataDir: string, root: string): OutDirProblem | undefined {
  const out = real(outDir);
  const data = real(dataDir);
  // The project first: a folder holding the checkout also holds its data folder, and
  // « it holds the project » is the more telling sentence.
  const project = real(root);
  if (out === project || within(out, project)) return 'root';
  if (out === data || within(data, out) || within(out, data)) return 'data';
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, 'build.json'))) return 'foreign';
  return undefined;
}
