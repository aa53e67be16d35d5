// What miroir says when it looks for a Chromium (src/headless/chromium.ts) and finds
// none it can use, per locale: `npm test` speaks the terminal's language, the poster
// the site's. Each candidate tried is named with why it was skipped.
import type { Locale } from '../model.ts';
import { NBSP, NNBSP } from './typography.ts';

/** Why one candidate cannot be used as a browser. */
export type NotStarting =
  | { kind: 'missing' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'no-start'; detail: string }
  | { kind: 'exit'; status: string; said?: string }
  | { kind: 'no-version' };

export interface BrowserWords {
  why: (w: NotStarting) => string;
  /** CHROME_PATH names a file that does not start. */
  envRefused: (file: string, why: string) => string;
  none: string;
  /** `tried`: each candidate with why it was skipped. */
  noneStarts: (tried: string[]) => string;
}

const INSTALL: Record<Locale, string> = {
  fr: `Installez-en un (Debian/Ubuntu${NBSP}: \`sudo apt-get install chromium\`${NNBSP}; macOS${NBSP}: installez Google Chrome) ou indiquez son programme dans CHROME_PATH.`,
  en: 'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) or set CHROME_PATH to its binary.',
};

export const BROWSER_WORDS: Record<Locale, BrowserWords> = {
  fr: {
    why: (w) => {
      switch (w.kind) {
        case 'missing':
          return 'n’existe pas';
        case 'timeout':
          return `n’a pas répondu à --version en ${w.seconds}${NBSP}s`;
        case 'no-start':
          return `n’a pas démarré (${w.detail})`;
        case 'exit':
          return `s’est arrêté avec le code ${w.status} sur --version${w.said ? ` (${w.said})` : ''}`;
        case 'no-version':
          return `n’a affiché aucune version sur --version${NBSP}: ce n’est pas un Chromium ni un Chrome`;
      }
    },
    envRefused: (file, why) => `CHROME_PATH désigne ${file}, qui ${why}. Indiquez-y le programme d’un Chromium ou d’un Chrome, ou retirez CHROME_PATH.`,
    none: `Aucun Chromium ni Chrome trouvé. ${INSTALL.fr}`,
    noneStarts: (tried) => `Aucun Chromium ni Chrome qui démarre${NBSP}: ${tried.join(`${NNBSP}; `)}. ${INSTALL.fr}`,
  },
  en: {
    why: (w) => {
      switch (w.kind) {
        case 'missing':
          return 'does not exist';
        case 'timeout':
          return `did not answer --version within ${w.seconds} s`;
        case 'no-start':
          return `did not start (${w.detail})`;
        case 'exit':
          return `exited with status ${w.status} on --version${w.said ? ` (${w.said})` : ''}`;
        case 'no-version':
          return 'printed no version on --version: not a Chromium or Chrome';
      }
    },
    envRefused: (file, why) => `CHROME_PATH names ${file}, which ${why}. Point it at a Chromium or Chrome binary, or unset it.`,
    none: `No Chromium or Chrome found. ${INSTALL.en}`,
    noneStarts: (tried) => `No Chromium or Chrome that starts: ${tried.join('; ')}. ${INSTALL.en}`,
  },
};
