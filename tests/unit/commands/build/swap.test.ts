// dist/ swapped so that it is the old or the new site at every instant, leftovers of
// killed builds removed, and output folders that would eat the data refused.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outDirProblem } from '../../../../src/commands/build/out-dir.ts';
import { removeStale } from '../../../../src/commands/build/stale.ts';
import { swapInto, versionsOf } from '../../../../src/commands/build/swap.ts';
import { ROOT, tempDir } from '../../../helpers/cli.ts';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function work(): string {
  const dir = tempDir('miroir-swap-');
  made.push(dir);
  return dir;
}
function site(dir: string, id: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'build.json'), JSON.stringify({ id }));
  return dir;
}
const idOf = (dist: string): string => JSON.parse(readFileSync(path.join(dist, 'build.json'), 'utf8')).id;
/** A pid no process has: one that has just exited. */
const deadPid = (): number => spawnSync('true').pid!;

describe('swapInto', () => {
  it('makes dist a link to the new version; the old version stays until the next one, older ones go', () => {
    const w = work();
    const dist = path.join(w, 'dist');
    swapInto(site(path.join(w, 's1'), 'one'), dist);
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(idOf(dist)).toBe('one');
    swapInto(site(path.join(w, 's2'), 'two'), dist);
    expect(idOf(dist)).toBe('two');
    expect(readdirSync(versionsOf(dist))).toHaveLength(2);
    swapInto(site(path.join(w, 's3'), 'three'), dist);
    expect(idOf(dist)).toBe('three');
    expect(readdirSync(versionsOf(dist))).toHaveLength(2);
    expect(existsSync(path.join(w, 's3'))).toBe(false);
  });

  it('takes over a dist that is a real folder (built before this change)', () => {
    const w = work();
    const dist = site(path.join(w, 'dist'), 'old');
    swapInto(site(path.join(w, 's1'), 'new'), dist);
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(idOf(dist)).toBe('new');
  });

  it('a build killed before its last rename leaves the old site whole; the next build clears what it left', () => {
    const w = work();
    const dist = path.join(w, 'dist');
    swapInto(site(path.join(w, 's1'), 'one'), dist);
    // What a kill between "version moved in" and "link renamed" leaves: a version and a link of a dead pid.
    const pid = deadPid();
    site(path.join(versionsOf(dist), `${pid}-1`), 'killed');
    symlinkSync(path.join(versionsOf(dist), `${pid}-1`), path.join(w, `.dist.link-${pid}`));
    expect(idOf(dist)).toBe('one');
    removeStale(w, dist);
    expect(existsSync(path.join(w, `.dist.link-${pid}`))).toBe(false);
    swapInto(site(path.join(w, 's2'), 'two'), dist);
    expect(readdirSync(versionsOf(dist)).some((n) => n.startsWith(`${pid}-`))).toBe(false);
  });
});

describe('removeStale', () => {
  it('removes the stage and cache folders of dead builds, not those of running ones', () => {
    const w = work();
    const pid = deadPid();
    for (const name of [`.miroir-build-${pid}`, `.miroir-build-${pid}-cache`, `.miroir-build-${process.ppid}`]) {
      mkdirSync(path.join(w, name));
      writeFileSync(path.join(w, name, 'data.json'), '{}');
    }
    removeStale(w, path.join(w, 'dist'));
    expect(readdirSync(w).sort()).toEqual([`.miroir-build-${process.ppid}`]);
  });
});

describe('outDirProblem', () => {
  it('refuses the data folder, a folder inside it or holding it, the project, and a folder that is not a site', () => {
    const w = work();
    const data = path.join(w, 'data');
    mkdirSync(data);
    writeFileSync(path.join(data, 'site.yaml'), 'organisation: X\n');
    expect(outDirProblem(data, data, ROOT)).toBe('data');
    expect(outDirProblem(path.join(data, 'site'), data, ROOT)).toBe('data');
    expect(outDirProblem(w, data, ROOT)).toBe('data');
    // A link to the data folder is the data folder.
    symlinkSync(data, path.join(w, 'lien'));
    expect(outDirProblem(path.join(w, 'lien'), data, ROOT)).toBe('data');
    expect(outDirProblem(ROOT, data, ROOT)).toBe('root');
    expect(outDirProblem(path.dirname(ROOT), data, ROOT)).toBe('root');
    expect(outDirProblem(path.join(ROOT, 'src'), data, ROOT)).toBe('foreign');
    expect(outDirProblem(path.join(ROOT, 'dist'), data, ROOT)).toBeUndefined();
    expect(outDirProblem(path.join(w, 'out'), data, ROOT)).toBeUndefined();
  });
});
