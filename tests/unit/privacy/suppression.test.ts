// Small-group privacy: thresholds, secondary suppression, and what reaches the model.
import { FIXTURES as FIXTURE_ROOT } from '../../helpers/cli.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBarometer } from '../../../src/data/barometer/read.ts';
import { publishBarometer } from '../../../src/privacy/apply.ts';
import { warnShown } from '../../../src/privacy/contacts.ts';
import { Diagnostics, formatDiagnostic } from '../../../src/data/diagnostics.ts';
import type { SiteConfig } from '../../../src/model.ts';
import { defaultSite } from '../../../src/data/site/read.ts';
import { highlightMentions, splitSegments, suppressSegments, waveWithheld } from '../../../src/privacy/suppression.ts';

const FIXTURES = path.join(FIXTURE_ROOT, 'barometer');

function load(dir: string, min: number) {
  const site: SiteConfig = { ...defaultSite('en', 'Test'), privacy: { min_respondents: min } };
  const diags = new Diagnostics();
  const s = site;
  // Read, then the privacy rules: the load step's two steps.
  const read = readBarometer(path.join(FIXTURES, dir), s, diags);
  warnShown(read.shown, diags);
  const result = { dimensions: read.dimensions, ...publishBarometer(read, s.privacy.min_respondents, diags) };
  return { result, messages: diags.sorted().map((d) => formatDiagnostic(d, 'en')) };
}

describe('suppressSegments (pure)', () => {
  it('publishes everything when every segment reaches the threshold (equal counts)', () => {
    expect(suppressSegments([30, 5, 12], 5)).toEqual({ published: [0, 1, 2], withheld: [] });
    expect(waveWithheld(5, 5)).toBe(false);
    expect(waveWithheld(4, 5)).toBe(true);
  });

  it('withholds small segments; no more when together they reach the threshold', () => {
    // 3 + 2 = 5 withheld ≥ 5: subtracting the published ones reveals a group of 5.
    expect(suppressSegments([30, 3, 20, 2], 5)).toEqual({
      published: [0, 2],
      withheld: [
        { index: 1, reason: 'threshold' },
        { index: 3, reason: 'threshold' },
      ],
    });
  });

  it('withholds the next smallest when subtraction would reveal a withheld segment', () => {
    // Wave of 60 = 30 + 20 + 7 + 3. Publishing 30, 20 and 7 would give the 3 away as
    // 60 − 30 − 20 − 7; withholding the 7 too leaves a remainder of 10.
    expect(suppressSegments([30, 20, 7, 3], 5)).toEqual({
      published: [0, 1],
      withheld: [
        { index: 2, reason: 'secondary' },
        { index: 3, reason: 'threshold' },
      ],
    });
  });

  it('withholds the smallest published first, ties in file order', () => {
    // 2 + 1 = 3 withheld < 5. Smallest published: the two 6s, the first in file order
    // (index 3) goes → 9 ≥ 5, stop; the other 6 and the 8 stay.
    expect(suppressSegments([9, 2, 1, 6, 6, 8], 5)).toEqual({
      published: [0, 4, 5],
      withheld: [
        { index: 1, reason: 'threshold' },
        { index: 2, reason: 'threshold' },
        { index: 3, reason: 'secondary' },
      ],
    });
    // Three small ones: 3 + 1 + 2 = 6 ≥ 5, no secondary suppression needed.
    expect(suppressSegments([20, 3, 1, 2, 10], 5)).toEqual({
      published: [0, 4],
      withheld: [
        { index: 1, reason: 'threshold' },
        { index: 2, reason: 'threshold' },
        { index: 3, reason: 'threshold' },
      ],
    });
  });

  it('stops when no segment is left', () => {
    expect(suppressSegments([2], 5)).toEqual({ published: [], withheld: [{ index: 0, reason: 'threshold' }] });
    expect(suppressSegments([], 5)).toEqual({ published: [], withheld: [] });
  });

  it('works on segment objects', () => {
    const r = splitSegments([{ name: 'a', respondents: 40 }, { name: 'b', respondents: 1 }, { name: 'c', respondents: 6 }], 5);
    expect(r.published.map((s) => s.name)).toEqual(['a']);
    expect(r.withheld.map((w) => [w.segment.name, w.reason])).toEqual([
      ['b', 'threshold'],
      ['c', 'secondary'],
    ]);
  });
});

describe('highlightMentions', () => {
  it('finds a withheld name as a whole word, accents and case ignored (but case kept for one- or two-letter names)', () => {
    expect(
      highlightMentions(['À VIENNE, tout va bien', 'Viennois ravis', 'La formation a progressé', 'Le site A recule', 'Saint-Étienne progresse'], ['Vienne', 'A', 'Saint Etienne']),
    ).toEqual(['Vienne', undefined, undefined, 'A', 'Saint Etienne']);
  });
});

describe('privacy in barometer.yaml (threshold 5)', () => {
  const { result, messages } = load('privacy', 5);

  it('withholds a wave under the threshold whole, and counts it', () => {
    // 2025-T4 has 4 respondents.
    expect(result.withheld_waves).toBe(1);
    expect(result.waves.map((w) => w.id)).toEqual(['2026-T1', '2026-T2', '2026-T3']);
  });

  it('withholds small segments, secondary ones, and highlights naming them', () => {
    const summary = result.waves.map((w) => ({
      id: w.id,
      participation: w.participation,
      segments: w.segments.map((s) => `${s.name} ${s.respondents}`),
      withheld_segments: w.withheld_segments,
      highlights: w.highlights,
    }));
    expect(summary).toEqual([
      // Annecy 3 + A 2 = 5 withheld: nothing more to withhold. Metz (exactly 5) is published.
      // Participation 66 / 80 = 82.5 → 83.
      { id: '2026-T1', participation: 83, segments: ['Lyon 30', 'Nantes 20', 'Paris 6', 'Metz 5'], withheld_segments: 2, highlights: ['Paris progresse de 5 points', 'La formation a progressé'] },
      // Vienne 3 < 5 alone: 65 − 30 − 20 − 6 − 6 would be Vienne. The smallest published,
      // Paris 6 (before Reims 6 in the file), goes too: the remainder is 9. Participation 65 / 80 = 81.25 → 81.
      { id: '2026-T2', participation: 81, segments: ['Lyon 30', 'Nantes 20', 'Reims 6'], withheld_segments: 2, highlights: ['Lyon en tête'] },
      // Exactly 5 respondents: published; its only segment (Lille 2) is not. 5 / 12 = 41.7 → 42.
      { id: '2026-T3', participation: 42, segments: [], withheld_segments: 1, highlights: [] },
    ]);
  });

  it('leaves no withheld name anywhere in the model', () => {
    const json = JSON.stringify(result);
    for (const name of ['Annecy', 'Vienne', 'Lille', 'Brest', '2025-T4']) expect(json).not.toContain(name);
    expect(result.waves.flatMap((w) => w.segments.map((s) => s.name))).not.toContain('A');
  });

  it('warns at each withheld wave, segment and highlight, without their figures', () => {
    expect(messages).toEqual([
      'privacy/barometer.yaml:13:9: warning: the segment “Annecy” of the wave “2026-T1” has fewer than 5 respondents: it is not published (neither its name nor its figures), so that no one can be recognised in it. Nothing to do: this is the privacy rule at work. To have it published, merge it with a neighbouring segment (two sites of one region, for instance).',
      'privacy/barometer.yaml:14:9: warning: the segment “A” of the wave “2026-T1” has fewer than 5 respondents: it is not published (neither its name nor its figures), so that no one can be recognised in it. Nothing to do: this is the privacy rule at work. To have it published, merge it with a neighbouring segment (two sites of one region, for instance).',
      'privacy/barometer.yaml:17:9: warning: this highlight names “Annecy”, a segment withheld to protect respondents’ anonymity: it is not shown. Reword it without that name.',
      'privacy/barometer.yaml:19:9: warning: this highlight names “A”, a segment withheld to protect respondents’ anonymity: it is not shown. Reword it without that name.',
      'privacy/barometer.yaml:28:9: warning: the segment “Paris” of the wave “2026-T2” is not published either: otherwise, subtracting it and the other segments from the wave’s total would reveal the figures of the segments that are too small. Nothing to do: this is the privacy rule at work. It will be published again once the segments that are too small are merged with others.',
      'privacy/barometer.yaml:30:9: warning: the segment “Vienne” of the wave “2026-T2” has fewer than 5 respondents: it is not published (neither its name nor its figures), so that no one can be recognised in it. Nothing to do: this is the privacy rule at work. To have it published, merge it with a neighbouring segment (two sites of one region, for instance).',
      'privacy/barometer.yaml:33:9: warning: this highlight names “Paris”, a segment withheld to protect respondents’ anonymity: it is not shown. Reword it without that name.',
      'privacy/barometer.yaml:34:9: warning: this highlight names “Vienne”, a segment withheld to protect respondents’ anonymity: it is not shown. Reword it without that name.',
      'privacy/barometer.yaml:41:9: warning: the segment “Lille” of the wave “2026-T3” has fewer than 5 respondents: it is not published (neither its name nor its figures), so that no one can be recognised in it. Nothing to do: this is the privacy rule at work. To have it published, merge it with a neighbouring segment (two sites of one region, for instance).',
      'privacy/barometer.yaml:42:5: warning: the wave “2025-T4” has fewer than 5 respondents: it is not published, so that no one can be recognised in its results. Nothing to do: this is the privacy rule at work. Its results stay in the data, without being shown.',
    ]);
    expect(messages.join('\n')).not.toMatch(/\b(3|2|4) respondents\b/);
  });
});

describe('privacy of segments computed from responses (google-forms, threshold 5)', () => {
  const { result, messages } = load('google-forms', 5);
  const wave = result.waves.find((w) => w.id === '2026-T1')!;

  it('withholds Paris (4) and then Nantes (8), the smallest published, so that 24 − Lyon − Nantes does not give Paris away', () => {
    expect(wave.segments.map((s) => s.name)).toEqual(['Lyon']);
    expect(wave.withheld_segments).toBe(2);
    // The wave's own figures stay: participation and totals reveal no small group.
    expect([wave.respondents, wave.participation, wave.enps, wave.engagement]).toEqual([24, 38, 9, 59]);
    expect(wave.highlights).toEqual(['La formation progresse']);
    const json = JSON.stringify(result);
    expect(json).not.toContain('Paris');
    expect(json).not.toContain('Nantes');
  });

  it('warns at the segment_column line', () => {
    expect(messages).toEqual([
      'google-forms/barometer.yaml:8:1: warning: the segment “Nantes” of the wave “2026-T1” is not published either: otherwise, subtracting it and the other segments from the wave’s total would reveal the figures of the segments that are too small. Nothing to do: this is the privacy rule at work. It will be published again once the segments that are too small are merged with others.',
      'google-forms/barometer.yaml:8:1: warning: the segment “Paris” of the wave “2026-T1” has fewer than 5 respondents: it is not published (neither its name nor its figures), so that no one can be recognised in it. Nothing to do: this is the privacy rule at work. To have it published, merge it with a neighbouring segment (two sites of one region, for instance).',
      'google-forms/barometer.yaml:17:9: warning: this highlight names “Paris”, a segment withheld to protect respondents’ anonymity: it is not shown. Reword it without that name.',
    ]);
  });
});
