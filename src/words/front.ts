// The front page's words (src/pages/index.astro: what `npm start` opens), per locale.
import type { Locale } from '../model.ts';

export interface FrontWords {
  /** The name of the default screen, which has no title of its own. */
  mainWall: string;
  walls: string;
  poster: string;
  posterHtml: string;
  pdf: string;
  png: string;
  data: string;
  others: string;
  note: string;
}

export const FRONT_WORDS: Record<Locale, FrontWords> = {
  fr: {
    mainWall: 'Mur principal',
    walls: 'Écrans',
    poster: 'Affiche',
    posterHtml: 'Affiche (page web)',
    pdf: 'PDF à imprimer',
    png: 'Image PNG',
    data: 'Données publiées (data.json)',
    others: 'Autres sorties',
    note: 'Le PDF et le PNG existent après « npm run poster ».',
  },
  en: {
    mainWall: 'Main wall',
    walls: 'Screens',
    poster: 'Poster',
    posterHtml: 'Poster (web page)',
    pdf: 'PDF to print',
    png: 'PNG image',
    data: 'Published data (data.json)',
    others: 'Other outputs',
    note: 'The PDF and PNG exist after “npm run poster”.',
  },
};
