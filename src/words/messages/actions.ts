// Messages about actions data. Codes are prefixed 'actions.'.
import { defineMessages, q } from './define.ts';

export const actionMessages = defineMessages({
  'actions.bare_list': {
    title: 'Action list without the `actions:` key',
    fr: () => `le fichier commence directement par une liste. Ajoutez en première ligne ${q.fr('actions:')} puis décalez les lignes suivantes de deux espaces.`,
    en: () => `the file starts directly with a list. Add ${q.en('actions:')} as the first line, then indent the following lines by two spaces.`,
    example: {},
  },
  'actions.not_mapping': {
    title: 'Action file without the `actions:` key',
    fr: () => `le fichier doit commencer par la ligne ${q.fr('actions:')}, suivie de la liste des actions (chacune commence par ${q.fr('- id:')}).`,
    en: () => `the file must start with the line ${q.en('actions:')}, followed by the list of actions (each starting with ${q.en('- id:')}).`,
    example: {},
  },
  'actions.due_before_start': {
    title: 'Due date before start date',
    fr: (p) => `${q.fr('due')} (${p.due}) est avant ${q.fr('start')} (${p.start})\u00a0: l’échéance doit venir après le début.`,
    en: (p) => `${q.en('due')} (${p.due}) is before ${q.en('start')} (${p.start}): the due date must come after the start.`,
    example: { due: '2026-01-05', start: '2026-02-01' },
  },
  'actions.done_progress': {
    title: 'Done action below 100 %',
    fr: (p) => `l’action est terminée mais ${q.fr('progress')} vaut ${p.found}\u00a0: une action terminée est à 100. Mettez ${q.fr('progress: 100')}, supprimez ${q.fr('progress')} ou changez ${q.fr('status')}.`,
    en: (p) => `the action is done but ${q.en('progress')} is ${p.found}: a done action is at 100. Write ${q.en('progress: 100')}, remove ${q.en('progress')} or change ${q.en('status')}.`,
    example: { found: 80 },
  },
});
