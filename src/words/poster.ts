// Words only the poster writes, in each locale (the shared ones are in src/words/labels.ts).
import type { Locale } from '../model.ts';
import { NBSP } from './typography.ts';


export interface PosterWords {
  title: string;
  /** Under the title: the organisation and the date of the data. */
  subtitle: (organisation: string, date: string) => string;
  featured: string;
  /** Heading of the barometer block: the wave and its date. */
  wave: (id: string, date: string) => string;
  /** The reference of a change: the previous wave. */
  since: (month: string) => string;
  /** `8 actions terminées sur 18`. */
  actionsSummary: (done: number, total: number) => string;
  pairsHeading: string;
  qrCaption: string;
  footer: (date: string) => string;
  noActions: string;
}

export const POSTER_WORDS: Record<Locale, PosterWords> = {
  fr: {
    title: 'La voix de nos clients',
    subtitle: (org, date) => `${org} · leurs mots, notre baromètre, nos actions · données du ${date}`,
    featured: 'À la une',
    wave: (id, date) => `Vague ${id} · ${date}`,
    since: (month) => `depuis ${month}`,
    actionsSummary: (done, total) => `${done} action${done > 1 ? 's' : ''} terminée${done > 1 ? 's' : ''} sur ${total}`,
    pairsHeading: 'Vous avez dit, nous avons fait',
    qrCaption: `Tous les verbatims et le détail du baromètre${NBSP}:`,
    footer: (date) => `Affiche miroir · données du ${date} · données personnelles des clients masquées, petits groupes non publiés`,
    noActions: 'Le plan d’actions n’est pas encore publié.',
  },
  en: {
    title: 'Our customers’ voice',
    subtitle: (org, date) => `${org} · their words, our barometer, our actions · data of ${date}`,
    featured: 'Featured',
    wave: (id, date) => `Wave ${id} · ${date}`,
    since: (month) => `since ${month}`,
    actionsSummary: (done, total) => `${done} of ${total} action${total > 1 ? 's' : ''} done`,
    pairsHeading: 'You said, we did',
    qrCaption: 'Every verbatim and the full barometer:',
    footer: (date) => `miroir poster · data of ${date} · customers’ personal data masked, small groups not published`,
    noActions: 'The action plan is not published yet.',
  },
};
