// The barometer and the mirror told as a story: which way each figure went (only as
// far as its verdict goes: a move within chance is « stable »), the dimension that
// moved most for real, whether anything moved at all, and the one sentence that reads
// the mirror chart. Pure functions of the published waves, so the wall, the poster and
// the tests tell the same story from the same figures (src/figures/changes.ts).
import type { FigureChange, Locale, Verdict, Wave } from '../model.ts';
import { waveChanges } from './changes.ts';
import { formatter } from '../words/format.ts';
import { STORY_WORDS as WORDS } from '../words/story.ts';

export type Direction = Verdict;

export interface Change {
  from: number;
  to: number;
  /** `to − from`. */
  delta: number;
  /** The verdict (a rise or a fall only when larger than chance); for counted figures, the sign. */
  direction: Direction;
}

/** A counted figure (participation) has no sampling error: any move of a point or more is a move. */
export function directionOf(delta: number): Direction {
  return delta >= 1 ? 'up' : delta <= -1 ? 'down' : 'stable';
}

/**
 * The change between two figures, or undefined when either is missing; its direction is
 * `verdict` (from changes.ts) when given, else the sign of a counted figure.
 */
export function change(from: number | null | undefined, to: number | null | undefined, verdict?: Verdict): Change | undefined {
  if (from === null || from === undefined || to === null || to === undefined) return undefined;
  const delta = to - from;
  return { from, to, delta, direction: verdict ?? directionOf(delta) };
}

/** A published change (`delta`, `verdict`) told with its two figures. */
function judged(from: number | null | undefined, to: number | null | undefined, c: FigureChange | undefined): Change | undefined {
  return c ? change(from, to, c.verdict) : undefined;
}

export interface KeyChanges {
  participation?: Change;
  enps?: Change;
  engagement?: Change;
}

/** The key figures' changes since `previous`, participation counted, the others by their verdicts. */
export function keyChanges(current: Wave, previous: Wave | undefined): KeyChanges {
  if (!previous) return {};
  const c = waveChanges(previous, current);
  const out: KeyChanges = {};
  const participation = change(previous.participation, current.participation);
  if (participation) out.participation = participation;
  const enps = judged(previous.enps, current.enps, c.enps);
  if (enps) out.enps = enps;
  const engagement = judged(previous.engagement, current.engagement, c.engagement);
  if (engagement) out.engagement = engagement;
  return out;
}

/**
 * True when `current` shares figures with `previous` and none of the estimated ones
 * (eNPS, engagement, dimensions) moved for real: the headline then says so, and the
 * story leads with the levels.
 */
export function nothingMoved(current: Wave, previous: Wave | undefined): boolean {
  if (!previous) return false;
  const c = waveChanges(previous, current);
  const verdicts = [c.enps, c.engagement, ...Object.values(c.dimensions)].filter((x) => x !== undefined).map((x) => x.verdict);
  return verdicts.length > 0 && verdicts.every((v) => v === 'stable');
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
  const verdicts = previous ? waveChanges(previous, current).dimensions : {};
  return dimensions
    .filter((d) => current.dimensions[d.id] !== undefined)
    .map((d) => {
      const value = current.dimensions[d.id]!;
      const c = judged(previous?.dimensions[d.id], value, verdicts[d.id]);
      return c ? { id: d.id, label: d.label, value, change: c } : { id: d.id, label: d.label, value };
    });
}

/**
 * The dimension whose score moved most since the previous wave, up or down, among the
 * real changes only (a bigger move within chance is not « la plus forte progression »);
 * on a tie the rise wins (the story leads with progress when progress and loss are
 * equal), then the barometer's order. Undefined when nothing moved for real.
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
  /** The wave the comparison starts from (the one before the last that has both figures). */
  since: Wave;
  pattern: 'first' | 'together-up' | 'together-down' | 'diverge' | 'one-stable' | 'stable';
  /** One sentence reading the chart, worded as a correlation, never as a cause. */
  sentence: string;
  /** The same sentence in pieces, its deltas apart, so that each can carry its metric and verdict. */
  parts: SentencePart[];
}

export type SentencePart = { text: string; side?: 'employee' | 'customer' };

// Placeholders for the deltas while the words build the sentence (control characters
// never appear in the words).
const E_MARK = '\u0001e\u0001';
const C_MARK = '\u0001c\u0001';

function pieces(template: string, dE: string, dC: string): { sentence: string; parts: SentencePart[] } {
  const parts: SentencePart[] = [];
  for (const piece of template.split(/(\u0001[ec]\u0001)/)) {
    if (piece === E_MARK) parts.push({ text: dE, side: 'employee' });
    else if (piece === C_MARK) parts.push({ text: dC, side: 'customer' });
    else if (piece !== '') parts.push({ text: piece });
  }
  return { sentence: parts.map((p) => p.text).join(''), parts };
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
 * has both. The sentence compares the last two waves that have both chosen figures,
 * and claims a rise or a fall only where its verdict does.
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
  const last = both.at(-1) ?? paired.at(-1)!;
  const first = both.at(-2) ?? last;
  const employee: MirrorSeries<EmployeeMetric> = { metric: e, values: paired.map((w) => employeeValue(w, e)) };
  const customer: MirrorSeries<CustomerMetric> = { metric: c, values: paired.map((w) => customerValue(w, c)) };
  const words = WORDS[locale];
  const fmt = formatter(locale);
  const valueText = (metric: EmployeeMetric | CustomerMetric, v: number): string =>
    metric === 'engagement' || metric === 'csat' ? fmt.percent(v) : fmt.signed(v);
  const base = { waves: paired, employee, customer, since: first };

  if (first === last) {
    const ev = employeeValue(last, e);
    const cv = customerValue(last, c);
    const eText = ev === null ? words.bare[e] : `${words.bare[e]} ${valueText(e, ev)}`;
    const cText = cv === null ? words.bare[c] : `${words.bare[c]} ${valueText(c, cv)}`;
    const sentence = words.first(eText, cText);
    return { ...base, pattern: 'first', sentence, parts: [{ text: sentence }] };
  }
  const verdicts = waveChanges(first, last);
  const de = judged(employeeValue(first, e), employeeValue(last, e), verdicts[e])!;
  const dc = judged(customerValue(first, c), customerValue(last, c), verdicts.customer[c])!;
  employee.change = de;
  customer.change = dc;
  const since = words.since(fmt.month(first.date));
  const [es, cs] = [words.subject[e], words.subject[c]];
  const [dE, dC] = [E_MARK, C_MARK];
  const told = (pattern: MirrorReading['pattern'], template: string): MirrorReading => ({
    ...base,
    pattern,
    ...pieces(template, fmt.points(de.delta), fmt.points(dc.delta)),
  });
  if (de.direction === 'stable' && dc.direction === 'stable') return told('stable', words.stable(es, cs, dE, dC, since));
  if (de.direction === 'stable') return told('one-stable', words.oneStable(cs, es, dc.direction === 'up', dC, dE, since));
  if (dc.direction === 'stable') return told('one-stable', words.oneStable(es, cs, de.direction === 'up', dE, dC, since));
  if (de.direction === dc.direction) {
    const say = de.direction === 'up' ? words.togetherUp : words.togetherDown;
    return told(de.direction === 'up' ? 'together-up' : 'together-down', say(es, cs, dE, dC, since));
  }
  return told('diverge', words.diverge(es, cs, de.direction === 'up', dE, dC, since));
}
