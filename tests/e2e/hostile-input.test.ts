// Inputs built to make the checker hang or flood (issue 15, items 7, 9, 10): each runs
// the real `check` under a time limit and a heap limit, and what it prints stays short.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFolder, FIXTURES, ROOT, TODAY } from '../helpers/cli.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = dataFolder(files);
  made.push(path.dirname(dir));
  return dir;
}

/** `check` with a heap limit and a deadline; a CPU-time budget too, since the machine may be shared. */
function check(dataDir: string, args: string[] = [], env: Record<string, string> = {}, cwd = ROOT) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, MIROIR_TODAY: TODAY, MIROIR_DATA_DIR: dataDir, NODE_OPTIONS: '--max-old-space-size=600', ...env },
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter((l) => l !== '') };
}

const SITE = readFileSync(path.join(FIXTURES, 'minimal', 'site.yaml'), 'utf8');
const BAROMETER = readFileSync(path.join(FIXTURES, 'minimal', 'barometer.yaml'), 'utf8');

describe('check on inputs built to hang it', () => {
  it('100,000 unknown keys: ends, with the first 50 and one line for the rest', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: 1`).join('\n');
    const r = check(folder({ 'site.yaml': `${SITE}${keys}\n` }));
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(51);
    expect(r.lines[49]).toBe('data/site.yaml:60:1: error: clé inconnue «\u202fk49\u202f». Vérifiez son orthographe (voir le README), ou supprimez-la.');
    expect(r.lines[50]).toBe(
      'data/site.yaml:61:1: error: et 99\u202f950 autres problèmes du même genre dans ce fichier\u202f; les 50 premiers sont listés. Corrigez-les, puis relancez la vérification.',
    );
  }, 130_000);

  it('100,000 dimension ids: ends, and the lists of possible dimensions are cut', () => {
    const dims = Array.from({ length: 100_000 }, (_, i) => `  d${i}: Dimension ${i}`).join('\n');
    const r = check(folder({ 'barometer.yaml': `dimensions:\n${dims}\n${BAROMETER}` }));
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    const first = r.lines.find((l) => l.includes('la dimension «\u202fonboarding\u202f»'))!;
    expect(first).toContain('dimensions possibles\u00a0: d0, d1, d2,');
    expect(first).toContain('d48, d49, ….');
    for (const l of r.lines) expect(l.length).toBeLessThan(1000);
  }, 130_000);

  it('a 100,002-column header: one warning naming the first 50 columns and the count', () => {
    const header = ['date', 'text', ...Array.from({ length: 100_000 }, (_, i) => `col${i}`)];
    const csv = `${header.join(';')}\n${['2026-11-20', 'Bien', ...Array<string>(100_000).fill('')].join(';')}\n`;
    const r = check(folder({ 'verbatims.csv': csv }));
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    const names = Array.from({ length: 50 }, (_, i) => `«\u202fcol${i}\u202f»`).join(', ');
    expect(r.lines).toEqual([
      `data/verbatims.csv:1:11: warning: colonnes ignorées, car miroir ne les connaît pas\u00a0: ${names} et 99\u202f950 autres. Colonnes reconnues\u00a0: date, text, sentiment, nps, stars, channel, site, team, theme, author, featured. Pour en utiliser une sous un autre nom, indiquez-la dans site.yaml («\u202fverbatims.columns\u202f»).`,
    ]);
  }, 130_000);
});

describe('check --format github on keys written to break Markdown', () => {
  it('escapes HTML comments, pipes and backticks in the step summary: every row stays visible', () => {
    const dir = folder({ 'actions.yaml': 'actions:\n  - id: a\n    title: T\n    pillar: tools\n    "<!-- x": 1\n    "a|b`c": 2\n    "*[lien](https://x.example)*": 3\n' });
    const summary = path.join(path.dirname(dir), 'summary.md');
    writeFileSync(summary, '');
    // From the folder that holds data/, as a pull request's job runs from the repository root.
    const r = check(dir, ['--format', 'github'], { GITHUB_STEP_SUMMARY: summary }, path.dirname(dir));
    expect(r.status).toBe(1);
    const rows = readFileSync(summary, 'utf8').split('\n').filter((l) => l.startsWith('| ❌'));
    expect(rows).toEqual([
      '| ❌ erreur | `data/actions.yaml` | 5 | 5 | clé inconnue «\u202f&lt;!-- x\u202f». Vérifiez son orthographe (voir le README), ou supprimez-la. |',
      '| ❌ erreur | `data/actions.yaml` | 6 | 5 | clé inconnue «\u202fa\\|b\\`c\u202f». Vérifiez son orthographe (voir le README), ou supprimez-la. |',
      '| ❌ erreur | `data/actions.yaml` | 7 | 5 | clé inconnue «\u202f\\*\\[lien\\](https://x.example)\\*\u202f». Vérifiez son orthographe (voir le README), ou supprimez-la. |',
    ]);
  });
});
