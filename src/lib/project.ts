// The one Project a build renders. scripts/build.ts loads it once and hands it over
// through globalThis (Astro renders pages in the same process); a page rendered any
// other way (astro dev) loads it on first use.
import { loadProject, dataDirFromEnv } from '../data/load.ts';
import type { Project } from '../data/model.ts';

export interface BuildContext {
  project: Project;
  /** Changes whenever the data or the code change (see scripts/build-id.ts). */
  buildId: string;
  generatedAt: string;
}

const KEY = Symbol.for('miroir.build-context');
type Holder = { [KEY]?: BuildContext };

export function setBuildContext(ctx: BuildContext): void {
  (globalThis as Holder)[KEY] = ctx;
}

export function getBuildContext(): BuildContext {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const result = loadProject(dataDirFromEnv());
    if (!result.project) {
      throw new Error('The data has errors: run `npm run check` to see them.');
    }
    holder[KEY] = { project: result.project, buildId: 'dev', generatedAt: new Date().toISOString() };
  }
  return holder[KEY];
}
