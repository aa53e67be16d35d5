// The pull request's one comment: it starts with the marker the workflow finds it by,
// says whether the data may be published, lists what the check found (cut when long),
// carries the summary, and links the screenshots and the run — in the site's locale.
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, commentBody } from '../../../src/commands/pr-comment.ts';

const CHECK = [
  'data/actions.yaml:12:15: error: « status » vaut « fini » : valeurs possibles : planned, in_progress, done, blocked.',
  'data/verbatims.csv:29:21: warning: « Votre commentaire » contient une adresse e-mail.',
  '1 erreur, 1 avertissement.',
].join('\n');

describe('commentBody', () => {
  it('starts with the hidden marker and says, in French, that an error stops publication', () => {
    const body = commentBody({ locale: 'fr', status: 1, check: CHECK, summary: '### Ce que change cette modification\n\n- L’action « Un rapport » passe en cours.', artifacts: 'https://github.com/o/r/actions/runs/1/artifacts/2', run: 'https://github.com/o/r/actions/runs/1' });
    expect(body.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(body).toContain('❌ 1 erreur empêche la publication');
    expect(body).toContain('⚠️ 1 avertissement à lire');
    // The two problem lines, not the count line.
    expect(body).toContain('```text\ndata/actions.yaml:12:15: error:');
    expect(body).not.toContain('1 erreur, 1 avertissement.');
    expect(body).toContain('<details open>');
    expect(body).toContain('- L’action « Un rapport » passe en cours.');
    expect(body).toContain('**Aperçu\u00a0:** [Captures des écrans et affiche (PDF et PNG)](https://github.com/o/r/actions/runs/1/artifacts/2) · [le détail de l’exécution](https://github.com/o/r/actions/runs/1)');
  });

  it('says in English that valid data can be published, and folds the warnings away', () => {
    const body = commentBody({ locale: 'en', status: 0, check: CHECK.split('\n')[1]!, summary: '' });
    expect(body).toContain('✅ The data is valid: this change can be published.');
    expect(body).toContain('⚠️ 1 warning to read');
    expect(body).toContain('<details><summary>What the check found</summary>');
    expect(body).not.toContain('Preview:');
  });

  it('shows the first 30 problems and counts the others', () => {
    const many = Array.from({ length: 45 }, (_, i) => `data/actions.yaml:${i + 1}:3: error: x`).join('\n');
    const body = commentBody({ locale: 'fr', status: 1, check: many, summary: '' });
    expect(body).toContain('❌ 45 erreurs empêchent la publication');
    expect(body).toContain('data/actions.yaml:30:3: error: x');
    expect(body).not.toContain('data/actions.yaml:31:3:');
    expect(body).toContain('… et 15 autres lignes');
  });
});
