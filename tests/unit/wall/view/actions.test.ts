// The action-plan slide's choices: which pairs, which finished and stuck actions fit
// under the pillars (three lines, two when pillar labels take two lines).
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../src/model.ts';
import { actionsPicks } from '../../../../src/wall/view/actions.ts';
import { fitHighlights } from '../../../../src/wall/view/labels-fit.ts';

const TODAY = '2026-11-24';
function action(id: string, over: Partial<Action> = {}): Action {
  return { id, title: id, pillar: 'tools', status: 'in_progress', progress: 0, overdue: false, milestones: [], ...over };
}
const done = (id: string, due: string, paired = false): Action =>
  action(id, { status: 'done', progress: 100, due, ...(paired ? { you_said: 's', we_did: 'd' } : {}) });

describe('actionsPicks', () => {
  it('keeps pairs out of the celebrations and fills three lines when nothing is stuck', () => {
    const list = [done('a', '2026-11-20', true), done('b', '2026-11-10'), done('c', '2026-11-01'), done('d', '2026-10-01'), done('e', '2026-09-30')];
    const p = actionsPicks(list, TODAY, false);
    expect(p.pairs.map((a) => a.id)).toEqual(['a']);
    expect(p.celebrated.map((a) => a.id)).toEqual(['b', 'c', 'd']);
    expect(p.stuck).toEqual([]);
  });

  it('never leaves a stuck action out for a celebration: one celebration when there is room for both', () => {
    const list = [done('b', '2026-11-10'), done('c', '2026-11-01'), action('x', { status: 'blocked', due: '2026-12-01' }), action('y', { overdue: true, due: '2026-10-01' })];
    const p = actionsPicks(list, TODAY, false);
    expect(p.celebrated.map((a) => a.id)).toEqual(['b']);
    expect(p.stuck.map((a) => a.id)).toEqual(['x', 'y']);
  });

  it('with long pillar labels (two lines), only stuck actions when there are any', () => {
    const list = [done('b', '2026-11-10'), action('x', { status: 'blocked' }), action('y', { overdue: true }), action('z', { overdue: true })];
    const p = actionsPicks(list, TODAY, true);
    expect(p.celebrated).toEqual([]);
    expect(p.stuck.map((a) => a.id)).toEqual(['x', 'y']);
  });

  it('forgets actions finished more than 90 days ago', () => {
    expect(actionsPicks([done('old', '2026-08-25')], TODAY, false).celebrated).toEqual([]);
    expect(actionsPicks([done('edge', '2026-08-26')], TODAY, false).celebrated.map((a) => a.id)).toEqual(['edge']);
  });
});

describe('fitHighlights', () => {
  it('keeps whole highlights within the line budget, each cut to two lines of 58 characters', () => {
    const short = 'x'.repeat(50); // 1 line
    const long = 'y '.repeat(100).trim(); // cut to at most 116 characters: 2 lines
    expect(fitHighlights([short, long, short], 3)).toHaveLength(2);
    expect(fitHighlights([long, long], 3)).toHaveLength(1);
    expect(fitHighlights([long], 1)).toEqual([]);
    expect(fitHighlights([long], 2)[0]!.length).toBeLessThanOrEqual(116);
  });
});
