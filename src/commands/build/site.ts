// One build of the site from a loaded project: Astro renders every page into a stage
// folder from an explicit input, the brand's logo and the poster's print facts are
// added, then the stage takes dist/'s place in one step. Nothing here reads the
// environment: the command (main.ts) decides every path.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readInData } from '../../data/sources/safe-path.ts';
import type { BuildInput } from '../../model.ts';
import { printFacts, PRINT_FACTS_FILE } from '../../poster/print-facts.ts';
import { writeAdmin } from './admin.ts';
import { buildInputIntegration, writeBuildInput } from './input.ts';
import { swapInto } from './swap.ts';

export interface BuildOptions {
  /** The project root (astro.config.mjs, src/, node_modules/). */
  root: string;
  /** Where the site ends up. */
  outDir: string;
  /** The URL path the site is served under. */
  base: string;
  verbose: boolean;
  /** decap-server's API for /admin/ (MIROIR_ADMIN_LOCAL_BACKEND): editing a local checkout. */
  adminLocalBackend?: string;
}

export async function buildSite(input: BuildInput, opts: BuildOptions): Promise<void> {
  const { root } = opts;
  const { project } = input;
  // Astro writes its prerender chunks next to outDir only when outDir is inside the
  // working directory (else into a shared .astro/ where two builds at once collide),
  // and those chunks import from node_modules: so stage inside the project root.
  const stage = path.join(root, `.miroir-build-${process.pid}`);
  const cache = `${stage}-cache`;
  const cwd = process.cwd();
  try {
    mkdirSync(cache, { recursive: true });
    const inputFile = path.join(cache, 'input.json');
    writeBuildInput(inputFile, input);
    const { build } = await import('astro');
    process.chdir(root);
    await build({
      root,
      outDir: stage,
      base: opts.base,
      cacheDir: cache,
      logLevel: opts.verbose ? 'info' : 'warn',
      vite: { cacheDir: path.join(cache, 'vite') },
      integrations: [buildInputIntegration(inputFile)],
    });
    rmSync(path.join(stage, '.prerender'), { recursive: true, force: true });
    if (project.site.brand.logo) {
      const target = path.join(stage, 'brand', path.basename(project.site.brand.logo));
      mkdirSync(path.dirname(target), { recursive: true });
      // Read through the data folder's rule again: what check allowed is what gets published.
      const logo = readInData(project.dataDir, path.resolve(project.dataDir, project.site.brand.logo));
      if (!logo.ok) throw new Error(`brand.logo refused: ${logo.reason}`);
      writeFileSync(target, logo.bytes);
    }
    writeAdmin(stage, project, { root, ...(opts.adminLocalBackend ? { localBackend: opts.adminLocalBackend } : {}) });
    writeFileSync(path.join(stage, PRINT_FACTS_FILE), `${JSON.stringify(printFacts(project.site))}\n`);
    swapInto(stage, opts.outDir);
  } finally {
    process.chdir(cwd);
    rmSync(stage, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}
