// Messages about actions data. Codes are prefixed 'actions.'.
import { defineMessages, q } from './define.ts';

export const actionMessages = defineMessages({
  'actions.bare_list': {
    title: { fr: 'Liste d’actions sans «\u202factions:\u202f»', en: 'Action list without the `actions:` key' },
    description: { fr: 'Le fichier commence par la liste au lieu de la clé «\u202factions:\u202f».', en: 'The file starts with the list instead of the “actions:” key.' },
    fr: () => `le fichier commence directement par une liste.`,
    en: () => `the file starts directly with a list.`,
    hint: { fr: () => `Ajoutez en première ligne ${q.fr('actions:')} puis décalez les lignes suivantes de deux espaces.`, en: () => `Add ${q.en('actions:')} as the first line, then indent the following lines by two spaces.` },
    example: {},
  },
  'actions.not_mapping': {
    title: { fr: 'Fichier d’actions sans «\u202factions:\u202f»', en: 'Action file without the `actions:` key' },
    description: { fr: 'Le fichier ne commence pas par la ligne «\u202factions:\u202f».', en: 'The file does not start with the line “actions:”.' },
    fr: () => `le fichier doit commencer par la ligne ${q.fr('actions:')}, suivie de la liste des actions.`,
    en: () => `the file must start with the line ${q.en('actions:')}, followed by the list of actions.`,
    hint: { fr: () => `Écrivez chaque action sous cette ligne, en commençant par ${q.fr('- id:')} décalé de deux espaces, comme dans l’exemple du guide.`, en: () => `Write each action below that line, starting with ${q.en('- id:')} indented by two spaces, as in the guide’s example.` },
    example: {},
  },
  'actions.due_before_start': {
    title: { fr: 'Échéance avant le début', en: 'Due date before start date' },
    description: { fr: 'La date d’échéance d’une action précède sa date de début.', en: 'An action’s due date comes before its start date.' },
    fr: (p) => `${q.fr('due')} (${p.due}) est avant ${q.fr('start')} (${p.start})\u00a0: l’échéance doit venir après le début.`,
    en: (p) => `${q.en('due')} (${p.due}) is before ${q.en('start')} (${p.start}): the due date must come after the start.`,
    hint: { fr: () => `Corrigez l’une des deux dates.`, en: () => `Correct one of the two dates.` },
    example: { due: '2026-01-05', start: '2026-02-01' },
  },
  'actions.done_progress': {
    title: { fr: 'Action terminée sous 100 %', en: 'Done action below 100 %' },
    description: { fr: 'Une action terminée a un avancement inférieur à 100.', en: 'A done action has a progress below 100.' },
    fr: (p) => `l’action est terminée mais ${q.fr('progress')} vaut ${p.found}\u00a0: une action terminée est à 100.`,
    en: (p) => `the action is done but ${q.en('progress')} is ${p.found}: a done action is at 100.`,
    hint: { fr: () => `Mettez ${q.fr('progress: 100')}, supprimez ${q.fr('progress')} ou changez ${q.fr('status')}.`, en: () => `Write ${q.en('progress: 100')}, remove ${q.en('progress')} or change ${q.en('status')}.` },
    example: { found: 80 },
  },
});
