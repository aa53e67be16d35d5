// `customer: auto`: a wave's NPS and CSAT computed from the verbatims of its period
// (after the previous wave's date, up to and including its own), with their counts,
// their verdicts, and a warning when the period has no rated verbatim.
import { describe, expect, it } from 'vitest';
import { dataFolder } from '../../../helpers/cli.ts';
import { loadProject } from '../../../../src/project/load.ts';
import { formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import { publishedData } from '../../../../src/figures/selections.ts';
import { customerFromVerbatims } from '../../../../src/data/barometer/customer.ts';
import type { Verbatim } from '../../../../src/model.ts';

const SITE = 'organisation: Test\nlocale: en\nprivacy: { min_respondents: 5 }\n';

/** n verbatims of `date` with the same rating. */
const rows = (n: number, date: string, nps: string, stars: string): string[] =>
  Array.from({ length: n }, (_, i) => `${date};Avis ${date} ${i};;${nps};${stars};e-mail;Lyon;;`);

const WAVES = `waves:
  - id: T1
    date: 2026-03-31
    invited: 100
    respondents: 60
    engagement: 60
    customer: auto
  - id: T2
    date: 2026-06-30
    invited: 100
    respondents: 60
    engagement: 62
    customer: auto
  - id: T3
    date: 2026-09-30
    invited: 100
    respondents: 60
    engagement: 63
    customer: auto
`;

describe('customerFromVerbatims', () => {
  const v = (date: string, nps?: number, stars?: number): Verbatim => ({ date, text: 'x', sentiment: 'neutral', featured: false, nps, stars });
  it('counts the period after the previous wave, up to and including the wave’s date', () => {
    const all = [v('2026-03-31', 10), v('2026-04-01', 9, 5), v('2026-05-10', 3, 2), v('2026-06-30', 7, 4), v('2026-07-01', 0, 1)];
    // 2026-04-01 … 2026-06-30: NPS answers 9, 3, 7 → (1 − 1) / 3 = 0; stars 5, 2, 4 → 2 / 3 = 66.7 → 67.
    expect(customerFromVerbatims(all, '2026-03-31', '2026-06-30')).toEqual({
      customer: { nps: 0, nps_n: 3, csat: 67, csat_n: 3 },
      bases: { nps: { n: 3, share: 0, promoters: 1 / 3, detractors: 1 / 3 }, csat: { n: 3, share: 2 / 3 } },
    });
    // The first wave takes every verbatim up to its date; no star there: no CSAT.
    expect(customerFromVerbatims(all, undefined, '2026-03-31').customer).toEqual({ nps: 100, nps_n: 1 });
  });
});

describe('customer: auto', () => {
  it('computes each wave’s figures from its period, with counts and verdicts, and warns on a period without ratings', () => {
    const verbatims = [
      'date;text;sentiment;nps;stars;channel;site;author;featured',
      // T1 (up to 31 Mar): 40 NPS answers, 20 promoters (10) and 10 detractors (3): NPS 100 × 10/40 = 25;
      // 40 stars, 22 of them 4 or 5: CSAT 100 × 22/40 = 55.
      ...rows(20, '2026-03-10', '10', '5'),
      ...rows(10, '2026-03-11', '3', '3'),
      ...rows(2, '2026-03-12', '8', '4'),
      ...rows(8, '2026-03-12', '8', '2'),
      // T2 (1 Apr – 30 Jun): 40 answers, 32 promoters, 4 detractors: NPS 100 × 28/40 = 70; 36 stars ≥ 4 of 40: CSAT 90.
      ...rows(32, '2026-06-30', '9', '4'),
      ...rows(4, '2026-04-01', '6', '5'),
      ...rows(4, '2026-05-01', '7', '1'),
      // T3 (1 Jul – 30 Sep): no rated verbatim.
      '2026-08-01;Sans note;positif;;;e-mail;Lyon;;',
    ].join('\n');
    const dir = dataFolder({ 'site.yaml': SITE, 'barometer.yaml': WAVES, 'verbatims.csv': verbatims });
    const { project, diagnostics } = loadProject(dir, { MIROIR_TODAY: '2026-11-24' });
    const messages = diagnostics.map((d) => formatDiagnostic(d, 'en').replace(/^.*?data\//, ''));
    expect(messages).toEqual([
      'barometer.yaml:19:15: warning: “customer: auto” computes the customer NPS and satisfaction from the rated verbatims of the period (dated after 2026-06-30 and up to 2026-09-30), but no verbatim of that period has a rating (“nps” or “stars”): the wave will have no customer indicator. Add the period’s verbatims, or write the figures (“customer: { nps: 31, csat: 86 }”).',
    ]);
    const waves = publishedData(project!).waves;
    expect(waves.map((w) => w.customer)).toEqual([
      { nps: 25, nps_n: 40, csat: 55, csat_n: 40 },
      { nps: 70, nps_n: 40, csat: 90, csat_n: 40 },
      {},
    ]);
    // NPS 25 → 70 on 40 answers each, no correction: P/D 0.5/0.25 then 0.8/0.1:
    // v₁ = (0.75 − 0.0625)/40 = 0.017188, v₂ = (0.9 − 0.49)/40 = 0.01025; z = 0.45 / √0.027438 = 0.45 / 0.16564 = 2.72: up.
    // CSAT 55 → 90: v₁ = 0.2475/40 = 0.0061875, v₂ = 0.09/40 = 0.00225; z = 0.35 / √0.0084375 = 0.35 / 0.091856 = 3.81: up.
    expect(waves[1]!.changes!.customer).toEqual({ nps: { delta: 45, verdict: 'up' }, csat: { delta: 35, verdict: 'up' } });
    expect(waves[2]!.changes!.customer).toEqual({});
  });

  it('withholds a customer figure resting on fewer than min_respondents answers', () => {
    const verbatims = ['date;text;sentiment;nps;stars;channel;site;author;featured', ...rows(3, '2026-03-10', '10', ''), ...rows(6, '2026-03-11', '', '5')].join('\n');
    const dir = dataFolder({ 'site.yaml': SITE, 'barometer.yaml': WAVES.split('  - id: T2')[0]!, 'verbatims.csv': verbatims });
    const { project, diagnostics } = loadProject(dir, { MIROIR_TODAY: '2026-11-24' });
    expect(diagnostics.map((d) => formatDiagnostic(d, 'en').replace(/^.*?data\//, ''))).toEqual([
      'barometer.yaml:7:15: warning: the customer NPS of the wave “T1” rests on fewer than 5 answers: this figure is not published, so that no one’s answer can be recognised. Nothing to do: the wave’s other figures stay published.',
    ]);
    expect(project!.waves[0]!.customer).toEqual({ csat: 100, csat_n: 6 });
  });

  it('refuses a customer value that is neither figures nor auto', () => {
    const dir = dataFolder({ 'site.yaml': SITE, 'barometer.yaml': WAVES.split('  - id: T2')[0]!.replace('customer: auto', 'customer: automatique') });
    const { project, diagnostics } = loadProject(dir, { MIROIR_TODAY: '2026-11-24' });
    expect(project).toBeUndefined();
    expect(diagnostics.map((d) => formatDiagnostic(d, 'en').replace(/^.*?data\//, ''))).toEqual([
      'barometer.yaml:7:15: error: “customer” cannot be “automatique”. Write “auto” to compute the customer indicators from the verbatims, or the figures themselves (“{ nps: 31, csat: 86 }”).',
    ]);
  });
});
