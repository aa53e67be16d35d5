// The floor: a throwaway one-page Astro project, built the way scripts/build.ts builds
// miroir (Astro's programmatic build(), in one node process, Node's compile cache on),
// with this repository's node_modules, so the bench can say how much of a build is
// Astro itself.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BareProject {
  root: string;
  /** The script to run with node: builds into `outDir`. */
  script: string;
  outDir: string;
}

const PAGE = `---
const title = 'Une page';
---
<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><h1>{title}</h1><p>Le plancher : Astro seul.</p></body>
</html>
`;

// As scripts/build.ts does: Node's compile cache on before Astro loads, so the floor
// gets the same head start as miroir's build and the ratio compares like with like.
const BUILD = `import { enableCompileCache } from 'node:module';
enableCompileCache();
const { build } = await import('astro');
const root = new URL('.', import.meta.url).pathname;
await build({ root, outDir: process.argv[2], logLevel: 'warn', vite: { cacheDir: process.argv[2] + '-cache' } });
`;

export function createBareProject(repoRoot: string, parent = os.tmpdir()): BareProject {
  const root = mkdtempSync(path.join(parent, 'miroir-bare-'));
  mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  writeFileSync(path.join(root, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(path.join(root, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static' });\n");
  writeFileSync(path.join(root, 'src', 'pages', 'index.astro'), PAGE);
  writeFileSync(path.join(root, 'build.mjs'), BUILD);
  return { root, script: path.join(root, 'build.mjs'), outDir: path.join(root, 'dist') };
}
