// `npm run check -- --format github`: GitHub Actions annotations (paths relative to the
// repository root, 1-based line and column, GitHub's escaping) and, with
// GITHUB_STEP_SUMMARY, a table of every problem (GitHub shows only 10 annotations of
// each kind per step and drops the rest silently).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLines } from '../../src/commands/report.ts';
import { loadProject } from '../../src/project/load.ts';
import { CASES } from './bad-input/cases.ts';
import { dataFolder, FIXTURES, run, tempDir, TODAY } from '../helpers/cli.ts';

const NB = '\u00a0';
const NNB = '\u202f';

/** Undoes GitHub's escaping, written from its documentation, not from report.ts. */
function unescape(s: string): string {
  return s.replace(/%(25|0D|0A|3A|2C)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const ANNOTATION = /^::(error|warning) file=([^,:]*),line=(\d+),col=(\d+)::(.*)$/;
const TEXT_LINE = /^([^:]+):(\d+):(\d+): (error|warning): ([\s\S]*)$/;

/** `check` as a pull request runs it: from the repository root, the data in data/. */
function check(dataDir: string, args: string[] = ['--format', 'github'], env: Record<string, string> = {}) {
  const repo = path.dirname(dataDir);
  return run('check', { cwd: repo, args, env: { MIROIR_DATA_DIR: path.relative(repo, dataDir), ...env } });
}

describe('annotations on the bad-input corpus', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const dir = dataFolder(c.files);
    const repo = path.dirname(dir);
    const { diagnostics, locale } = loadProject(dir, { MIROIR_TODAY: TODAY });
    const text = formatLines(diagnostics, locale, 'text', repo);
    const github = formatLines(diagnostics, locale, 'github', repo);
    expect(github.length, "a bad input has at least one problem").toBeGreaterThan(0);
    expect(github).toHaveLength(text.length);
    github.forEach((line, i) => {
      // One physical line each: a raw CR or LF would end the workflow command.
      expect(line).not.toMatch(/[\r\n]/);
      const a = ANNOTATION.exec(line);
      expect(a, line).not.toBeNull();
      const [, severity, file, l, col, message] = a!;
      const t = TEXT_LINE.exec(text[i]!)!;
      // The data folder is data/ under the repository root: the same path either way.
      expect(unescape(file!)).toBe(t[1]);
      expect(file).toMatch(/^data\/[^/]+/);
      expect([Number(l), Number(col)]).toEqual([Number(t[2]), Number(t[3])]);
      expect(Number(l)).toBeGreaterThanOrEqual(1);
      expect(Number(col)).toBeGreaterThanOrEqual(1);
      expect(severity).toBe(t[4]);
      expect(unescape(message!)).toBe(t[5]);
    });
  });
});

describe('npm run check -- --format github', () => {
  it('escapes %, CR and LF in the message', () => {
    const dir = dataFolder({ 'actions.yaml': 'actions:\n  - id: a\n    title: T\n    pillar: "tools 100%\\r\\nfin"\n' });
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      `::error file=data/actions.yaml,line=4,col=13::«${NNB}pillar${NNB}» ne peut pas valoir «${NNB}tools 100%25%0D%0Afin${NNB}»${NNB}; valeurs possibles${NB}: onboarding, training, culture, empowerment, wellbeing, tools. Vouliez-vous dire «${NNB}tools${NNB}»${NNB}?`,
    ]);
  });

  it('writes the file relative to the repository root, escaping : and , in it', () => {
    // A data folder that is not directly under the root, in a folder named with : and ,.
    const repo = tempDir();
    const dir = path.join(repo, 're,view:1', 'data');
    cpSync(path.join(FIXTURES, 'minimal'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'actions.yaml'), 'actions:\n  - id: b\n    title: T\n    pillar: tools\n    owner: RH\n    "a|b\\nc": 1\n');
    const r = run('check', { cwd: repo, args: ['--format', 'github'], env: { MIROIR_DATA_DIR: 're,view:1/data' } });
    expect(r.status).toBe(1);
    // Line 6, column 5: where the unknown key starts. The LF inside the key is escaped too.
    expect(r.lines).toEqual([`::error file=re%2Cview%3A1/data/actions.yaml,line=6,col=5::clé inconnue «${NNB}a|b%0Ac${NNB}». Vérifiez son orthographe (voir le README), ou supprimez-la.`]);
  });

  it('gives 1-based positions, and warnings as ::warning (exit 0 with warnings only)', () => {
    const csv = `${readFileSync(path.join(FIXTURES, 'minimal', 'verbatims.csv'), 'utf8')}2026-11-21;Écrivez à jean.dupont@example.com svp;;9;;chat;Lyon;;\n`;
    const warned = check(dataFolder({ 'verbatims.csv': csv }));
    expect(warned.status).toBe(0);
    // Row 7 of the file; the text is the 2nd field, after `2026-11-21;` (11 characters).
    expect(warned.lines).toEqual([
      `::warning file=data/verbatims.csv,line=7,col=12::«${NNB}text${NNB}» contient une adresse e-mail${NB}: elle est remplacée par «${NNB}[e-mail masqué]${NNB}» et ne sera jamais publiée. Rien à faire${NB}: le masquage est automatique. Pour ne plus voir cet avertissement, effacez cette donnée du fichier.`,
    ]);
    expect(warned.stdout).not.toContain('jean.dupont@example.com');
    const empty = check(dataFolder({ 'site.yaml': '' }));
    expect(empty.status).toBe(1);
    expect(empty.lines).toEqual(['::error file=data/site.yaml,line=1,col=1::le fichier est vide. Remettez-y son contenu (pour un CSV, au moins la ligne d’en-têtes).']);
  });

  it('writes no job summary without GITHUB_STEP_SUMMARY, nor with the text format', () => {
    const summary = path.join(tempDir(), 'summary.md');
    const r = check(dataFolder({ 'site.yaml': '' }), [], { GITHUB_STEP_SUMMARY: summary });
    expect(r.lines).toEqual(['data/site.yaml:1:1: error: le fichier est vide. Remettez-y son contenu (pour un CSV, au moins la ligne d’en-têtes).']);
    expect(() => readFileSync(summary)).toThrow();
  });
});

describe('the job summary', () => {
  // 65 actions, each with an unknown status: 65 errors, far past the 10 annotations
  // GitHub shows for a step (and the 50 of a job). Action i starts at line 2 + 5 × i,
  // its status on line 5 + 5 × i, value at column 13.
  const N = 65;
  const actions = ['actions:'];
  for (let i = 0; i < N; i++) {
    actions.push(`  - id: a${i}`, `    title: Action ${i}`, '    pillar: tools', `    status: statut-${i}`, '    owner: RH');
  }
  // One more problem with a | in it, which a Markdown table cell must escape.
  actions.push('  - id: z', '    title: Z', '    pillar: tools', '    "x|y": 1');

  // Past the first 50 of one kind in a file, the rest are one line with their count (data/caps.ts).
  const SHOWN = 50;
  it(`lists the ${N + 1} problems (the first ${SHOWN} of a kind, then their count), appended after what earlier steps wrote`, () => {
    const file = path.join(tempDir(), 'step-summary.md');
    writeFileSync(file, '## Earlier step\n\n');
    const r = check(dataFolder({ 'actions.yaml': `${actions.join('\n')}\n` }), ['--format', 'github'], { GITHUB_STEP_SUMMARY: file });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(SHOWN + 2);
    const md = readFileSync(file, 'utf8');
    expect(md.startsWith('## Earlier step\n\n### Vérification des données\n\n66 erreurs, 0 avertissement.\n\n| | Fichier | Ligne | Colonne | Message |\n|---|---|---:|---:|---|\n')).toBe(true);
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌'));
    expect(rows).toHaveLength(SHOWN + 2);
    rows.slice(0, SHOWN).forEach((row, i) => {
      expect(row).toBe(
        `| ❌ erreur | \`data/actions.yaml\` | ${5 + 5 * i} | 13 | «${NNB}status${NNB}» ne peut pas valoir «${NNB}statut-${i}${NNB}»${NNB}; valeurs possibles${NB}: prevu, en_cours, termine, bloque (ou planned, in_progress, done, blocked). Écrivez l’une de ces valeurs. |`,
      );
    });
    // The extra action starts on line 2 + 5 × 65 = 327; its unknown key is on line 330.
    // The 51st status (action 50, line 5 + 5 × 50) carries the count of the 15 left out.
    expect(rows[SHOWN]).toBe(
      `| ❌ erreur | \`data/actions.yaml\` | ${255} | 13 | et 15 autres problèmes du même genre dans ce fichier${NNB}; les 50 premiers sont listés. Corrigez-les, puis relancez la vérification. |`,
    );
    expect(rows[SHOWN + 1]).toBe(`| ❌ erreur | \`data/actions.yaml\` | ${330} | 5 | clé inconnue «${NNB}x\\|y${NNB}». Vérifiez son orthographe (voir le README), ou supprimez-la. |`);
  });

  it('says there is no problem, in English when site.yaml says so', () => {
    const file = path.join(tempDir(), 'step-summary.md');
    const site = readFileSync(path.join(FIXTURES, 'minimal', 'site.yaml'), 'utf8').replace('locale: fr', 'locale: en');
    const r = check(dataFolder({ 'site.yaml': site }), ['--format', 'github'], { GITHUB_STEP_SUMMARY: file });
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('### Data check\n\nNo problem in the data.\n\n');
  });
});
