// Every expected verdict below is worked out by hand in the comment above it, from the
// contract's formulas (DATA-CONTRACT.md, "Changes between waves"), so a wrong formula
// in src/figures/changes.ts cannot agree with them by accident.
import { describe, expect, it } from 'vitest';
import type { Segment, Wave } from '../../../src/model.ts';
import { waveOf } from '../../helpers/waves.ts';
import { changesOf, estimate, fpc, marginOf, segmentChanges, verdictOf, waveChanges } from '../../../src/figures/changes.ts';

/** 50 of 60 answered (fpc = 10/59) unless told otherwise. */
const wave = (over: Partial<Wave> & { id: string }): Wave => waveOf({ invited: 60, respondents: 50, participation: 83, ...over });

function segment(name: string, respondents: number, over: Partial<Segment> = {}): Segment {
  return { name, respondents, engagement: null, enps: null, dimensions: {}, ...over };
}

describe('fpc', () => {
  it('is (N − n) / (N − 1) with a population, 1 without', () => {
    // 60 invited, 40 answered: (60 − 40) / 59 = 20/59.
    expect(fpc(60, 40)).toBeCloseTo(20 / 59, 12);
    // Everyone answered: nothing left to estimate.
    expect(fpc(50, 50)).toBe(0);
    expect(fpc(undefined, 40)).toBe(1);
  });
});

describe('estimate', () => {
  it('uses the published value / 100 and x(1 − x)/n × fpc for a share', () => {
    // 56 % of 40 out of 60: 0.56 × 0.44 / 40 × 20/59 = 0.00616 × 0.338983 = 0.0020881.
    const e = estimate('share', 56, { n: 40 }, 60);
    expect(e.x).toBe(0.56);
    expect(e.v).toBeCloseTo(0.0020881, 6);
  });

  it('uses the unrounded share when the figure was computed from answers', () => {
    // 63.5 % published as 64: x = 0.635, v = 0.635 × 0.365 / 100 = 0.00231775.
    const e = estimate('share', 64, { n: 100, share: 0.635 });
    expect(e.x).toBe(0.635);
    expect(e.v).toBeCloseTo(0.00231775, 10);
  });

  it('uses (P + D − (P − D)²)/n for an eNPS with promoters and detractors, (1 − e²)/n with the score alone', () => {
    // P = 0.4, D = 0.3, n = 100: (0.7 − 0.01) / 100 = 0.0069.
    expect(estimate('net', 10, { n: 100, promoters: 0.4, detractors: 0.3 }).v).toBeCloseTo(0.0069, 12);
    // e = 0.10 alone: (1 − 0.01) / 100 = 0.0099, the largest an eNPS of +10 allows.
    expect(estimate('net', 10, { n: 100 }).v).toBeCloseTo(0.0099, 12);
  });
});

describe('verdictOf', () => {
  const seg = (x: number, n = 100) => estimate('share', x, { n });
  it('puts 1.96 between 63 % and 64 % for 100 answers against 50 %, without correction', () => {
    // 50 → 64: v₁ = 0.25/100 = 0.0025, v₂ = 0.64 × 0.36/100 = 0.002304;
    // z = 0.14 / √0.004804 = 0.14 / 0.069311 = 2.020 ≥ 1.96: up.
    expect(verdictOf(seg(50), seg(64))).toBe('up');
    // 50 → 63: v₂ = 0.63 × 0.37/100 = 0.002331; z = 0.13 / √0.004831 = 0.13 / 0.069505 = 1.870: stable.
    expect(verdictOf(seg(50), seg(63))).toBe('stable');
    // The same downwards: 50 → 36 gives z = −2.020 (0.36 × 0.64 = 0.64 × 0.36): down; 50 → 37: −1.870, stable.
    expect(verdictOf(seg(50), seg(36))).toBe('down');
    expect(verdictOf(seg(50), seg(37))).toBe('stable');
  });

  it('calls the same 13 points a rise once the correction knows 100 of 120 answered', () => {
    // fpc = 20/119 = 0.168067: v₁ = 0.0025 × 0.168067 = 0.00042017, v₂ = 0.002331 × 0.168067 = 0.00039176;
    // z = 0.13 / √0.00081193 = 0.13 / 0.028494 = 4.562: up (1.870 without the correction, above).
    expect(verdictOf(estimate('share', 50, { n: 100 }, 120), estimate('share', 63, { n: 100 }, 120))).toBe('up');
  });

  it('decides an exact 1.96 as a change', () => {
    // v₁ + v₂ = 0.01, d = 0.196: z = 0.196 / 0.1 = 1.96 exactly (in decimal; binary gives 1.9599999…).
    expect(verdictOf({ x: 0.5, v: 0.005 }, { x: 0.696, v: 0.005 })).toBe('up');
    expect(verdictOf({ x: 0.5, v: 0.005 }, { x: 0.304, v: 0.005 })).toBe('down');
    expect(verdictOf({ x: 0.5, v: 0.005 }, { x: 0.695, v: 0.005 })).toBe('stable');
  });

  it('takes the sign when there is no variance at all (everyone invited answered, twice)', () => {
    const all = (x: number) => estimate('share', x, { n: 50 }, 50);
    expect(verdictOf(all(70), all(71))).toBe('up');
    expect(verdictOf(all(72), all(70))).toBe('down');
    expect(verdictOf(all(70), all(70))).toBe('stable');
  });

  it('reads an unrounded share: 50 → 63.5 % (published 64) is stable where 64 would be a rise', () => {
    // v₂ = 0.00231775 (above); z = 0.135 / √0.00481775 = 0.135 / 0.069410 = 1.945: stable.
    expect(verdictOf(seg(50), estimate('share', 64, { n: 100, share: 0.635 }))).toBe('stable');
  });
});

describe('waveChanges', () => {
  it('reads +6 on 50 of 60 as stable and −12 as a fall; participation gets a delta only', () => {
    // fpc = 10/59 = 0.169492. 56 %: v = 0.2464/50 × 0.169492 = 0.00083525.
    // +6 (62 %): v = 0.2356/50 × 0.169492 = 0.00079864; z = 0.06 / √0.00163389 = 0.06 / 0.040422 = 1.484: stable.
    // −12 (44 %): v = 0.2464/50 × 0.169492 = 0.00083525; z = −0.12 / √0.0016705 = −0.12 / 0.040872 = −2.936: down.
    const before = wave({ id: 'a', respondents: 50, participation: 83, engagement: 56, dimensions: { tools: 56, training: 56 } });
    const after = wave({ id: 'b', respondents: 50, participation: 83, engagement: 62, dimensions: { tools: 44, training: 56, culture: 70 } });
    const c = waveChanges(before, after);
    expect(c.participation).toEqual({ delta: 0 });
    expect(c.engagement).toEqual({ delta: 6, verdict: 'stable' });
    expect(c.dimensions).toEqual({ tools: { delta: -12, verdict: 'down' }, training: { delta: 0, verdict: 'stable' } });
    expect(c.enps).toBeUndefined();
    expect(c.customer).toEqual({});
  });

  it('reads +3 on 2,000 of 2,500 as a rise', () => {
    // fpc = 500/2499 = 0.200080. 70 %: v = 0.21/2000 × 0.200080 = 0.000021008;
    // 73 %: v = 0.1971/2000 × 0.200080 = 0.000019718; z = 0.03 / √0.000040726 = 0.03 / 0.0063817 = 4.70: up.
    const big = (id: string, engagement: number) => wave({ id, invited: 2500, respondents: 2000, participation: 80, engagement });
    expect(waveChanges(big('a', 70), big('b', 73)).engagement).toEqual({ delta: 3, verdict: 'up' });
  });

  it('reads an eNPS from counts closer than from the score alone', () => {
    // 40/30/30 (n = 100, eNPS +10) then 55/25/20 (n = 100, eNPS +35), counted in YAML: x = published / 100.
    // Counts: v₁ = (0.7 − 0.01)/100 = 0.0069, v₂ = (0.75 − 0.1225)/100 = 0.006275, with fpc = (1000 − 100)/999 = 0.900901:
    // z = 0.25 / √(0.013175 × 0.900901) = 0.25 / 0.108946 = 2.295: up.
    // Score alone: v₁ = 0.99/100, v₂ = (1 − 0.1225)/100 = 0.008775: z = 0.25 / √(0.018675 × 0.900901) = 0.25 / 0.129709 = 1.927: stable.
    const counted = (id: string, enps: number, P: number, D: number) =>
      wave({ id, invited: 1000, respondents: 120, enps, bases: { enps: { n: 100, promoters: P, detractors: D }, dimensions: {}, customer: {} } });
    expect(waveChanges(counted('a', 10, 0.4, 0.3), counted('b', 35, 0.55, 0.2)).enps).toEqual({ delta: 25, verdict: 'up' });
    const scored = (id: string, enps: number) => wave({ id, invited: 1000, respondents: 100, enps });
    expect(waveChanges(scored('a', 10), scored('b', 35)).enps).toEqual({ delta: 25, verdict: 'stable' });
  });

  it('gives customer figures no correction (their population is unknown)', () => {
    // CSAT 80 → 84 typed in YAML, n = the 400 respondents: v₁ = 0.16/400 = 0.0004, v₂ = 0.1344/400 = 0.000336;
    // z = 0.04 / √0.000736 = 0.04 / 0.027129 = 1.474: stable. (With the wave's fpc 10/409 it would read 9.4: up.)
    const w = (id: string, csat: number) => wave({ id, invited: 410, respondents: 400, customer: { csat } });
    expect(waveChanges(w('a', 80), w('b', 84)).customer).toEqual({ csat: { delta: 4, verdict: 'stable' } });
    // Computed from 60 then 80 verbatims with stars: 45/60 = 0.75 → 72/80 = 0.9 (published 75 → 90).
    // v₁ = 0.1875/60 = 0.003125, v₂ = 0.09/80 = 0.001125; z = 0.15 / √0.00425 = 0.15 / 0.065192 = 2.301: up.
    const auto = (id: string, csat: number, n: number) =>
      wave({ id, customer: { csat, csat_n: n }, bases: { dimensions: {}, customer: { csat: { n, share: csat / 100 } } } });
    expect(waveChanges(auto('a', 75, 60), auto('b', 90, 80)).customer.csat).toEqual({ delta: 15, verdict: 'up' });
  });
});

describe('segmentChanges', () => {
  it('compares a segment with the same one before (accents and case ignored), without correction', () => {
    // Lyon: 100 respondents, 50 → 64 %: z = 2.020 (see verdictOf): up.
    const before = wave({ id: 'a', segments: [segment('Saint-Étienne', 100, { engagement: 50 })] });
    const after = segment('saint etienne', 100, { engagement: 64, enps: 20 });
    expect(segmentChanges(before, after)).toEqual({ engagement: { delta: 14, verdict: 'up' }, dimensions: {} });
    expect(segmentChanges(before, segment('Lyon', 100, { engagement: 64 }))).toBeUndefined();
  });
});

describe('changesOf', () => {
  it('gives the first wave no changes and each later one its changes since the one before', () => {
    const waves = [wave({ id: 'a', participation: 67 }), wave({ id: 'b', participation: 83 }), wave({ id: 'c', participation: 80 })];
    expect(changesOf(waves).map((c) => c?.participation.delta)).toEqual([undefined, 16, -3]);
  });
});

describe('marginOf', () => {
  it('is 1.96 standard errors, in points', () => {
    // 71 % of 221 out of 405: fpc = 184/404 = 0.455446; v = 0.2059/221 × 0.455446 = 0.00042432;
    // 1.96 × √0.00042432 × 100 = 1.96 × 0.020599 × 100 = 4.04 points.
    expect(marginOf('share', 71, { n: 221 }, 405)).toBeCloseTo(4.04, 2);
  });
});
