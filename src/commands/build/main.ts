// npm run build: check the data, build into a temporary folder, then swap it into
// dist/. A failed build prints the problems and leaves an existing dist/ untouched.
import path from 'node:path';
import { dataDirFromEnv, loadProject } from '../../project/load.ts';
import { COMMAND_WORDS } from '../../words/commands.ts';
import { guard } from '../guard.ts';
import { countLine, formatLines } from '../report.ts';
import { PROJECT_ROOT as root } from '../root.ts';
import { computeBuildId } from './build-id.ts';
import { outDirProblem } from './out-dir.ts';
import { removeStale } from './stale.ts';
import { buildSite } from './site.ts';

// Astro's anonymous usage reports: a build machine behind a firewall should not wait on them.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

guard(async () => {
  const started = performance.now();
  const dataDir = dataDirFromEnv();
  const { project, diagnostics, locale } = loadProject(dataDir);
  const say = COMMAND_WORDS[locale].build;
  for (const line of formatLines(diagnostics, locale, 'text')) process.stdout.write(`${line}\n`);
  if (!project) {
    process.stderr.write(`${countLine(diagnostics, locale)}\n${say.failed}\n`);
    return 1;
  }
  // MIROIR_OUT_DIR lets tests build several sites at once; users keep dist/.
  const outDir = path.resolve(process.env.MIROIR_OUT_DIR || path.join(root, 'dist'));
  const refused = outDirProblem(outDir, dataDir, root);
  if (refused) {
    process.stderr.write(`${say.outDir(refused, outDir)}\n`);
    return 1;
  }
  removeStale(root, outDir);
  const input = { project, buildId: computeBuildId(root, project), generatedAt: new Date().toISOString() };
  try {
    await buildSite(input, {
      root,
      outDir,
      base: process.env.MIROIR_BASE || '/',
      verbose: Boolean(process.env.MIROIR_VERBOSE),
      // decap-server's address, to try /admin/ on a local checkout (docs/admin-*.md).
      ...(process.env.MIROIR_ADMIN_LOCAL_BACKEND ? { adminLocalBackend: process.env.MIROIR_ADMIN_LOCAL_BACKEND } : {}),
    });
  } catch (e) {
    process.stderr.write(`${say.failed}\n`);
    throw e;
  }
  process.stderr.write(`${say.done(((performance.now() - started) / 1000).toFixed(1))}\n`);
  return 0;
});
