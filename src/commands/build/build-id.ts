// build.json's id: a hash of everything a page is made from — the loaded data (which
// carries the day: relative dates change with it), the logo, the code and the
// dependencies — so the wall reloads exactly when what it would show has changed.
// Only what the data uses is hashed, never the data folder as a whole: a FIFO, a
// device link or a folder loop lying there cannot make the build hang.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readInData } from '../../data/sources/safe-path.ts';
import type { Project } from '../../model.ts';

/** The code's files; links are not followed (src/ holds none, and a loop must not hang the build). */
function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(abs, out);
    else if (entry.isFile()) out.push(abs);
  }
}

export function computeBuildId(projectRoot: string, project: Project): string {
  const hash = createHash('sha256');
  // Where the data folder is does not change a page.
  hash.update(JSON.stringify({ ...project, dataDir: '' })).update('\0');
  const logo = project.site.brand.logo;
  if (logo) {
    const read = readInData(project.dataDir, path.resolve(project.dataDir, logo));
    if (read.ok) hash.update(read.bytes).update('\0');
  }
  const files: string[] = [];
  walk(path.join(projectRoot, 'src'), files);
  for (const f of ['astro.config.mjs', 'package-lock.json']) {
    const abs = path.join(projectRoot, f);
    if (existsSync(abs)) files.push(abs);
  }
  for (const abs of files) {
    hash.update(path.relative(projectRoot, abs)).update('\0').update(readFileSync(abs)).update('\0');
  }
  hash.update(`base=${process.env.MIROIR_BASE ?? ''}`);
  return hash.digest('hex').slice(0, 16);
}
