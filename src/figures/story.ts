// The barometer and the mirror told as a story: which way each figure went, the
// dimension that moved most, and the one sentence that reads the mirror chart.
// Pure functions of the published waves, so the wall, the tests (and any other
// output) tell the same story from the same figures.
import type { Locale, Wave } from '../model.ts';
import { formatter } from '../words/format.ts';
import { STORY_WORDS as WORDS } from '../words/story.ts';

export type Direction = 'up' | 'down' | 'stable';

export interface Change {
  from: number;
  to: number;
  /** `to − from`. */
  delta: number;
  direction: Direction;
}

/** Figures are whole numbers: any move of a point or more is a move. */
export function directionOf(delta: number): Direction {
  return delta >= 1 ? 'up' : delta <= -1 ? 'down' : 'stable';
}

/** The change between two figures, or undefined when either is missing. */
export function change(from: number | null | undefined, to: number | null | undefined): Change | undefined {
  if (from === null || from === undefined || to === null || to === undefined) return undefined;
  const delta = to - from;
  return { from, to, delta, direction: directionOf(delta) };
}

export interface DimensionMove extends Change {
  id: string;
  label: string;
}

/** Each dimension of `current` in the barometer's order, with its change since `previous` when it had one. */
export function dimensionRows(
  current: Wave,
  previous: Wave | undefined,
  dimensions: readonly { id: string; label: string }[],
): { id: string; label: string; value: number; change?: Change }[] {
  return dimensions
    .filter((d) => current.dimensions[d.id] !== undefined)
    .map((d) => {
      const value = current.dimensions[d.id]!;
      const c = change(previous?.dimensions[d.id], value);
      return c ? { id: d.id, label: d.label, value, change: c } : { id: d.id, label: d.label, value };
    });
}

/**
 * The dimension whose score moved most since the previous wave, up or down; on a tie
 * the rise wins (the story leads with progress when progress and loss are equal), then
 * the barometer's order. Undefined when nothing moved or there is nothing to compare.
 */
export function movedMost(
  current: Wave,
  previous: Wave | undefined,
  dimensions: readonly { id: string; label: string }[],
): DimensionMove | undefined {
  let best: DimensionMove | undefined;
  for (const row of dimensionRows(current, previous, dimensions)) {
    const c = row.change;
    if (!c || c.direction === 'stable') continue;
    const size = Math.abs(c.delta);
    const bestSize = best ? Math.abs(best.delta) : 0;
    if (!best || size > bestSize || (size === bestSize && c.delta > 0 && best.delta < 0)) {
      best = { id: row.id, label: row.label, ...c };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// The mirror: employees' and customers' figures of the same waves.

export type EmployeeMetric = 'engagement' | 'enps';
export type CustomerMetric = 'csat' | 'nps';

export interface MirrorSeries<K extends string> {
  metric: K;
  /** One value per wave of `MirrorReading.waves` (null where that wave lacks it). */
  values: (number | null)[];
  change?: Change;
}

export interface MirrorReading {
  /** The waves that have both an employee and a customer figure, oldest first. */
  waves: Wave[];
  employee: MirrorSeries<EmployeeMetric>;
  customer: MirrorSeries<CustomerMetric>;
  /** The wave the comparison starts from (the first of `waves`). */
  since: Wave;
  pattern: 'first' | 'together-up' | 'together-down' | 'diverge' | 'one-stable' | 'stable';
  /** One sentence reading the chart, worded as a correlation, never as a cause. */
  sentence: string;
}

const employeeValue = (w: Wave, m: EmployeeMetric): number | null => (m === 'engagement' ? w.engagement : w.enps);
const customerValue = (w: Wave, m: CustomerMetric): number | null => w.customer[m] ?? null;

/** The metric the most waves have, engagement/CSAT first: they are the pair the symétrie des attentions speaks of. */
function pick<K extends string>(waves: Wave[], metrics: readonly K[], value: (w: Wave, m: K) => number | null): K | undefined {
  let best: K | undefined;
  let bestCount = 0;
  for (const m of metrics) {
    const count = waves.filter((w) => value(w, m) !== null).length;
    if (count > bestCount) [best, bestCount] = [m, count];
  }
  return best;
}

/**
 * Reads the employee and customer figures of the same waves. Undefined when no wave
 * has both. The sentence compares the first and the last of those waves.
 */
export function mirrorReading(waves: readonly Wave[], locale: Locale): MirrorReading | undefined {
  const hasEmployee = (w: Wave): boolean => w.engagement !== null || w.enps !== null;
  const hasCustomer = (w: Wave): boolean => w.customer.csat !== undefined || w.customer.nps !== undefined;
  const paired = waves.filter((w) => hasEmployee(w) && hasCustomer(w));
  if (paired.length === 0) return undefined;
  const e = pick(paired, ['engagement', 'enps'] as const, employeeValue)!;
  const c = pick(paired, ['csat', 'nps'] as const, customerValue)!;
  // The sentence compares waves that have both chosen figures.
  const both = paired.filter((w) => employeeValue(w, e) !== null && customerValue(w, c) !== null);
  const first = both[0] ?? paired[0]!;
  const last = both.at(-1) ?? first;
  const employee: MirrorSeries<EmployeeMetric> = { metric: e, values: paired.map((w) => employeeValue(w, e)) };
  const customer: MirrorSeries<CustomerMetric> = { metric: c, values: paired.map((w) => customerValue(w, c)) };
  const words = WORDS[locale];
  const fmt = formatter(locale);
  const valueText = (metric: EmployeeMetric | CustomerMetric, v: number): string =>
    metric === 'engagement' || metric === 'csat' ? fmt.percent(v) : fmt.signed(v);
  const base = { waves: paired, employee, customer, since: first };

  if (both.length < 2 || first === last) {
    const ev = employeeValue(last, e);
    const cv = customerValue(last, c);
    const eText = ev === null ? words.bare[e] : `${words.bare[e]} ${valueText(e, ev)}`;
    const cText = cv === null ? words.bare[c] : `${words.bare[c]} ${valueText(c, cv)}`;
    return { ...base, pattern: 'first', sentence: words.first(eText, cText) };
  }
  const de = change(employeeValue(first, e), employeeValue(last, e))!;
  const dc = change(customerValue(first, c), customerValue(last, c))!;
  employee.change = de;
  customer.change = dc;
  const since = words.since(fmt.month(first.date));
  const [es, cs] = [words.subject[e], words.subject[c]];
  const [dE, dC] = [fmt.points(de.delta), fmt.points(dc.delta)];
  if (de.direction === 'stable' && dc.direction === 'stable') return { ...base, pattern: 'stable', sentence: words.stable(es, cs, since) };
  if (de.direction === 'stable') return { ...base, pattern: 'one-stable', sentence: words.oneStable(cs, es, dc.direction === 'up', dC, since) };
  if (dc.direction === 'stable') return { ...base, pattern: 'one-stable', sentence: words.oneStable(es, cs, de.direction === 'up', dE, since) };
  if (de.direction === dc.direction) {
    const say = de.direction === 'up' ? words.togetherUp : words.togetherDown;
    return { ...base, pattern: de.direction === 'up' ? 'together-up' : 'together-down', sentence: say(es, cs, dE, dC, since) };
  }
  return { ...base, pattern: 'diverge', sentence: words.diverge(es, cs, de.direction === 'up', dE, dC, since) };
}
