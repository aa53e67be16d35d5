// What the action-plan slide shows, decided before any markup: the « vous avez dit /
// nous avons fait » pairs (the one rule of src/figures/pairs.ts), and which finished
// or stuck actions fit in the side column under the pillars.
import type { Action } from '../../model.ts';
import { needsAttention, recentlyDone, youSaidWeDid } from '../../figures/pairs.ts';

export const PAIRS_SHOWN = 2;

export interface ActionsPicks {
  pairs: Action[];
  /** Recently finished actions worth a line (not already shown as a pair). */
  celebrated: Action[];
  /** Blocked, then overdue actions: said plainly, never left out for a celebration. */
  stuck: Action[];
}

/**
 * The side column under the pillars holds three watch lines, two when the pillar
 * labels take two lines each. Something stuck is never left out for a celebration;
 * one celebration is kept when there is room for both.
 */
export function actionsPicks(actions: readonly Action[], today: string, longLabels: boolean): ActionsPicks {
  const pairs = youSaidWeDid(actions, PAIRS_SHOWN);
  const room = longLabels ? 2 : 3;
  const stuckAll = needsAttention(actions);
  const doneAll = recentlyDone(actions, today).filter((a) => !pairs.includes(a));
  const celebrated = doneAll.slice(0, stuckAll.length === 0 ? room : room > 2 ? 1 : 0);
  const stuck = stuckAll.slice(0, room - celebrated.length);
  return { pairs, celebrated, stuck };
}
