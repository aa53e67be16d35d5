// The contract's commands on real folders: check's exit codes and line format, build's
// outputs, and a failed build that leaves dist/ as it was.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeBuildId } from '../../src/commands/build/build-id.ts';
import { loadProject } from '../../src/project/load.ts';
import { dataFolder, ROOT, run, snapshot, tempDir, type Run } from '../helpers/cli.ts';

const LINE = /^(?<file>[^:]+):(?<line>\d+):(?<col>\d+): (?<sev>error|warning): .+/;

describe('npm run check', () => {
  it('accepts the sample data shipped in data/ (warnings only)', () => {
    const r = run('check', { dataDir: path.join(ROOT, 'data') });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    for (const l of r.lines) expect(l).toMatch(LINE);
    expect(r.lines.filter((l) => l.includes(': error: '))).toEqual([]);
  });

  it('prints nothing on stdout and exits 0 for a clean folder', () => {
    const r = run('check', { dataDir: dataFolder() });
    expect(r.lines).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Aucun problème');
  });

  it('exits 1 with one line per problem, and speaks English when site.yaml says so', () => {
    const dir = dataFolder({
      'site.yaml': readFileSync(path.join(ROOT, 'tests/fixtures/minimal/site.yaml'), 'utf8').replace('locale: fr', 'locale: en'),
      'actions.yaml': 'actions:\n  - id: a\n    title: T\n    pillar: tools\n    status: doen\n',
    });
    const r = run('check', { dataDir: dir });
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      'data/actions.yaml:5:13: error: “status” cannot be “doen”; possible values: planned, in_progress, done, blocked (or prevu, en_cours, termine, bloque). Did you mean “done”?',
    ]);
  });

  it('rejects an unknown --format', () => {
    const r = run('check', { dataDir: dataFolder(), args: ['--format', 'xml'] });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format');
  });
});

describe('npm run build', () => {
  let out: string;
  let dataDir: string;
  let first: Run;
  beforeAll(() => {
    dataDir = dataFolder();
    out = path.join(tempDir(), 'dist');
    first = run('build', { dataDir, env: { MIROIR_OUT_DIR: out } });
  });

  it('writes every output of the contract', () => {
    expect(first.status, first.stdout + first.stderr).toBe(0);
    for (const f of ['wall/index.html', 'wall/lyon/index.html', 'poster/index.html', 'build.json', 'data.json', 'brand/logo.svg']) {
      expect(existsSync(path.join(out, f)), f).toBe(true);
    }
    const build = JSON.parse(readFileSync(path.join(out, 'build.json'), 'utf8'));
    expect(build.id).toMatch(/^[0-9a-f]{16}$/);
    expect(new Date(build.generated_at).toISOString()).toBe(build.generated_at);
  });

  it('never copies respondent-level or data files into dist/', () => {
    const files = [...snapshot(out).keys()];
    expect(files.filter((f) => /\.(csv|ya?ml)$/.test(f))).toEqual([]);
  });

  it('leaves dist/ byte-for-byte untouched when the data has an error, printing the same lines as check', () => {
    const before = snapshot(out);
    writeFileSync(path.join(dataDir, 'barometer.yaml'), 'waves:\n  - id: T\n    date: 2026-02-31\n    invited: 10\n    respondents: 8\n');
    const failed = run('build', { dataDir, env: { MIROIR_OUT_DIR: out } });
    const check = run('check', { dataDir });
    expect(failed.status).toBe(1);
    expect(failed.lines).toEqual(check.lines);
    expect(failed.lines[0]).toMatch(/^data\/barometer\.yaml:3:11: error: /);
    expect(failed.stderr).toContain('dist/ n’a pas été modifié');
    expect(snapshot(out)).toEqual(before);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('build.json id', () => {
  it('is the same for the same inputs and changes when the data, the code or the day change', () => {
    const dir = dataFolder();
    const id = (today: string): string => computeBuildId(ROOT, loadProject(dir, { MIROIR_TODAY: today }).project!);
    const a = id('2026-11-24');
    expect(id('2026-11-24')).toBe(a);
    expect(id('2026-11-25')).not.toBe(a);
    writeFileSync(path.join(dir, 'verbatims.csv'), `${readFileSync(path.join(dir, 'verbatims.csv'), 'utf8')}2026-11-21;Nouveau;;;;;;;\n`);
    const b = id('2026-11-24');
    expect(b).not.toBe(a);
    // The logo is published: a new logo is a new build.
    writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"/>');
    expect(id('2026-11-24')).not.toBe(b);
  });

  it('hashes only the files the data uses: a stray file in the data folder changes nothing', () => {
    const dir = dataFolder();
    const a = computeBuildId(ROOT, loadProject(dir, { MIROIR_TODAY: '2026-11-24' }).project!);
    writeFileSync(path.join(dir, 'notes.txt'), 'brouillon');
    expect(computeBuildId(ROOT, loadProject(dir, { MIROIR_TODAY: '2026-11-24' }).project!)).toBe(a);
  });
});
