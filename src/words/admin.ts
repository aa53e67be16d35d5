// Words of the form editor's page (/admin/) itself and of its export upload; its fields'
// words are in fields.ts.
import type { Locale } from '../model.ts';
import { NBSP, NNBSP } from './typography.ts';

export const ADMIN_WORDS: Record<Locale, { title: (organisation: string) => string; noscript: string }> = {
  fr: {
    title: (o) => `${o} · miroir · modifier les données`,
    noscript: `L’éditeur de miroir a besoin de JavaScript${NBSP}: activez-le dans votre navigateur.`,
  },
  en: {
    title: (o) => `${o} · miroir · edit the data`,
    noscript: 'miroir’s editor needs JavaScript: turn it on in your browser.',
  },
};

/**
 * The verbatims export's upload, in the Verbatims form. The browser fills `{name}` (the
 * file chosen), `{stored}` (verbatims.csv or verbatims.xlsx) and `{other}` (the export
 * of the other kind).
 */
export interface ExportWords {
  label: string;
  hint: string;
  /** The upload's button. */
  choose: string;
  /** Said once the file is in the draft. */
  attached: string;
  /** A file that is neither .csv nor .xlsx. */
  refused: string;
  /** The data folder (or the draft) holds the export of the other kind. */
  otherKind: string;
}

export const EXPORT_WORDS: Record<Locale, ExportWords> = {
  fr: {
    label: 'Export des verbatims (.csv ou .xlsx)',
    hint: `Le fichier tel que l’outil l’exporte (Excel, Google Forms, Microsoft Forms, Typeform…). Il remplace l’export actuel, dans la même demande de modification que le reste du formulaire${NBSP}: rien ne change sur les écrans avant la publication.`,
    choose: 'Choisir le fichier…',
    attached: `«${NNBSP}{name}${NNBSP}» sera enregistré sous {stored} avec vos modifications.`,
    refused: `«${NNBSP}{name}${NNBSP}» n’est ni un .csv ni un .xlsx${NNBSP}: exportez les réponses dans l’un de ces formats.`,
    otherKind: `Le dossier contient aussi {other}${NNBSP}: supprimez-le sur GitHub dans cette demande de modification, sinon la vérification refusera les deux fichiers.`,
  },
  en: {
    label: 'Verbatims export (.csv or .xlsx)',
    hint: 'The file as the tool exports it (Excel, Google Forms, Microsoft Forms, Typeform…). It replaces the current export, in the same pull request as the rest of the form: no screen changes before it is published.',
    choose: 'Choose the file…',
    attached: '“{name}” will be saved as {stored} with your changes.',
    refused: '“{name}” is neither a .csv nor an .xlsx: export the answers in one of these formats.',
    otherKind: 'The folder also holds {other}: delete it on GitHub in this pull request, or the check will refuse both files.',
  },
};

/**
 * The forms' date fields (src/editor/client/date-field.ts), written in the site's order of
 * day and month whatever the browser's language. `{example}` is a date in that order.
 */
export interface DateWords {
  placeholder: string;
  placeholderTime: string;
  /** The button that opens the browser's calendar. */
  calendar: string;
  invalid: string;
  invalidTime: string;
}

export const DATE_WORDS: Record<Locale, DateWords> = {
  fr: {
    placeholder: 'jj/mm/aaaa',
    placeholderTime: 'jj/mm/aaaa hh:mm',
    calendar: 'Calendrier',
    invalid: `Ce n’est pas une date${NBSP}: écrivez le jour, le mois puis l’année, par exemple {example}.`,
    invalidTime: `Ce n’est pas une date${NBSP}: écrivez le jour, le mois, l’année puis, si besoin, l’heure, par exemple {example}.`,
  },
  en: {
    placeholder: 'yyyy-mm-dd',
    placeholderTime: 'yyyy-mm-dd hh:mm',
    calendar: 'Calendar',
    invalid: 'This is not a date: write the year, the month, then the day, for example {example}.',
    invalidTime: 'This is not a date: write the year, the month, the day, then the time if needed, for example {example}.',
  },
};
