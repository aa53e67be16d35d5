// npm run summary on pairs of data folders: the minimal fixture as "before", and a copy
// with the files of tests/fixtures/summary/ (or inline edits) as "after".
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSummaryArgs } from '../../src/commands/summary/args.ts';
import { MAX_QUOTED, renderSummary } from '../../src/commands/summary/render.ts';
import { loadProject } from '../../src/project/load.ts';
import { dataFolder, FIXTURES, run, tempDir, TODAY } from '../helpers/cli.ts';

const MINIMAL = path.join(FIXTURES, 'minimal');
const AFTER = path.join(FIXTURES, 'summary', 'after');
const minimal = (f: string): string => readFileSync(path.join(MINIMAL, f), 'utf8');
const after = (f: string): string => readFileSync(path.join(AFTER, f), 'utf8');
const NB = '\u00a0';
const NNB = '\u202f';
const EMAIL = 'jean.dupont@example.com';

/** The minimal fixture with a wave added, an action done, one overdue and two verbatims (one with an e-mail). */
function changedFolder(extra: Record<string, string> = {}): string {
  return dataFolder({
    'barometer.yaml': after('barometer.yaml'),
    'actions.yaml': after('actions.yaml'),
    'verbatims.csv': after('verbatims.csv'),
    ...extra,
  });
}

const english = (s: string): string => s.replace('locale: fr', 'locale: en');

describe('npm run summary OLD NEW', () => {
  it('tells a wave added, an action done, a new overdue one and new verbatims, with the e-mail masked', () => {
    const r = run('summary', { args: [dataFolder(), changedFolder()] });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        '### Ce que ce changement modifie sur le mur et l’affiche',
        '',
        // Both new verbatims are on the wall (count 4): the featured one of 20 Nov, then the
        // latest, 22 and 21 Nov, then 18 Nov; 15 and 10 Nov drop off.
        `**Verbatims${NB}:** 2 ajoutés (dont 2 à l’écran), 0 retiré.`,
        '',
        `- «${NNB}Livraison parfaite, merci${NNB}! Écrivez-moi à \\[e-mail masqué\\]${NNB}» · 22 nov. 2026 · Lyon · Positif · à l’écran`,
        `- «${NNB}Colis abîmé à l'arrivée.${NNB}» · 21 nov. 2026 · Nantes · Négatif · à l’écran`,
        '',
        `**Baromètre${NB}:**`,
        '',
        // 2026-T2 → 2026-T3: participation 70/100 → 75/100 = +5 (counted: a rise); eNPS 15 → 21 = +6:
        // v = 0.9775/70 × 30/99 + 0.9559/75 × 25/99 = 0.0074502, z = 0.06 / 0.086314 = 0.70: stable; engagement
        // 70 → 74 = +4: v = 0.21/70 × 30/99 + 0.1924/75 × 25/99 = 0.0015569, z = 0.04 / 0.039458 = 1.01: stable.
        // The dimensions' moves are within chance too (tools +6: z = 0.06 / 0.043763 = 1.37): nothing moved.
        `- Nouvelle vague **2026-T3** (15 oct. 2026)${NB}: participation 75${NB}% (+5${NNB}pts, en hausse), eNPS +21 (+6${NNB}pts, stable), engagement 74${NB}% (+4${NNB}pts, stable) (écarts par rapport à 2026-T2). Stabilité sur tous les indicateurs depuis juin 2026.`,
        '',
        `**Plan d’actions${NB}:**`,
        '',
        `- Nouvelle action${NB}: «${NNB}Des casques antibruit pour les conseillers${NNB}» (En cours, 40${NB}%).`,
        // Before: 1 milestone of 2 done = 50 %; done means 100 %.
        `- «${NNB}Un parrain pour chaque nouvel arrivant${NNB}»${NB}: En cours → Terminé, avancement 50${NB}% → 100${NB}% (+50${NNB}pts).`,
        // Due 31 Oct, today 24 Nov, not done.
        `- En retard désormais${NB}: «${NNB}Des casques antibruit pour les conseillers${NNB}» (échéance 31 oct. 2026).`,
        '',
        `**Confidentialité${NB}:**`,
        '',
        // Lille (3 < 5) is withheld; 3 respondents withheld < 5, so the smallest published
        // segment, Nantes (27), is withheld too: 2.
        `- 2 segments trop petits ne sont pas publiés (avant${NB}: 0).`,
        '',
        // The e-mail, Lille and Nantes.
        `**Vérification${NB}:** 0 erreur, 3 avertissements.`,
        '',
      ].join('\n'),
    );
    expect(r.stdout + r.stderr).not.toContain(EMAIL);
    expect(r.stdout + r.stderr).not.toContain('jean.dupont');
  });

  it('speaks English when the new site.yaml says so', () => {
    const site = english(minimal('site.yaml'));
    const r = run('summary', { args: [dataFolder(), changedFolder({ 'site.yaml': site })] });
    expect(r.status).toBe(0);
    const lines = r.lines;
    expect(lines[0]).toBe('### What this change does to the wall and the poster');
    expect(lines).toContain('**Verbatims:** 2 added (2 of them on the wall), 0 removed.');
    expect(lines).toContain('- “Livraison parfaite, merci ! Écrivez-moi à \\[email hidden\\]” · 22 Nov 2026 · Lyon · Positive · on the wall');
    expect(lines).toContain(
      '- New wave **2026-T3** (15 Oct 2026): participation 75% (+5 pts, up), eNPS +21 (+6 pts, stable), engagement 74% (+4 pts, stable) (changes vs 2026-T2). No clear change in any indicator since June 2026.',
    );
    expect(lines).toContain('- “Un parrain pour chaque nouvel arrivant”: In progress → Done, progress 50% → 100% (+50 pts).');
    expect(lines).toContain('- Now overdue: “Des casques antibruit pour les conseillers” (due 31 Oct 2026).');
    expect(lines).toContain('- 2 small segments are not published (before: 0).');
    expect(lines.at(-1)).toBe('**Check:** 0 errors, 3 warnings.');
    expect(r.stdout).not.toContain(EMAIL);
  });

  it('tells changed and removed waves, removed and newly featured verbatims, with signed deltas', () => {
    const barometer = minimal('barometer.yaml')
      .replace(/  - id: 2026-T1[\s\S]*?(?=  - id: 2026-T2)/, '')
      .replace('    enps: 15\n    engagement: 70\n', '    enps: 12\n    engagement: 68\n')
      .replace('training: 61', 'training: 64');
    const verbatims = minimal('verbatims.csv')
      .replace('2026-11-15;Rien à signaler.;neutre;;;chat;Lyon;;\n', '')
      .replace("c'est trop long.;;;1;e-mail;Nantes;;non", "c'est trop long.;;;1;e-mail;Nantes;;oui");
    const r = run('summary', { args: [dataFolder(), dataFolder({ 'barometer.yaml': barometer, 'verbatims.csv': verbatims })] });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        '### Ce que ce changement modifie sur le mur et l’affiche',
        '',
        `**Verbatims${NB}:** 0 ajouté, 1 retiré.`,
        '',
        `- À la une désormais${NB}: «${NNB}Trois semaines pour un remboursement, c'est trop long.${NNB}»`,
        '',
        `**Baromètre${NB}:**`,
        '',
        // Percentages as Intl writes them in French (U+00A0 before %). eNPS 15 → 12 = −3 (U+2212), engagement 70 → 68 = −2, Formation 61 → 64 = +3.
        `- Vague **2026-T2** modifiée${NB}: eNPS +15 → +12 (\u22123${NNB}pts), engagement 70${NB}% → 68${NB}% (\u22122${NNB}pts), Formation 61${NB}% → 64${NB}% (+3${NNB}pts).`,
        '- Vague **2026-T1** retirée.',
        '',
        `**Vérification${NB}:** Aucun problème dans les données.`,
        '',
      ].join('\n'),
    );
  });

  it('says when nothing visible changes', () => {
    const r = run('summary', { args: [dataFolder(), dataFolder({ 'site.yaml': `# un commentaire\n${minimal('site.yaml')}` })] });
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([
      '### Ce que ce changement modifie sur le mur et l’affiche',
      'Rien ne change sur le mur ni sur l’affiche.',
      `**Vérification${NB}:** Aucun problème dans les données.`,
    ]);
  });

  it('tells which settings of site.yaml changed', () => {
    const site = minimal('site.yaml').replace('slide_seconds: 10', 'slide_seconds: 15').replace('size: A4', 'size: A3');
    const r = run('summary', { args: [dataFolder(), dataFolder({ 'site.yaml': site })] });
    expect(r.lines).toEqual([
      '### Ce que ce changement modifie sur le mur et l’affiche',
      // The Lyon screen inherits the wall's slide_seconds: it changes too.
      `**Réglages${NB}:** site.yaml modifié (\`wall\`, \`screens\`, \`poster\`)${NB}: regardez les captures d’écran.`,
      `**Vérification${NB}:** Aucun problème dans les données.`,
    ]);
  });

  it('exits 1 and lists the errors when the new data has some', () => {
    const actions = `${minimal('actions.yaml')}  - id: x\n    title: T\n    pillar: marketing\n    status: annulé\n`;
    const dir = changedFolder({ 'actions.yaml': actions });
    const r = run('summary', { args: [dataFolder(), dir] });
    expect(r.status).toBe(1);
    // Line 21 `    pillar: marketing` and line 22 `    status: annulé`: the value starts at column 13.
    expect(r.lines).toEqual([
      '### Ce que ce changement modifie sur le mur et l’affiche',
      `**Ce changement ne peut pas être publié${NNB}!** 2 erreurs dans les données${NB}: tant qu’elles ne sont pas corrigées, le mur et l’affiche gardent les données d’avant.`,
      `- data/actions.yaml:21:13: error: «${NNB}pillar${NNB}» ne peut pas valoir «${NNB}marketing${NNB}»${NNB}; valeurs possibles${NB}: onboarding, training, culture, empowerment, wellbeing, tools. Écrivez l’une de ces valeurs.`,
      `- data/actions.yaml:22:13: error: «${NNB}status${NNB}» ne peut pas valoir «${NNB}annulé${NNB}»${NNB}; valeurs possibles${NB}: prevu, en\\_cours, termine, bloque (ou planned, in\\_progress, done, blocked). Écrivez l’une de ces valeurs.`,
    ]);
    expect(r.stdout).not.toContain(EMAIL);
  });

  it('describes everything as new when the old data cannot be read', () => {
    const r = run('summary', { args: [dataFolder({ 'site.yaml': null }), dataFolder()] });
    expect(r.status).toBe(0);
    expect(r.lines[1]).toBe(`Les données d’avant n’ont pas pu être lues (1 erreur)${NB}: tout est décrit comme nouveau.`);
    // The minimal fixture's four recent verbatims (the one of June is too old for the wall).
    expect(r.lines[2]).toBe(`**Verbatims${NB}:** 5 ajoutés (dont 4 à l’écran), 0 retiré.`);
  });

  it('quotes at most MAX_QUOTED new verbatims, then counts the rest', () => {
    const rows = Array.from({ length: MAX_QUOTED + 3 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')};Avis numéro ${i + 1}.;;;4;chat;Lyon;;`);
    const r = run('summary', { args: [dataFolder(), dataFolder({ 'verbatims.csv': `${minimal('verbatims.csv')}${rows.join('\n')}\n` })] });
    const quoted = r.lines.filter((l) => l.startsWith('- «'));
    expect(quoted).toHaveLength(MAX_QUOTED);
    expect(r.lines).toContain('- … et 3 autres');
  });

  it('keeps text from the data inert in Markdown', () => {
    const csv = `${minimal('verbatims.csv')}2026-11-23;<img src=x> **gras** [lien](http://x) | fin;;;5;chat;Lyon;;\n`;
    const r = run('summary', { args: [dataFolder(), dataFolder({ 'verbatims.csv': csv })] });
    expect(r.stdout).toContain(`«${NNB}\\<img src=x\\> \\*\\*gras\\*\\* \\[lien\\](http://x) \\| fin${NNB}»`);
  });

  it('rejects missing or unknown arguments with the usage (exit 2)', () => {
    const none = run('summary');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: npm run summary -- OLD NEW');
    const ref = run('summary', { args: ['no-such-branch-or-folder', dataFolder()] });
    expect(ref.status).toBe(2);
    expect(ref.stderr).toContain('"no-such-branch-or-folder" is neither a folder nor a git branch, tag or commit.');
  });
});

describe('npm run summary against a git ref', () => {
  it('extracts data/ at the ref (--base REF, or REF as OLD) and compares it with the work tree', () => {
    const repo = tempDir('miroir-summary-git-');
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    const data = dataFolder();
    execFileSync('cp', ['-r', data, path.join(repo, 'data')]);
    git('add', 'data');
    git('commit', '-q', '-m', 'data');
    // The work tree then gets the change, uncommitted, as in a pull request's checkout.
    for (const f of ['barometer.yaml', 'actions.yaml', 'verbatims.csv']) writeFileSync(path.join(repo, 'data', f), after(f));
    const env = { MIROIR_DATA_DIR: '' };
    const base = run('summary', { cwd: repo, env, args: ['--base', 'HEAD'] });
    expect(base.status, base.stderr).toBe(0);
    const direct = run('summary', { cwd: repo, args: [path.join(FIXTURES, 'minimal'), changedFolder()] });
    expect(base.stdout).toBe(direct.stdout);
    const positional = run('summary', { cwd: repo, env, args: ['main', 'data'] });
    expect(positional.stdout).toBe(direct.stdout);
    expect(base.stdout).not.toContain(EMAIL);
  });
});

describe('parseSummaryArgs', () => {
  it('reads OLD NEW, OLD alone, and --base REF [NEW]', () => {
    expect(parseSummaryArgs(['a', 'b'])).toEqual({ old: 'a', new: 'b' });
    expect(parseSummaryArgs(['a'])).toEqual({ old: 'a' });
    expect(parseSummaryArgs(['--base', 'origin/main'])).toEqual({ old: 'origin/main' });
    expect(parseSummaryArgs(['--base=origin/main', 'data'])).toEqual({ old: 'origin/main', new: 'data' });
    expect(parseSummaryArgs([])).toEqual({ error: 'say what to compare.' });
    expect(parseSummaryArgs(['--base'])).toEqual({ error: '--base needs a git ref, e.g. --base origin/main.' });
    expect(parseSummaryArgs(['--bse', 'x'])).toEqual({ error: 'unknown option --bse.' });
    expect(parseSummaryArgs(['a', 'b', 'c'])).toEqual({ error: 'give two data folders or refs: OLD NEW.' });
  });
});

describe('renderSummary', () => {
  it('follows MIROIR_TODAY for what is overdue', () => {
    const before = loadProject(dataFolder(), { MIROIR_TODAY: TODAY });
    // On 30 Oct the new action (due 31 Oct) is not overdue yet.
    const early = renderSummary(before, loadProject(changedFolder(), { MIROIR_TODAY: '2026-10-30' }));
    expect(early).not.toContain('En retard désormais');
    const late = renderSummary(before, loadProject(changedFolder(), { MIROIR_TODAY: TODAY }));
    expect(late).toContain(`En retard désormais${NB}: «${NNB}Des casques antibruit pour les conseillers${NNB}»`);
  });
});
