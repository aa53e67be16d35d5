// What the commands say on the terminal, per locale (the data's problems are in
// messages/; these are the commands' own sentences).
import type { Locale } from '../model.ts';
import { NBSP } from './typography.ts';

export interface CommandWords {
  build: { failed: string; done: (seconds: string) => string };
  poster: {
    notBuilt: (file: string) => string;
    noBrowser: string;
    badBrowser: (message: string) => string;
    notFitted: string;
    pages: (n: number) => string;
    done: (pdf: string, png: string, sheet: string, width: number, height: number) => string;
  };
}

export const COMMAND_WORDS: Record<Locale, CommandWords> = {
  fr: {
    build: {
      failed: `Build arrêté${NBSP}: corrigez les erreurs ci-dessus. Le dossier dist/ n’a pas été modifié.`,
      done: (s) => `dist/ construit en ${s} s.`,
    },
    poster: {
      notBuilt: (f) => `L’affiche n’est pas construite (${f} est introuvable)${NBSP}: lancez d’abord npm run build.`,
      noBrowser: `Impossible de produire l’affiche${NBSP}: aucun navigateur Chromium ou Chrome utilisable.`,
      badBrowser: (m) => `Impossible de produire l’affiche${NBSP}: le navigateur n’a pas démarré (${m}). Vérifiez CHROME_PATH ou installez Chromium.`,
      notFitted: `Attention${NBSP}: la mise en page de l’affiche n’a pas pu être ajustée dans le navigateur${NBSP}; l’estimation de la construction est utilisée.`,
      pages: (n) => `L’affiche fait ${n} pages au lieu d’une${NBSP}: signalez-le à l’équipe qui maintient miroir.`,
      done: (pdf, png, sheet, w, h) => `Affiche écrite${NBSP}: ${pdf} (${sheet}, 1 page) et ${png} (${w} × ${h} px).`,
    },
  },
  en: {
    build: {
      failed: 'Build stopped: fix the errors above. dist/ was left as it was.',
      done: (s) => `dist/ built in ${s} s.`,
    },
    poster: {
      notBuilt: (f) => `The poster is not built (${f} is missing): run npm run build first.`,
      noBrowser: 'Cannot make the poster: no usable Chromium or Chrome browser.',
      badBrowser: (m) => `Cannot make the poster: the browser did not start (${m}). Check CHROME_PATH or install Chromium.`,
      notFitted: 'Warning: the poster’s layout could not be adjusted in the browser; the build’s estimate is used.',
      pages: (n) => `The poster has ${n} pages instead of one: please report it to the team that maintains miroir.`,
      done: (pdf, png, sheet, w, h) => `Poster written: ${pdf} (${sheet}, 1 page) and ${png} (${w} × ${h} px).`,
    },
  },
};
