// `npm run check -- --base REF`: privacy cannot be loosened after publication. The pull
// request's work tree lowers privacy.min_respondents below the base's: an error at its
// line, in plain words, exit 1; raising it, or keeping it, is fine.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, run, tempDir } from '../helpers/cli.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** A git repository whose data/ (the minimal fixture, threshold 5, line 4) is committed. */
function repoWithData(): { repo: string; site: string } {
  const repo = tempDir('miroir-check-base-');
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  execFileSync('cp', ['-r', dataFolder(), path.join(repo, 'data')]);
  git('add', 'data');
  git('commit', '-q', '-m', 'data');
  return { repo, site: path.join(repo, 'data', 'site.yaml') };
}

const setThreshold = (site: string, n: number): void =>
  writeFileSync(site, readFileSync(site, 'utf8').replace(/privacy: \{ min_respondents: \d+ \}/, `privacy: { min_respondents: ${n} }`));

describe('npm run check -- --base REF', () => {
  it('refuses a threshold lowered below the base’s, at its line, and accepts one raised', () => {
    const { repo, site } = repoWithData();
    const env = { MIROIR_DATA_DIR: '' };
    // Without --base, 3 is a valid threshold: only the comparison refuses it.
    setThreshold(site, 3);
    expect(run('check', { cwd: repo, env }).status).toBe(0);
    const lowered = run('check', { cwd: repo, env, args: ['--base', 'HEAD'] });
    expect(lowered.status).toBe(1);
    // `privacy: { min_respondents: 3 }` is line 4; the value is at column 29 (`privacy: { ` is 11 characters, `min_respondents: ` 17).
    expect(lowered.lines).toEqual([
      `data/site.yaml:4:29: error: le seuil de confidentialité passe de 5 à 3 répondants, plus bas que celui déjà publié («${NNBSP}HEAD${NNBSP}»)${NBSP}: ce n’est pas permis. Ce seuil protège les petites équipes${NBSP}: des résultats déjà affichés avec un seuil de 5 permettraient, avec un seuil plus bas, de reconnaître les réponses de quelques personnes. Il peut seulement monter. Remettez «${NNBSP}min_respondents: 5${NNBSP}» (ou plus).`,
    ]);
    // The same as a pull request's annotation.
    const github = run('check', { cwd: repo, env, args: ['--format', 'github', '--base=HEAD'] });
    expect(github.status).toBe(1);
    expect(github.lines[0]).toMatch(/^::error file=data\/site\.yaml,line=4,col=29::le seuil de confidentialité passe de 5 à 3/);
    setThreshold(site, 7);
    const raised = run('check', { cwd: repo, env, args: ['--base', 'HEAD'] });
    expect(raised.status, raised.stdout).toBe(0);
    expect(raised.lines).toEqual([]);
  });

  it('says what is wrong with a ref that is not one, or a missing ref (exit 2)', () => {
    const { repo } = repoWithData();
    const env = { MIROIR_DATA_DIR: '' };
    const unknown = run('check', { cwd: repo, env, args: ['--base', 'nope'] });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('nope');
    expect(unknown.stderr).not.toMatch(/at .+\.ts:\d+/);
    const missing = run('check', { cwd: repo, env, args: ['--base'] });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--base');
  });
});
