// Words of the pull request's one comment (src/commands/pr-comment.ts), in each locale.
import type { Locale } from '../model.ts';

interface CommentWords {
  title: string;
  passed: string;
  failed: (errors: number) => string;
  warnings: (n: number) => string;
  problems: string;
  more: (n: number) => string;
  preview: string;
  screenshots: string;
  run: string;
  updated: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const COMMENT_WORDS: Record<Locale, CommentWords> = {
  fr: {
    title: 'miroir\u00a0: vérification des données',
    passed: '✅ Les données sont valides\u00a0: cette modification peut être publiée.',
    failed: (n) => `❌ ${plural(n, 'erreur empêche', 'erreurs empêchent')} la publication\u00a0: corrigez-les, puis enregistrez de nouveau.`,
    warnings: (n) => `⚠️ ${plural(n, 'avertissement', 'avertissements')} à lire (ils n’empêchent pas la publication).`,
    problems: 'Ce que la vérification a trouvé',
    more: (n) => `… et ${plural(n, 'autre ligne', 'autres lignes')}, dans le résumé de l’exécution.`,
    preview: 'Aperçu\u00a0:',
    screenshots: 'Captures des écrans et affiche (PDF et PNG)',
    run: 'le détail de l’exécution',
    updated: 'Ce commentaire est mis à jour à chaque enregistrement.',
  },
  en: {
    title: 'miroir: data check',
    passed: '✅ The data is valid: this change can be published.',
    failed: (n) => `❌ ${plural(n, 'error stops', 'errors stop')} publication: fix them, then save again.`,
    warnings: (n) => `⚠️ ${plural(n, 'warning', 'warnings')} to read (they do not stop publication).`,
    problems: 'What the check found',
    more: (n) => `… and ${plural(n, 'more line', 'more lines')}, in the run’s summary.`,
    preview: 'Preview:',
    screenshots: 'Screenshots of the screens and the poster (PDF and PNG)',
    run: 'the run’s details',
    updated: 'This comment is updated on every save.',
  },
};
