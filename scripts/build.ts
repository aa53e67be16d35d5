// npm run build: check the data, build into a temporary folder, then swap it into
// dist/. A failed build prints the problems and leaves an existing dist/ untouched.
import { copyFileSync, cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Node keeps the TypeScript it strips and the code it compiles (miroir's, Astro's,
// Vite's) between runs, in the system's temporary folder: a build starts about 0.3 s
// sooner. The cache must be on before those modules load, hence the dynamic imports.
enableCompileCache();
// Astro's anonymous usage reports: a build machine behind a firewall should not wait on them.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { formatLines, countLine } = await import('../src/cli/report.ts');
const { dataDirFromEnv, loadProject } = await import('../src/data/load.ts');
const { setBuildContext } = await import('../src/lib/project.ts');
const { computeBuildId } = await import('./build-id.ts');
const { guard } = await import('./guard.ts');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SAY = {
  fr: { failed: 'Build arrêté\u00a0: corrigez les erreurs ci-dessus. Le dossier dist/ n’a pas été modifié.', done: (s: string) => `dist/ construit en ${s} s.` },
  en: { failed: 'Build stopped: fix the errors above. dist/ was left as it was.', done: (s: string) => `dist/ built in ${s} s.` },
};

/** Replaces `dist` by `stage` in one rename; across file systems, copies next to `dist` first. */
function swapInto(stage: string, dist: string): void {
  let ready = stage;
  if (path.dirname(dist) !== path.dirname(stage)) {
    ready = `${dist}.building-${process.pid}`;
    rmSync(ready, { recursive: true, force: true });
    cpSync(stage, ready, { recursive: true });
  }
  const old = `${dist}.old-${process.pid}`;
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(ready, dist);
  rmSync(old, { recursive: true, force: true });
}

guard(async () => {
  const started = performance.now();
  const cwd = process.cwd();
  const dataDir = dataDirFromEnv();
  const { project, diagnostics, locale } = loadProject(dataDir);
  for (const line of formatLines(diagnostics, locale, 'text')) process.stdout.write(`${line}\n`);
  if (!project) {
    process.stderr.write(`${countLine(diagnostics, locale)}\n${SAY[locale].failed}\n`);
    return 1;
  }
  setBuildContext({
    project,
    buildId: computeBuildId(root, dataDir, project.today),
    generatedAt: new Date().toISOString(),
  });

  // MIROIR_OUT_DIR lets tests build several sites at once; users keep dist/.
  const dist = path.resolve(process.env.MIROIR_OUT_DIR || path.join(root, 'dist'));
  // Astro writes its prerender chunks next to outDir only when outDir is inside the
  // working directory (else into a shared .astro/ where two builds at once collide),
  // and those chunks import from node_modules: so stage inside the project root.
  const stage = path.join(root, `.miroir-build-${process.pid}`);
  const cache = `${stage}-cache`;
  const cleanup = (): void => {
    process.chdir(cwd);
    rmSync(stage, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  };
  try {
    const { build } = await import('astro');
    process.chdir(root);
    await build({
      root,
      outDir: stage,
      base: process.env.MIROIR_BASE || '/',
      cacheDir: cache,
      logLevel: process.env.MIROIR_VERBOSE ? 'info' : 'warn',
      vite: { cacheDir: path.join(cache, 'vite') },
    });
    rmSync(path.join(stage, '.prerender'), { recursive: true, force: true });
    if (project.site.brand.logo) {
      const target = path.join(stage, 'brand', path.basename(project.site.brand.logo));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(dataDir, project.site.brand.logo), target);
    }
    swapInto(stage, dist);
  } catch (e) {
    cleanup();
    process.stderr.write(`${SAY[locale].failed}\n`);
    throw e;
  }
  cleanup();
  process.stderr.write(`${SAY[locale].done(((performance.now() - started) / 1000).toFixed(1))}\n`);
  return 0;
});
