// npm run build: check the data, build into a temporary folder, then swap it into
// dist/. A failed build prints the problems and leaves an existing dist/ untouched.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatLines, countLine } from '../src/cli/report.ts';
import { dataDirFromEnv, loadProject } from '../src/data/load.ts';
import { setBuildContext } from '../src/lib/project.ts';
import { computeBuildId } from './build-id.ts';
import { guard } from './guard.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SAY = {
  fr: { failed: 'Build arrêté\u00a0: corrigez les erreurs ci-dessus. Le dossier dist/ n’a pas été modifié.', done: (s: string) => `dist/ construit en ${s} s.` },
  en: { failed: 'Build stopped: fix the errors above. dist/ was left as it was.', done: (s: string) => `dist/ built in ${s} s.` },
};

guard(async () => {
  const started = performance.now();
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
  const tmp = `${dist}.building-${process.pid}`;
  const cache = `${tmp}-cache`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    const { build } = await import('astro');
    await build({
      root,
      outDir: tmp,
      base: process.env.MIROIR_BASE || '/',
      cacheDir: cache,
      logLevel: process.env.MIROIR_VERBOSE ? 'info' : 'warn',
      vite: { cacheDir: path.join(cache, 'vite') },
    });
    if (project.site.brand.logo) {
      const target = path.join(tmp, 'brand', path.basename(project.site.brand.logo));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(dataDir, project.site.brand.logo), target);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    process.stderr.write(`${SAY[locale].failed}\n`);
    throw e;
  }
  rmSync(cache, { recursive: true, force: true });
  const old = `${dist}.old-${process.pid}`;
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(tmp, dist);
  rmSync(old, { recursive: true, force: true });
  process.stderr.write(`${SAY[locale].done(((performance.now() - started) / 1000).toFixed(1))}\n`);
  return 0;
});
