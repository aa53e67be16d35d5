// Is a change larger than chance? The contract's "Changes between waves", in one pure
// module that data.json, the wall, the poster and `summary` all read, so they never
// disagree. A survey of 40 out of 60 people moving 6 points is noise; 2,000 out of
// 2,500 moving 3 points is not: the verdict says which, at 95 %.
import type { Basis, Bases, FigureChange, Segment, SegmentChanges, Verdict, Wave, WaveChanges } from '../model.ts';
import { normalizeWord } from '../data/sources/text.ts';

/** The two-sided 95 % bound of a normal deviate. */
export const Z_95 = 1.96;
// z is compared with a margin for binary noise: a z worked out by hand as exactly 1.96
// may come out as 1.9599999999999997.
const EPSILON = 1e-9;

/** A figure as the test sees it: its share x (−1..1 for a net score) and the variance of that share. */
export interface Estimate {
  x: number;
  v: number;
}

/**
 * The finite-population correction (N − n) / (N − 1): the whole population was invited,
 * so a wave that heard from most of it knows its figure almost exactly. N undefined
 * (segments, customers: no known population) means no correction.
 */
export function fpc(N: number | undefined, n: number): number {
  if (N === undefined) return 1;
  if (N <= 1) return 0;
  return Math.max(0, (N - n) / (N - 1));
}

export type Kind = 'share' | 'net';

/**
 * The estimate of a published figure (a percentage, or an eNPS/NPS from −100 to 100):
 * the unrounded share when the basis has one, else the published value / 100; the
 * variance x(1 − x)/n for a share; for a net score (P + D − (P − D)²)/n with promoters
 * and detractors known, else (1 − e²)/n, the largest that score allows.
 */
export function estimate(kind: Kind, published: number, basis: Basis, N?: number): Estimate {
  const x = basis.share ?? published / 100;
  const { n } = basis;
  let spread: number;
  if (kind === 'share') spread = x * (1 - x);
  else if (basis.promoters !== undefined && basis.detractors !== undefined) {
    spread = basis.promoters + basis.detractors - (basis.promoters - basis.detractors) ** 2;
  } else spread = 1 - x * x;
  return { x, v: n > 0 ? (Math.max(0, spread) / n) * fpc(N, n) : 0 };
}

/** z = (x₂ − x₁) / √(v₁ + v₂); `up` from 1.96, `down` from −1.96; with no variance at all, the sign. */
export function verdictOf(before: Estimate, after: Estimate): Verdict {
  const d = after.x - before.x;
  const v = before.v + after.v;
  const z = v > 0 ? d / Math.sqrt(v) : d > 0 ? Infinity : d < 0 ? -Infinity : 0;
  return z >= Z_95 - EPSILON ? 'up' : z <= -Z_95 + EPSILON ? 'down' : 'stable';
}

/** The margin of error at 95 % of a published figure, in points (`± 4 pts`). */
export function marginOf(kind: Kind, published: number, basis: Basis, N?: number): number {
  return 100 * Z_95 * Math.sqrt(estimate(kind, published, basis, N).v);
}

/** One side of a comparison: a figure, its basis, and the population it was drawn from. */
interface Side {
  value: number | null | undefined;
  basis: Basis | undefined;
  /** The respondents, when the figure has no basis of its own (figures given in YAML). */
  respondents: number;
  N?: number;
}

function compare(kind: Kind, a: Side, b: Side): FigureChange | undefined {
  if (a.value === null || a.value === undefined || b.value === null || b.value === undefined) return undefined;
  const ea = estimate(kind, a.value, a.basis ?? { n: a.respondents }, a.N);
  const eb = estimate(kind, b.value, b.basis ?? { n: b.respondents }, b.N);
  return { delta: b.value - a.value, verdict: verdictOf(ea, eb) };
}

interface Group {
  respondents: number;
  enps: number | null;
  engagement: number | null;
  dimensions: Record<string, number>;
  bases?: Bases;
}

/** The eNPS, engagement and dimension changes of a wave or a segment, with the population N of both sides. */
function groupChanges(before: Group, after: Group, Nb?: number, Na?: number): SegmentChanges {
  const side = (g: Group, N: number | undefined, value: number | null | undefined, basis: Basis | undefined): Side => ({
    value,
    basis,
    respondents: g.respondents,
    N,
  });
  const out: SegmentChanges = { dimensions: {} };
  const enps = compare('net', side(before, Nb, before.enps, before.bases?.enps), side(after, Na, after.enps, after.bases?.enps));
  if (enps) out.enps = enps;
  const engagement = compare(
    'share',
    side(before, Nb, before.engagement, before.bases?.engagement),
    side(after, Na, after.engagement, after.bases?.engagement),
  );
  if (engagement) out.engagement = engagement;
  for (const id of Object.keys(after.dimensions)) {
    const c = compare(
      'share',
      side(before, Nb, before.dimensions[id], before.bases?.dimensions[id]),
      side(after, Na, after.dimensions[id], after.bases?.dimensions[id]),
    );
    if (c) out.dimensions[id] = c;
  }
  return out;
}

/** A wave's changes since the previous published wave. Customer figures have no known population: no correction. */
export function waveChanges(before: Wave, after: Wave): WaveChanges {
  const customer: WaveChanges['customer'] = {};
  for (const [key, kind] of [['nps', 'net'], ['csat', 'share']] as const) {
    const c = compare(
      kind,
      { value: before.customer[key], basis: before.bases?.customer[key], respondents: before.respondents },
      { value: after.customer[key], basis: after.bases?.customer[key], respondents: after.respondents },
    );
    if (c) customer[key] = c;
  }
  return {
    participation: { delta: after.participation - before.participation },
    ...groupChanges(before, after, before.invited, after.invited),
    customer,
  };
}

/** A segment's changes since the same segment (by name, accents and case ignored) in the previous wave; undefined when it was not published then. */
export function segmentChanges(before: Wave, after: Segment): SegmentChanges | undefined {
  const key = normalizeWord(after.name);
  const previous = before.segments.find((s) => normalizeWord(s.name) === key);
  return previous ? groupChanges(previous, after) : undefined;
}

/** Each published wave's changes since the one before it (undefined for the first). */
export function changesOf(waves: readonly Wave[]): (WaveChanges | undefined)[] {
  return waves.map((w, i) => (i > 0 ? waveChanges(waves[i - 1]!, w) : undefined));
}

/** The change of one metric of `changes` (the contract's METRIC names: `dimension:<id>`, `customer:nps`…). */
export function changeOf(changes: WaveChanges | SegmentChanges | undefined, metric: string): FigureChange | { delta: number } | undefined {
  if (!changes) return undefined;
  if (metric.startsWith('dimension:')) return changes.dimensions[metric.slice('dimension:'.length)];
  if (metric.startsWith('customer:')) return 'customer' in changes ? changes.customer[metric.slice('customer:'.length) as 'nps' | 'csat'] : undefined;
  if (metric === 'participation') return 'participation' in changes ? changes.participation : undefined;
  if (metric === 'enps' || metric === 'engagement') return changes[metric];
  return undefined;
}
