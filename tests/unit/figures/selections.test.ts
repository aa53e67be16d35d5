// Which verbatims a wall or poster shows: window of days, site, featured first, latest
// next, and always both a positive and a negative one when the window holds both.
import { describe, expect, it } from 'vitest';
import type { Sentiment, Verbatim } from '../../../src/model.ts';
import { selectVerbatims } from '../../../src/data/verbatims/read.ts';

const TODAY = '2026-03-20';

function v(text: string, date: string, sentiment: Sentiment = 'neutral', extra: Partial<Verbatim> = {}): Verbatim {
  return { date, text, sentiment, featured: false, ...extra };
}
const texts = (list: Verbatim[]): string[] => list.map((x) => x.text);
const pick = (all: Verbatim[], count: number, more: { maxAgeDays?: number; site?: string } = {}): string[] =>
  texts(selectVerbatims(all, { count, maxAgeDays: more.maxAgeDays ?? 30, today: TODAY, site: more.site }));

describe('selectVerbatims', () => {
  it('keeps today back to today − maxAgeDays, nothing in the future', () => {
    // 2026-03-20 − 30 days: 19 days back to 1 March, 20 to 28 February, 30 to 18 February.
    const all = [v('future', '2026-03-21'), v('today', '2026-03-20'), v('30 days', '2026-02-18'), v('31 days', '2026-02-17')];
    expect(pick(all, 8)).toEqual(['today', '30 days']);
    expect(pick(all, 8, { maxAgeDays: 0 })).toEqual(['today']);
  });

  it('featured first (latest featured first), then the latest; a time sorts after no time on the same day', () => {
    const all = [
      v('old featured', '2026-03-01', 'neutral', { featured: true }),
      v('new', '2026-03-19'),
      v('new 18:00', '2026-03-19', 'neutral', { time: '18:00' }),
      v('newer featured', '2026-03-10', 'neutral', { featured: true }),
      v('older', '2026-03-05'),
    ];
    expect(pick(all, 8)).toEqual(['newer featured', 'old featured', 'new 18:00', 'new', 'older']);
    expect(pick(all, 3)).toEqual(['newer featured', 'old featured', 'new 18:00']);
  });

  it('equal date and time keep the input order, whatever the input order of the others', () => {
    const all = [v('b', '2026-03-01'), v('a1', '2026-03-02'), v('c', '2026-02-28'), v('a2', '2026-03-02'), v('a3', '2026-03-02')];
    expect(pick(all, 4)).toEqual(['a1', 'a2', 'a3', 'b']);
  });

  it('keeps one site, case, accents and spaces ignored; verbatims without a site are not that site', () => {
    const all = [v('lyon', '2026-03-10', 'neutral', { site: 'Lyon' }), v('ste', '2026-03-11', 'neutral', { site: 'Saint-Étienne' }), v('none', '2026-03-12')];
    expect(pick(all, 8, { site: 'LYON' })).toEqual(['lyon']);
    expect(pick(all, 8, { site: 'saint etienne' })).toEqual(['ste']);
    expect(pick(all, 8)).toEqual(['none', 'ste', 'lyon']);
  });

  it('a negative verbatim replaces the oldest non-featured positive when only positives would show', () => {
    const all = [
      v('p1', '2026-03-19', 'positive'),
      v('p2', '2026-03-18', 'positive'),
      v('p3', '2026-03-17', 'positive'),
      v('p4', '2026-03-16', 'positive'),
      v('n1', '2026-03-02', 'negative'),
      v('n2', '2026-03-01', 'negative'),
    ];
    // Top 3 by date: p1, p2, p3; the latest negative (n1) takes p3's place and comes last by rank.
    expect(pick(all, 3)).toEqual(['p1', 'p2', 'n1']);
    // And the other way round: a positive among negatives.
    const flipped = all.map((x) => ({ ...x, sentiment: (x.sentiment === 'positive' ? 'negative' : 'positive') as Sentiment }));
    expect(pick(flipped, 3)).toEqual(['p1', 'p2', 'n1']);
    expect(selectVerbatims(flipped, { count: 3, maxAgeDays: 30, today: TODAY }).map((x) => x.sentiment)).toEqual(['negative', 'negative', 'positive']);
  });

  it('prefers giving up a neutral one when the majority has a single verbatim shown', () => {
    const all = [v('p', '2026-03-19', 'positive', { featured: true }), v('u1', '2026-03-18'), v('u2', '2026-03-17'), v('n', '2026-03-01', 'negative')];
    // Shown without the rule: p, u1, u2. Only one positive: the oldest non-featured neutral (u2) gives way.
    expect(pick(all, 3)).toEqual(['p', 'u1', 'n']);
  });

  it('gives up a featured verbatim only when every one shown is featured', () => {
    const all = [
      v('fp1', '2026-03-05', 'positive', { featured: true }),
      v('fp2', '2026-03-04', 'positive', { featured: true }),
      v('n', '2026-03-19', 'negative'),
    ];
    expect(pick(all, 2)).toEqual(['fp1', 'n']);
  });

  it('adds both kinds when only neutral ones would show, the better-ranked kind first', () => {
    const all = [v('u1', '2026-03-19'), v('u2', '2026-03-18'), v('p', '2026-03-10', 'positive'), v('n', '2026-03-09', 'negative')];
    // p (newer) replaces u2, then n replaces u1 (the only neutral left): both kinds, ranked by date.
    expect(pick(all, 2)).toEqual(['p', 'n']);
    expect(pick(all, 3)).toEqual(['u1', 'p', 'n']);
  });

  it('with count 1 shows the best one only', () => {
    const all = [v('p', '2026-03-19', 'positive'), v('n', '2026-03-18', 'negative')];
    expect(pick(all, 1)).toEqual(['p']);
    expect(pick(all, 0)).toEqual([]);
  });

  it('only the kept verbatims count: an old or other-site negative does not force its way in', () => {
    const all = [
      v('p1', '2026-03-19', 'positive', { site: 'Lyon' }),
      v('p2', '2026-03-18', 'positive', { site: 'Lyon' }),
      v('n old', '2026-01-01', 'negative', { site: 'Lyon' }),
      v('n paris', '2026-03-17', 'negative', { site: 'Paris' }),
    ];
    expect(pick(all, 2, { site: 'Lyon' })).toEqual(['p1', 'p2']);
    expect(pick(all, 2, { site: 'Lyon', maxAgeDays: 365 })).toEqual(['p1', 'n old']);
  });

  it('does not change its input and goes through 100,000 verbatims in one pass', () => {
    const all: Verbatim[] = [];
    // Oldest first, the worst order for a "keep the best so far" scan: each one beats the kept ones.
    for (let i = 0; i < 100_000; i++) all.push(v(`v${i}`, `2026-03-${String(1 + (i % 19)).padStart(2, '0')}`, i === 5 ? 'negative' : 'positive', { time: `${String(i % 24).padStart(2, '0')}:00` }));
    const copy = JSON.stringify(all);
    // One pass: each verbatim is looked at a bounded number of times (a sort, or a scan per
    // pick, would read them thousands of times over). Counted, not timed.
    let reads = 0;
    const counted = new Proxy(all, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key, receiver)) });
    const shown = selectVerbatims(counted, { count: 8, maxAgeDays: 30, today: TODAY });
    expect(reads).toBeLessThanOrEqual(3 * all.length);
    expect(JSON.stringify(all)).toBe(copy);
    expect(shown).toHaveLength(8);
    // v5 (negative) is the only negative: it is always in.
    expect(shown.at(-1)!.text).toBe('v5');
  });
});
