// The words people may write for a value chosen from a list (status, sentiment, theme…):
// each value's name in each locale (what a message offers, what is accepted), and the
// other common words accepted for it. Case, accents, spaces and underscores never count
// (src/data/sources/text.ts normalizeWord), so `En cours`, `terminé`, `Bloqué` match.
import type { ActionStatus, Locale, Sentiment, SlideId, Weekday } from '../model.ts';

export interface ChoiceWords<T extends string> {
  /** The value's own name in a locale, when it is not the value itself. */
  names?: Partial<Record<Locale, Partial<Record<T, string>>>>;
  /** Other words accepted for a value; never shown in a message. */
  aliases?: Record<string, T>;
}

export const STATUS_WORDS: ChoiceWords<ActionStatus> = {
  names: { fr: { planned: 'prevu', in_progress: 'en_cours', done: 'termine', blocked: 'bloque' } },
  // An action is feminine in French: « terminée », « prévue », « bloquée ».
  aliases: {
    prevue: 'planned', a_faire: 'planned', a_venir: 'planned', planifie: 'planned', planifiee: 'planned', todo: 'planned',
    commence: 'in_progress', commencee: 'in_progress', ongoing: 'in_progress', started: 'in_progress',
    terminee: 'done', fini: 'done', finie: 'done', fait: 'done', faite: 'done', realise: 'done', realisee: 'done',
    acheve: 'done', achevee: 'done', complete: 'done', completed: 'done', finished: 'done',
    bloquee: 'blocked', stuck: 'blocked',
  },
};

export const SENTIMENT_WORDS: ChoiceWords<Sentiment> = {
  // « positive », « négative » (feminine) are the English words once accents are ignored.
  names: { fr: { positive: 'positif', neutral: 'neutre', negative: 'négatif' } },
  // What satisfaction ratings export: Zendesk's Good/Bad, the labels of CSAT surveys'
  // five points (Zendesk's newer surveys, forms made by hand), and an NPS question's group
  // (Qualtrics' `_NPS_GROUP` column: promoter, passive, detractor).
  aliases: {
    good: 'positive', bad: 'negative', satisfied: 'positive', unsatisfied: 'negative', dissatisfied: 'negative',
    'very satisfied': 'positive', 'somewhat satisfied': 'positive', 'neither satisfied nor dissatisfied': 'neutral',
    'somewhat dissatisfied': 'negative', 'very dissatisfied': 'negative', 'very unsatisfied': 'negative', 'not satisfied': 'negative',
    satisfait: 'positive', satisfaite: 'positive', insatisfait: 'negative', insatisfaite: 'negative',
    'très satisfait': 'positive', 'très satisfaite': 'positive', 'plutôt satisfait': 'positive', 'plutôt satisfaite': 'positive',
    'ni satisfait ni insatisfait': 'neutral', 'ni satisfaite ni insatisfaite': 'neutral',
    'plutôt insatisfait': 'negative', 'plutôt insatisfaite': 'negative', 'très insatisfait': 'negative', 'très insatisfaite': 'negative',
    'pas satisfait': 'negative', 'pas satisfaite': 'negative', 'peu satisfait': 'negative', 'peu satisfaite': 'negative',
    'pas du tout satisfait': 'negative', 'pas du tout satisfaite': 'negative', mécontent: 'negative', mécontente: 'negative',
    promoter: 'positive', promoteur: 'positive', passive: 'neutral', passif: 'neutral', detractor: 'negative', détracteur: 'negative',
  },
};

export const LOCALE_WORDS: ChoiceWords<Locale> = {
  aliases: { francais: 'fr', french: 'fr', 'fr-FR': 'fr', anglais: 'en', english: 'en', 'en-GB': 'en', 'en-US': 'en' },
};

export const THEME_WORDS: ChoiceWords<'dark' | 'light'> = {
  names: { fr: { dark: 'sombre', light: 'clair' } },
  aliases: { fonce: 'dark', noir: 'dark', claire: 'light', blanc: 'light' },
};

export const ORIENTATION_WORDS: ChoiceWords<'portrait' | 'landscape'> = {
  names: { fr: { landscape: 'paysage' } },
  aliases: { vertical: 'portrait', horizontal: 'landscape', italienne: 'landscape' },
};

/** Slide ids are also `data-slide` names: French words are accepted, ids are what is shown. */
export const SLIDE_WORDS: ChoiceWords<SlideId> = {
  aliases: { barometre: 'barometer', miroir: 'mirror', plan_d_actions: 'actions', plan_dactions: 'actions' },
};

export const DAY_WORDS: ChoiceWords<Weekday> = {
  names: { fr: { mon: 'lun', tue: 'mar', wed: 'mer', thu: 'jeu', fri: 'ven', sat: 'sam', sun: 'dim' } },
  aliases: {
    lundi: 'mon', mardi: 'tue', mercredi: 'wed', jeudi: 'thu', vendredi: 'fri', samedi: 'sat', dimanche: 'sun',
    monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri', saturday: 'sat', sunday: 'sun',
  },
};

const OR: Record<Locale, string> = { fr: 'ou', en: 'or' };

/** « prevu, en_cours, termine, bloque (ou planned, in_progress, done, blocked) ». */
export function choiceList(locale: Locale, shown: readonly string[], others: readonly string[]): string {
  return others.length ? `${shown.join(', ')} (${OR[locale]} ${others.join(', ')})` : shown.join(', ');
}
