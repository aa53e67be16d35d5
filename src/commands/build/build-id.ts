// build.json's id: a hash of everything a page is made from — the data folder, the
// code, the dependencies, and the day (relative dates change with it) — so the wall
// reloads exactly when what it would show has changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function walk(dir: string, root: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) walk(abs, root, out);
    else out.push(abs);
  }
}

export function computeBuildId(projectRoot: string, dataDir: string, today: string): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  walk(dataDir, dataDir, files);
  for (const dir of ['src']) walk(path.join(projectRoot, dir), projectRoot, files);
  for (const f of ['astro.config.mjs', 'package-lock.json']) {
    const abs = path.join(projectRoot, f);
    if (existsSync(abs)) files.push(abs);
  }
  for (const abs of files) {
    hash.update(path.relative(projectRoot, abs)).update('\0').update(readFileSync(abs)).update('\0');
  }
  hash.update(`today=${today}\0base=${process.env.MIROIR_BASE ?? ''}`);
  return hash.digest('hex').slice(0, 16);
}
