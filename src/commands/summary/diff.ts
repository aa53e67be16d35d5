// What changed between two loaded projects, as data: verbatims added or (un)featured,
// waves added, removed or refigured, actions moved, privacy withholdings, settings.
// Apart from the wording (render.ts) so that what counts as a change is decided once.
import type { Action, ActionStatus, Project, Verbatim, Wave } from '../../model.ts';
import { verbatimsFor } from '../../figures/selections.ts';

export interface FigureChange {
  /** `participation`, `enps`, `engagement`, or a dimension id. */
  key: string;
  before: number | null;
  after: number | null;
}

export interface Changes {
  verbatims: {
    added: Verbatim[];
    removed: Verbatim[];
    /** Added verbatims that the default wall shows. */
    addedOnWall: Verbatim[];
    nowFeatured: Verbatim[];
    noLongerFeatured: Verbatim[];
  };
  waves: {
    /** With the wave before it in the new data, for the deltas. */
    added: { wave: Wave; previous?: Wave }[];
    removed: Wave[];
    changed: { wave: Wave; figures: FigureChange[] }[];
  };
  actions: {
    added: Action[];
    removed: Action[];
    status: { action: Action; from: ActionStatus }[];
    progress: { action: Action; from: number }[];
    nowOverdue: Action[];
  };
  withheld: { segments: number; segmentsBefore: number; waves: number; wavesBefore: number };
  /** Top-level keys of site.yaml whose settings changed (screens, poster, brand…). */
  settings: string[];
}

/** What identifies a verbatim across two versions of the data (it has no id). */
function verbatimKey(v: Verbatim): string {
  return JSON.stringify([v.date, v.time ?? '', v.text, v.author ?? '', v.site ?? '', v.channel ?? '']);
}

/** Items of `a` not matched in `b`, counting duplicates (two identical rows are two verbatims). */
function multisetMinus(a: Verbatim[], b: Verbatim[]): Verbatim[] {
  const left = new Map<string, number>();
  for (const v of b) left.set(verbatimKey(v), (left.get(verbatimKey(v)) ?? 0) + 1);
  return a.filter((v) => {
    const k = verbatimKey(v);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
}

export const KEY_FIGURES = ['participation', 'enps', 'engagement'] as const;

function figureChanges(before: Wave, after: Wave, dimensionIds: string[]): FigureChange[] {
  const out: FigureChange[] = [];
  for (const key of KEY_FIGURES) if (before[key] !== after[key]) out.push({ key, before: before[key], after: after[key] });
  for (const id of dimensionIds) {
    const b = before.dimensions[id] ?? null;
    const a = after.dimensions[id] ?? null;
    if (b !== a) out.push({ key: id, before: b, after: a });
  }
  return out;
}

const sumWithheld = (p: Project | undefined): number => (p ? p.waves.reduce((n, w) => n + w.withheld_segments, 0) : 0);

/** Compares two projects; `before` is absent when there was no readable data before. */
export function diffProjects(before: Project | undefined, after: Project): Changes {
  const oldVerbatims = before?.verbatims ?? [];
  const added = multisetMinus(after.verbatims, oldVerbatims);
  const wall = new Set(verbatimsFor(after, {}).map(verbatimKey));
  const oldByKey = new Map(oldVerbatims.map((v) => [verbatimKey(v), v]));
  const nowFeatured: Verbatim[] = [];
  const noLongerFeatured: Verbatim[] = [];
  for (const v of after.verbatims) {
    const old = oldByKey.get(verbatimKey(v));
    if (old && old.featured !== v.featured) (v.featured ? nowFeatured : noLongerFeatured).push(v);
  }

  const oldWaves = new Map((before?.waves ?? []).map((w) => [w.id, w]));
  const newIds = new Set(after.waves.map((w) => w.id));
  const dimensionIds = after.dimensions.map((d) => d.id);
  const waves: Changes['waves'] = { added: [], removed: (before?.waves ?? []).filter((w) => !newIds.has(w.id)), changed: [] };
  after.waves.forEach((w, i) => {
    const old = oldWaves.get(w.id);
    if (!old) waves.added.push({ wave: w, ...(i > 0 ? { previous: after.waves[i - 1] } : {}) });
    else if (JSON.stringify(old) !== JSON.stringify(w)) waves.changed.push({ wave: w, figures: figureChanges(old, w, dimensionIds) });
  });

  const oldActions = new Map((before?.actions ?? []).map((a) => [a.id, a]));
  const newActionIds = new Set(after.actions.map((a) => a.id));
  const actions: Changes['actions'] = {
    added: [],
    removed: (before?.actions ?? []).filter((a) => !newActionIds.has(a.id)),
    status: [],
    progress: [],
    nowOverdue: [],
  };
  for (const a of after.actions) {
    const old = oldActions.get(a.id);
    if (!old) actions.added.push(a);
    else {
      if (old.status !== a.status) actions.status.push({ action: a, from: old.status });
      if (old.progress !== a.progress) actions.progress.push({ action: a, from: old.progress });
    }
    if (a.overdue && !old?.overdue) actions.nowOverdue.push(a);
  }

  const settings = before
    ? (Object.keys(after.site) as (keyof Project['site'])[]).filter((k) => JSON.stringify(before.site[k]) !== JSON.stringify(after.site[k]))
    : [];
  return {
    settings,
    verbatims: { added, removed: multisetMinus(oldVerbatims, after.verbatims), addedOnWall: added.filter((v) => wall.has(verbatimKey(v))), nowFeatured, noLongerFeatured },
    waves,
    actions,
    withheld: {
      segments: sumWithheld(after),
      segmentsBefore: sumWithheld(before),
      waves: after.withheld_waves,
      wavesBefore: before?.withheld_waves ?? 0,
    },
  };
}

export function hasChanges(c: Changes): boolean {
  const { verbatims: v, waves: w, actions: a, withheld: p } = c;
  return (
    v.added.length + v.removed.length + v.nowFeatured.length + v.noLongerFeatured.length +
      w.added.length + w.removed.length + w.changed.length +
      a.added.length + a.removed.length + a.status.length + a.progress.length + a.nowOverdue.length >
      0 || p.segments !== p.segmentsBefore || p.waves !== p.wavesBefore || c.settings.length > 0
  );
}
