// What the commands say on the terminal, per locale (the data's problems are in
// messages/; these are the commands' own sentences).
import type { Locale } from '../model.ts';
import { NBSP, NNBSP } from './typography.ts';

export interface CommandWords {
  build: {
    failed: string;
    done: (seconds: string) => string;
    /** MIROIR_OUT_DIR refused: it is or holds the data folder, holds the project, or is not a site miroir built. */
    outDir: (problem: 'data' | 'root' | 'foreign', dir: string) => string;
  };
  poster: {
    notBuilt: (file: string) => string;
    noBrowser: string;
    badBrowser: (message: string) => string;
    notFitted: string;
    pages: (n: number) => string;
    done: (pdf: string, png: string, sheet: string, width: number, height: number) => string;
  };
  check: {
    badFormat: (found: string) => string;
    /** `--base` given without a git ref. */
    badBase: string;
    /** The Markdown table of $GITHUB_STEP_SUMMARY. */
    title: string;
    none: string;
    counts: (errors: number, warnings: number) => string;
    head: string;
    error: string;
    warning: string;
  };
  summary: {
    usage: string;
    baseNeedsRef: string;
    unknownOption: (option: string) => string;
    baseOneFolder: string;
    nothingToCompare: string;
    tooMany: string;
    notGit: (ref: string, cwd: string) => string;
    notRef: (ref: string) => string;
    outsideRepo: (dataDir: string, root: string) => string;
  };
  test: { noBrowser: string; browser: (path: string) => string };
  screenshots: {
    notBuilt: (dist: string) => string;
    consoleError: (where: string, text: string) => string;
    pageError: (where: string, text: string) => string;
    done: (count: number, folder: string) => string;
  };
  docs: { unchanged: string };
}

/**
 * The developer commands (test, screenshots, docs, schemas) and usage errors speak
 * before any site.yaml is read, to the person at the terminal: they use this locale.
 */
export const TERMINAL_LOCALE: Locale = 'en';

export const COMMAND_WORDS: Record<Locale, CommandWords> = {
  fr: {
    build: {
      failed: `Build arrêté${NBSP}: corrigez les erreurs ci-dessus. Le dossier dist/ n’a pas été modifié.`,
      done: (s) => `dist/ construit en ${s} s.`,
      outDir: (p, d) =>
        `Build refusé${NBSP}: le dossier de sortie ${d} ${
          p === 'data' ? 'est le dossier des données, ou le contient, ou est dedans' : p === 'root' ? 'contient le projet miroir' : 'existe déjà et n’est pas un site construit par miroir (pas de build.json)'
        }${NBSP}; le build le remplacerait en entier. Choisissez un autre dossier pour MIROIR_OUT_DIR (par défaut dist/). Rien n’a été modifié.`,
    },
    poster: {
      notBuilt: (f) => `L’affiche n’est pas construite (${f} est introuvable)${NBSP}: lancez d’abord npm run build.`,
      noBrowser: `Impossible de produire l’affiche${NBSP}: aucun navigateur Chromium ou Chrome utilisable.`,
      badBrowser: (m) => `Impossible de produire l’affiche${NBSP}: le navigateur n’a pas démarré (${m}). Vérifiez CHROME_PATH ou installez Chromium.`,
      notFitted: `Attention${NBSP}: la mise en page de l’affiche n’a pas pu être ajustée dans le navigateur${NBSP}; l’estimation de la construction est utilisée.`,
      pages: (n) => `L’affiche fait ${n} pages au lieu d’une${NBSP}: signalez-le à l’équipe qui maintient miroir.`,
      done: (pdf, png, sheet, w, h) => `Affiche écrite${NBSP}: ${pdf} (${sheet}, 1 page) et ${png} (${w} × ${h} px).`,
    },
    check: {
      badFormat: (f) => `miroir check${NBSP}: --format prend «${NNBSP}text${NNBSP}» ou «${NNBSP}github${NNBSP}» (trouvé${NBSP}: «${NNBSP}${f}${NNBSP}»).`,
      badBase: `miroir check${NBSP}: --base attend une référence git (une branche, un tag ou un commit), par exemple --base origin/main.`,
      title: 'Vérification des données',
      none: 'Aucun problème dans les données.',
      counts: (e, w) => `${e} erreur${e > 1 ? 's' : ''}, ${w} avertissement${w > 1 ? 's' : ''}.`,
      head: '| | Fichier | Ligne | Colonne | Message |',
      error: '❌ erreur',
      warning: '⚠️ avertissement',
    },
    summary: {
      usage: `Utilisation${NBSP}: npm run summary -- ANCIEN NOUVEAU
       npm run summary -- --base REF [NOUVEAU]
ANCIEN et NOUVEAU sont des dossiers de données ou des références git (branche, étiquette,
commit)${NNBSP}; NOUVEAU est par défaut le dossier des données (MIROIR_DATA_DIR, sinon data).
Avec une référence, c’est le dossier des données tel qu’il était à cette référence qui est comparé.`,
      baseNeedsRef: '--base attend une référence git, par exemple --base origin/main.',
      unknownOption: (o) => `option inconnue ${o}.`,
      baseOneFolder: 'avec --base, donnez au plus un dossier (les nouvelles données).',
      nothingToCompare: 'dites quoi comparer.',
      tooMany: `donnez deux dossiers de données ou références${NBSP}: ANCIEN NOUVEAU.`,
      notGit: (ref, cwd) => `«${NNBSP}${ref}${NNBSP}» n’est pas un dossier, et ${cwd} n’est pas dans un dépôt git.`,
      notRef: (ref) => `«${NNBSP}${ref}${NNBSP}» n’est ni un dossier ni une branche, une étiquette ou un commit git.`,
      outsideRepo: (d, root) => `le dossier des données ${d} est en dehors du dépôt git ${root}.`,
    },
    test: {
      noBrowser: 'npm test a besoin d’un navigateur pour ses tests de navigateur.',
      browser: (p) => `Navigateur${NBSP}: ${p}`,
    },
    screenshots: {
      notBuilt: (d) => `${d} n’a pas de wall/${NBSP}: lancez d’abord \`npm run build\`.`,
      consoleError: (w, t) => `${w}${NBSP}: erreur dans la console${NBSP}: ${t}`,
      pageError: (w, t) => `${w}${NBSP}: erreur de la page${NBSP}: ${t}`,
      done: (n, f) => `${n} captures dans ${f}/`,
    },
    docs: { unchanged: ' (inchangé)' },
  },
  en: {
    build: {
      failed: 'Build stopped: fix the errors above. dist/ was left as it was.',
      done: (s) => `dist/ built in ${s} s.`,
      outDir: (p, d) =>
        `Build refused: the output folder ${d} ${
          p === 'data' ? 'is the data folder, holds it or is inside it' : p === 'root' ? 'holds the miroir project' : 'already exists and is not a site miroir built (no build.json)'
        }; the build would replace it whole. Choose another folder for MIROIR_OUT_DIR (dist/ by default). Nothing was changed.`,
    },
    poster: {
      notBuilt: (f) => `The poster is not built (${f} is missing): run npm run build first.`,
      noBrowser: 'Cannot make the poster: no usable Chromium or Chrome browser.',
      badBrowser: (m) => `Cannot make the poster: the browser did not start (${m}). Check CHROME_PATH or install Chromium.`,
      notFitted: 'Warning: the poster’s layout could not be adjusted in the browser; the build’s estimate is used.',
      pages: (n) => `The poster has ${n} pages instead of one: please report it to the team that maintains miroir.`,
      done: (pdf, png, sheet, w, h) => `Poster written: ${pdf} (${sheet}, 1 page) and ${png} (${w} × ${h} px).`,
    },
    check: {
      badFormat: (f) => `miroir check: --format takes "text" or "github" (got "${f}").`,
      badBase: 'miroir check: --base needs a git ref (a branch, a tag or a commit), e.g. --base origin/main.',
      title: 'Data check',
      none: 'No problem in the data.',
      counts: (e, w) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}.`,
      head: '| | File | Line | Column | Message |',
      error: '❌ error',
      warning: '⚠️ warning',
    },
    summary: {
      usage: `Usage: npm run summary -- OLD NEW
       npm run summary -- --base REF [NEW]
OLD and NEW are data folders or git refs (branch, tag, commit); NEW defaults to the
data folder (MIROIR_DATA_DIR, else data). With a ref, the data folder as it was at
that ref is compared.`,
      baseNeedsRef: '--base needs a git ref, e.g. --base origin/main.',
      unknownOption: (o) => `unknown option ${o}.`,
      baseOneFolder: 'with --base, give at most one folder (the new data).',
      nothingToCompare: 'say what to compare.',
      tooMany: 'give two data folders or refs: OLD NEW.',
      notGit: (ref, cwd) => `"${ref}" is not a folder, and ${cwd} is not in a git repository.`,
      notRef: (ref) => `"${ref}" is neither a folder nor a git branch, tag or commit.`,
      outsideRepo: (d, root) => `the data folder ${d} is outside the git repository ${root}.`,
    },
    test: {
      noBrowser: 'npm test needs a browser for its browser tests.',
      browser: (p) => `Browser: ${p}`,
    },
    screenshots: {
      notBuilt: (d) => `${d} has no wall/: run \`npm run build\` first.`,
      consoleError: (w, t) => `${w}: console error: ${t}`,
      pageError: (w, t) => `${w}: page error: ${t}`,
      done: (n, f) => `${n} screenshots in ${f}/`,
    },
    docs: { unchanged: ' (unchanged)' },
  },
};
