// Which actions the wall puts forward: « Vous avez dit / Nous avons fait » pairs
// (done and recent first: they prove the survey was heard), the ones just finished
// (celebrated), and the ones that are stuck (said plainly, not hidden).
import type { Action } from '../model.ts';
import { daysBetween } from '../calendar.ts';

/** When the action was last seen moving: its latest dated milestone, else its due date, else its start. */
export function lastDate(a: Action): string | undefined {
  const dated = a.milestones.map((m) => m.date).filter((d): d is string => d !== undefined).sort();
  return dated.at(-1) ?? a.due ?? a.start;
}

const byRecent = (a: Action, b: Action): number => (lastDate(b) ?? '').localeCompare(lastDate(a) ?? '');

/** Done actions finished within `days` of today, latest first. A done date in the future counts as today. */
export function recentlyDone(actions: readonly Action[], today: string, days = 90): Action[] {
  return actions
    .filter((a) => {
      if (a.status !== 'done') return false;
      const d = lastDate(a);
      return d !== undefined && daysBetween(today, d) >= -days;
    })
    .sort(byRecent);
}

/**
 * Up to `n` actions that have both `you_said` and `we_did`: done ones first, latest
 * first; then the ones in progress, furthest along first. Blocked and planned actions
 * have nothing done to show yet.
 */
export function youSaidWeDid(actions: readonly Action[], n = 2): Action[] {
  const paired = actions.filter((a) => a.you_said && a.we_did);
  const done = paired.filter((a) => a.status === 'done').sort(byRecent);
  const going = paired.filter((a) => a.status === 'in_progress').sort((a, b) => b.progress - a.progress || byRecent(a, b));
  return [...done, ...going].slice(0, n);
}

/** Blocked actions, then overdue ones, each by due date (oldest first): what needs a hand. */
export function needsAttention(actions: readonly Action[]): Action[] {
  const byDue = (a: Action, b: Action): number => (a.due ?? '9999').localeCompare(b.due ?? '9999');
  const blocked = actions.filter((a) => a.status === 'blocked').sort(byDue);
  const overdue = actions.filter((a) => a.status !== 'blocked' && a.status !== 'done' && a.overdue).sort(byDue);
  return [...blocked, ...overdue];
}
