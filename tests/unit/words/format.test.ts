import { describe, expect, it } from 'vitest';
import { formatter, frenchSpacing, quoted, truncateWords } from '../../../src/words/format.ts';

describe('formatter', () => {
  const fr = formatter('fr');
  const en = formatter('en');
  it('writes numbers, percents and deltas the French way', () => {
    expect(fr.percent(72)).toMatch(/^72[\u00a0\u202f]%$/);
    expect(fr.number(1234)).toBe('1\u202f234');
    expect(fr.points(6)).toBe('+6\u202fpts');
    expect(fr.points(-3)).toBe('\u22123\u202fpts');
    expect(fr.points(1)).toBe('+1\u202fpt');
    expect(fr.signed(23)).toBe('+23');
    expect(fr.signed(-5)).toBe('\u22125');
    expect(en.percent(72)).toBe('72%');
    expect(en.points(-3)).toBe('\u22123 pts');
  });
  it('writes dates and relative dates', () => {
    expect(fr.date('2026-11-12')).toBe('12 nov. 2026');
    expect(fr.relative('2026-11-21', '2026-11-24')).toBe('il y a 3 jours');
    expect(fr.relative('2026-11-23', '2026-11-24')).toBe('hier');
    expect(fr.relative('2026-11-24', '2026-11-24')).toBe('aujourd’hui');
    expect(fr.relative('2026-11-03', '2026-11-24')).toBe('il y a 3 semaines');
    expect(en.relative('2026-09-24', '2026-11-24')).toBe('2 months ago');
  });
});

describe('text', () => {
  it('adds French no-break spaces without changing words', () => {
    expect(frenchSpacing('Merci ! Vraiment ? Oui : « top »')).toBe('Merci\u202f! Vraiment\u202f? Oui\u00a0: «\u202ftop\u202f»');
    expect(frenchSpacing('http://x.fr?a=1')).toBe('http://x.fr?a=1');
  });
  it('shortens at a word boundary with an ellipsis', () => {
    expect(truncateWords('Un service vraiment exceptionnel du début à la fin', 30)).toBe('Un service vraiment…');
    expect(truncateWords('Court.', 30)).toBe('Court.');
    expect(truncateWords('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
  it('quotes in the locale', () => {
    expect(quoted('Top', 'fr')).toBe('«\u202fTop\u202f»');
    expect(quoted('Top', 'en')).toBe('“Top”');
  });
});
