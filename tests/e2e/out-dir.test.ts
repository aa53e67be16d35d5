// The output folder can no longer eat the data (issue 15, item 3): MIROIR_OUT_DIR set to
// the data folder or its parent is refused and nothing is touched; a build killed at any
// moment leaves a whole dist/; a killed build's stage folder is cleared by the next one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFolder, ROOT, run, snapshot, TODAY } from '../helpers/cli.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
function data(): string {
  const dir = dataFolder();
  made.push(path.dirname(dir));
  return dir;
}

describe('MIROIR_OUT_DIR that would eat the data', () => {
  it.each([
    ['the data folder', (d: string) => d],
    ['a folder inside it', (d: string) => path.join(d, 'site')],
    ['the folder that holds it', (d: string) => path.dirname(d)],
  ])('%s: refused with a plain message, the data untouched', (_name, out) => {
    const dir = data();
    const before = snapshot(dir);
    const r = run('build', { dataDir: dir, env: { MIROIR_OUT_DIR: out(dir) } });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      `Build refusé\u00a0: le dossier de sortie ${out(dir)} est le dossier des données, ou le contient, ou est dedans\u00a0; le build le remplacerait en entier. Choisissez un autre dossier pour MIROIR_OUT_DIR (par défaut dist/). Rien n’a été modifié.`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a folder that is not a site miroir built is refused in English too', () => {
    const dir = data();
    const site = path.join(dir, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('locale: fr', 'locale: en'));
    const out = path.join(path.dirname(dir), 'notes');
    mkdirSync(out);
    writeFileSync(path.join(out, 'todo.txt'), 'garder');
    const r = run('build', { dataDir: dir, env: { MIROIR_OUT_DIR: out } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Build refused: the output folder ${out} already exists and is not a site miroir built (no build.json)`);
    expect(readFileSync(path.join(out, 'todo.txt'), 'utf8')).toBe('garder');
  });
});

describe('builds killed at random moments', () => {
  it('leave the old or the new dist/ whole, and the next build clears their stage folders', async () => {
    const dir = data();
    const dist = path.join(path.dirname(dir), 'dist');
    const first = run('build', { dataDir: dir, env: { MIROIR_OUT_DIR: dist } });
    expect(first.status, first.stderr).toBe(0);
    const started = Date.now();
    const full = run('build', { dataDir: dir, env: { MIROIR_OUT_DIR: dist } });
    expect(full.status).toBe(0);
    const duration = Date.now() - started;
    for (let k = 0; k < 3; k++) {
      const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
        cwd: ROOT,
        env: { ...process.env, MIROIR_TODAY: TODAY, MIROIR_DATA_DIR: dir, MIROIR_OUT_DIR: dist },
        stdio: 'ignore',
      });
      // Listened for at once: a build that ends before the kill has already exited.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Late in the build is where the swap happens: kill between 60 % and 100 % of a build's time.
      await new Promise((resolve) => setTimeout(resolve, duration * (0.6 + 0.4 * Math.random())));
      child.kill('SIGKILL');
      await exited;
      expect(JSON.parse(readFileSync(path.join(dist, 'build.json'), 'utf8')).id).toMatch(/^[0-9a-f]{16}$/);
      expect(existsSync(path.join(dist, 'wall', 'index.html'))).toBe(true);
    }
    const last = run('build', { dataDir: dir, env: { MIROIR_OUT_DIR: dist } });
    expect(last.status).toBe(0);
    const alive = (pid: number): boolean => spawnSync('kill', ['-0', String(pid)]).status === 0;
    const leftovers = readdirSync(ROOT).filter((n) => /^\.miroir-build-\d+/.test(n) && !alive(Number(/\d+/.exec(n)![0])));
    expect(leftovers).toEqual([]);
  }, 400_000);
});
