// Words of the form editor's page (/admin/) itself; its fields' words are in fields.ts.
import type { Locale } from '../model.ts';

export const ADMIN_WORDS: Record<Locale, { title: (organisation: string) => string; noscript: string }> = {
  fr: {
    title: (o) => `${o} · miroir · modifier les données`,
    noscript: 'L’éditeur de miroir a besoin de JavaScript : activez-le dans votre navigateur.',
  },
  en: {
    title: (o) => `${o} · miroir · edit the data`,
    noscript: 'miroir’s editor needs JavaScript: turn it on in your browser.',
  },
};
