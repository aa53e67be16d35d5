import { describe, expect, it } from 'vitest';
import type { Action, Verbatim, Wave } from '../../../src/model.ts';
import { waveOf } from '../../helpers/waves.ts';
import { change, dimensionRows, keyChanges, mirrorReading, movedMost, nothingMoved } from '../../../src/figures/story.ts';
import { paginateVerbatims, QUOTE_MAX } from '../../../src/wall/view/verbatim-pages.ts';
import { lastDate, needsAttention, recentlyDone, youSaidWeDid } from '../../../src/figures/pairs.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';

const wave = (over: Partial<Wave> & { id: string; date: string }): Wave => waveOf(over);

const DIMS = [
  { id: 'onboarding', label: 'Intégration' },
  { id: 'training', label: 'Formation' },
  { id: 'culture', label: 'Culture d’entreprise' },
  { id: 'tools', label: 'Outils' },
];

describe('change', () => {
  it('gives the signed delta and its direction', () => {
    expect(change(65, 72)).toEqual({ from: 65, to: 72, delta: 7, direction: 'up' });
    expect(change(51, 46)).toEqual({ from: 51, to: 46, delta: -5, direction: 'down' });
    expect(change(70, 70)).toEqual({ from: 70, to: 70, delta: 0, direction: 'stable' });
    expect(change(null, 70)).toBeUndefined();
    expect(change(70, undefined)).toBeUndefined();
  });
});

// Changes are told by their verdicts (src/figures/changes.ts): `big` waves (2,000 of
// 2,500 answered, fpc = 500/2499 = 0.20008) make moves of a few points real; the
// default `wave` (60 of 100, fpc = 40/99 = 0.40404) leaves moves under ~10 points within chance.
const big = (over: Partial<Wave> & { id: string; date: string }): Wave => wave({ invited: 2500, respondents: 2000, participation: 80, ...over });

describe('movedMost', () => {
  // The sample's last two waves: T2 → T3.
  const t2 = big({ id: '2026-T2', date: '2026-06-15', dimensions: { onboarding: 75, training: 65, culture: 79, tools: 47 } });
  const t3 = big({ id: '2026-T3', date: '2026-10-15', dimensions: { onboarding: 79, training: 72, culture: 81, tools: 49 } });

  it('finds the largest real move, with its label and figures', () => {
    // onboarding +4 (z = 0.04 / √(0.1875 + 0.1659)/2000 × 0.20008 = 6.7), training +7, culture +2 (z = 3.5),
    // tools +2 (z = 0.02 / √((0.2491 + 0.2499)/2000 × 0.20008) = 2.8): all real, training the largest.
    expect(movedMost(t3, t2, DIMS)).toEqual({ id: 'training', label: 'Formation', from: 65, to: 72, delta: 7, direction: 'up' });
  });

  it('passes over a larger move that is within chance', () => {
    // training from 30 answers, 60 → 70 %: fpc = 2470/2499 = 0.98840; v = (0.24 + 0.21)/30 × 0.98840 = 0.014826;
    // z = 0.10 / 0.12176 = 0.82: stable. tools from 2,000, 50 → 53 %: v = (0.25 + 0.2491)/2000 × 0.20008 = 0.00004993;
    // z = 0.03 / 0.007066 = 4.25: up. The biggest progress is tools' +3, not training's +10.
    const bases = (training: number, tools: number) => ({
      dimensions: { training: { n: 30, share: training }, tools: { n: 2000, share: tools } },
      customer: {},
    });
    const a = big({ id: 'a', date: '2026-01-01', dimensions: { training: 60, tools: 50 }, bases: bases(0.6, 0.5) });
    const b = big({ id: 'b', date: '2026-02-01', dimensions: { training: 70, tools: 53 }, bases: bases(0.7, 0.53) });
    expect(movedMost(b, a, DIMS)).toMatchObject({ id: 'tools', delta: 3, direction: 'up' });
  });

  it('finds a fall when it is the largest move', () => {
    // T4 → T1 of the sample: onboarding +2, training +4, culture +1, tools −5 (z = −7.1) → tools.
    const t4 = big({ id: '2025-T4', date: '2025-12-10', dimensions: { onboarding: 70, training: 54, culture: 76, tools: 51 } });
    const t1 = big({ id: '2026-T1', date: '2026-03-15', dimensions: { onboarding: 72, training: 58, culture: 77, tools: 46 } });
    expect(movedMost(t1, t4, DIMS)).toMatchObject({ id: 'tools', delta: -5, direction: 'down' });
  });

  it('prefers the rise on a tie, then the barometer order', () => {
    const a = big({ id: 'a', date: '2026-01-01', dimensions: { onboarding: 60, training: 60, culture: 60 } });
    const b = big({ id: 'b', date: '2026-02-01', dimensions: { onboarding: 57, training: 63, culture: 63 } });
    expect(movedMost(b, a, DIMS)?.id).toBe('training');
  });

  it('says nothing when nothing moved for real or there is no previous wave', () => {
    expect(movedMost(t2, t2, DIMS)).toBeUndefined();
    expect(movedMost(t3, undefined, DIMS)).toBeUndefined();
    // 60 of 100, training 65 → 72: v = (0.2275 + 0.2016)/60 × 0.40404 = 0.0028896; z = 0.07 / 0.053755 = 1.30: stable.
    const small = (id: string, training: number) => wave({ id, date: '2026-01-01', dimensions: { training } });
    expect(movedMost(small('b', 72), small('a', 65), DIMS)).toBeUndefined();
    expect(nothingMoved(small('b', 72), small('a', 65))).toBe(true);
    expect(nothingMoved(t3, t2)).toBe(false);
    expect(nothingMoved(t3, undefined)).toBe(false);
  });

  it('lists every dimension of the wave in order, with changes where comparable', () => {
    // 60 of 100, training 60 → 62: v = (0.24 + 0.2356)/60 × 0.40404 = 0.0032027; z = 0.02 / 0.056592 = 0.35: stable.
    const prev = wave({ id: 'a', date: '2026-01-01', dimensions: { training: 60 } });
    const cur = wave({ id: 'b', date: '2026-02-01', dimensions: { tools: 40, training: 62 } });
    expect(dimensionRows(cur, prev, DIMS)).toEqual([
      { id: 'training', label: 'Formation', value: 62, change: { from: 60, to: 62, delta: 2, direction: 'stable' } },
      { id: 'tools', label: 'Outils', value: 40 },
    ]);
  });
});

describe('keyChanges', () => {
  it('gives participation its sign (counted) and the other figures their verdicts', () => {
    // 60 of 100 both times, engagement 56 → 62: v = (0.2464 + 0.2356)/60 × 0.40404 = 0.0032458; z = 0.06 / 0.056972 = 1.05: stable.
    const a = wave({ id: 'a', date: '2026-01-01', participation: 58, engagement: 56 });
    const b = wave({ id: 'b', date: '2026-02-01', participation: 60, engagement: 62 });
    expect(keyChanges(b, a)).toEqual({
      participation: { from: 58, to: 60, delta: 2, direction: 'up' },
      engagement: { from: 56, to: 62, delta: 6, direction: 'stable' },
    });
    expect(keyChanges(b, undefined)).toEqual({});
  });
});

describe('mirrorReading', () => {
  // Engagement and CSAT of the sample; the sentence reads the last two waves: T1 → T3,
  // engagement 63 → 71 (+8) and CSAT 82 → 87 (+5) since March 2026.
  const sample = (make: typeof wave) => [
    make({ id: '2025-T4', date: '2025-12-10', engagement: 62, enps: 6, customer: { nps: 18, csat: 81 } }),
    make({ id: '2026-T1', date: '2026-03-15', engagement: 63, enps: 12, customer: { nps: 22, csat: 82 } }),
    make({ id: '2026-T3', date: '2026-10-15', engagement: 71, enps: 27, customer: { nps: 32, csat: 87 } }),
  ];

  it('reads two rising curves as moving together, not as cause and effect', () => {
    // 2,000 of 2,500: engagement z = 0.08 / √((0.2331 + 0.2059)/2000 × 0.20008) = 0.08 / 0.006627 = 12.1: up;
    // CSAT typed in YAML rests on the 2,000 respondents, no correction: z = 0.05 / √((0.1476 + 0.1131)/2000) = 4.38: up.
    const r = mirrorReading(sample(big), 'fr')!;
    expect(r.pattern).toBe('together-up');
    expect(r.sentence).toBe(`L’engagement et la satisfaction client progressent ensemble${NBSP}: +8${NNBSP}pts et +5${NNBSP}pts depuis mars 2026.`);
    expect(r.employee).toEqual({ metric: 'engagement', values: [62, 63, 71], change: { from: 63, to: 71, delta: 8, direction: 'up' } });
    expect(r.customer.values).toEqual([81, 82, 87]);
    expect(r.parts.filter((p) => p.side)).toEqual([
      { text: `+8${NNBSP}pts`, side: 'employee' },
      { text: `+5${NNBSP}pts`, side: 'customer' },
    ]);
    expect(mirrorReading(sample(big), 'en')!.sentence).toBe('Engagement and customer satisfaction are rising together: +8 pts and +5 pts since March 2026.');
  });

  it('claims no shared rise when the same moves are within chance', () => {
    // 60 of 100: engagement z = 0.08 / √((0.2331 + 0.2059)/60 × 0.40404) = 0.08 / 0.054371 = 1.47;
    // CSAT on 60: z = 0.05 / √((0.1476 + 0.1131)/60) = 0.05 / 0.065917 = 0.76: both stable.
    const r = mirrorReading(sample(wave), 'fr')!;
    expect(r.pattern).toBe('stable');
    expect(r.sentence).toBe(`Depuis mars 2026, l’engagement et la satisfaction client restent stables (+8${NNBSP}pts et +5${NNBSP}pts, sans évolution nette).`);
  });

  it('says so when the curves part ways or fall together', () => {
    // engagement 70 → 74: z = 0.04 / √((0.21 + 0.1924)/2000 × 0.20008) = 6.3: up; CSAT 85 → 82: z = −0.03 / √((0.1275 + 0.1476)/2000) = −2.56: down.
    const diverge = [
      big({ id: 'a', date: '2026-03-15', engagement: 70, customer: { csat: 85 } }),
      big({ id: 'b', date: '2026-06-15', engagement: 74, customer: { csat: 82 } }),
    ];
    expect(mirrorReading(diverge, 'fr')!.sentence).toBe(`L’engagement progresse (+4${NNBSP}pts) mais la satisfaction client recule (${MINUS}3${NNBSP}pts) depuis mars 2026.`);
    // engagement 70 → 66: z = −6.1; CSAT 85 → 81: z = −0.04 / √((0.1275 + 0.1539)/2000) = −3.37: both down.
    const down = [
      big({ id: 'a', date: '2026-03-15', engagement: 70, customer: { csat: 85 } }),
      big({ id: 'b', date: '2026-06-15', engagement: 66, customer: { csat: 81 } }),
    ];
    expect(mirrorReading(down, 'fr')!.sentence).toBe(`L’engagement et la satisfaction client reculent ensemble${NBSP}: ${MINUS}4${NNBSP}pts et ${MINUS}4${NNBSP}pts depuis mars 2026.`);
  });

  it('names a stable figure', () => {
    // CSAT 85 → 88 on 2,000: z = 0.03 / √((0.1275 + 0.1056)/2000) = 2.78: up; engagement 70 → 71: z = 0.01 / 0.0064 = 1.56: stable.
    const w = [
      big({ id: 'a', date: '2026-03-15', engagement: 70, customer: { csat: 85 } }),
      big({ id: 'b', date: '2026-06-15', engagement: 71, customer: { csat: 88 } }),
    ];
    expect(mirrorReading(w, 'fr')!.sentence).toBe(
      'Depuis mars 2026, la satisfaction client progresse (+3\u202fpts) et l’engagement reste stable (+1\u202fpt, sans évolution nette).',
    );
  });

  it('falls back to eNPS and customer NPS when engagement and CSAT are missing', () => {
    // eNPS 10 → 15 from the score alone: z = 0.05 / √((0.99 + 0.9775)/2000 × 0.20008) = 3.56: up;
    // NPS 20 → 30 on 2,000, no correction: z = 0.10 / √((0.96 + 0.91)/2000) = 3.27: up.
    const w = [
      big({ id: 'a', date: '2026-03-15', enps: 10, customer: { nps: 20 } }),
      big({ id: 'b', date: '2026-06-15', enps: 15, customer: { nps: 30 } }),
    ];
    expect(mirrorReading(w, 'fr')!.sentence).toBe(`L’eNPS et le NPS client progressent ensemble${NBSP}: +5${NNBSP}pts et +10${NNBSP}pts depuis mars 2026.`);
  });

  it('gives a first reference point with a single wave, and nothing without customer figures', () => {
    const one = [wave({ id: 'a', date: '2026-03-15', engagement: 71, customer: { csat: 87 } })];
    expect(mirrorReading(one, 'fr')!.sentence).toBe(
      `Premier point de repère${NBSP}: engagement 71${NBSP}% et satisfaction client 87${NBSP}%. La tendance se lira à la prochaine vague.`,
    );
    expect(mirrorReading([wave({ id: 'a', date: '2026-03-15', engagement: 71 })], 'fr')).toBeUndefined();
    expect(mirrorReading([], 'fr')).toBeUndefined();
  });
});

function verbatim(text: string, featured = false): Verbatim {
  return { date: '2026-11-20', text, sentiment: 'positive', featured };
}
const words = (n: number): string => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');

describe('paginateVerbatims', () => {
  it('opens with the first featured quote alone, then groups short quotes by three and medium ones by two', () => {
    // Lengths: 116 (featured), 40, 50, 60, 150, 200, 300.
    const vs = [verbatim('x'.repeat(116), true), verbatim('a'.repeat(40)), verbatim('b'.repeat(50)), verbatim('c'.repeat(60)), verbatim('d'.repeat(150)), verbatim('e'.repeat(200)), verbatim(words(60))];
    const pages = paginateVerbatims(vs);
    expect(pages.map((p) => [p.layout, p.size, p.quotes.length])).toEqual([
      ['solo', 'xl', 1], // 116 ≤ 170
      ['trio', 'l', 3], // 40, 50, 60 ≤ 130; longest 60 ≤ 80
      ['duo', 'm', 2], // 150, 200 ≤ 220; longest 200 > 110
      // words(60): 10 × "motN" (4) + 50 × "motNN" (5) + 59 spaces = 349 > 280
      ['solo', 'm', 1],
    ]);
    expect(pages[3]!.quotes[0]!.truncated).toBe(false);
  });

  it('shortens a very long quote at a word boundary with an ellipsis', () => {
    const [p] = paginateVerbatims([verbatim(words(400))]);
    expect(p!.layout).toBe('solo');
    expect(p!.quotes[0]!.truncated).toBe(true);
    expect(p!.quotes[0]!.text.length).toBeLessThanOrEqual(QUOTE_MAX.solo);
    expect(p!.quotes[0]!.text).toMatch(/ mot\d+…$/);
  });

  it('returns no page without verbatims', () => {
    expect(paginateVerbatims([])).toEqual([]);
  });
});

function action(over: Partial<Action> & { id: string }): Action {
  return { title: over.id, pillar: 'tools', status: 'in_progress', progress: 0, overdue: false, milestones: [], ...over };
}

describe('action picks', () => {
  const today = '2026-11-24';
  const crm = action({ id: 'crm', status: 'done', progress: 100, due: '2026-06-30', you_said: 'a', we_did: 'b' });
  const sms = action({ id: 'sms', status: 'done', progress: 100, due: '2026-10-16', you_said: 'a', we_did: 'b' });
  const kb = action({ id: 'kb', status: 'in_progress', progress: 25, due: '2027-03-31', you_said: 'a', we_did: 'b' });
  const cafes = action({ id: 'cafes', status: 'in_progress', progress: 80, due: '2026-12-31', you_said: 'a', we_did: 'b' });
  const pcs = action({ id: 'pcs', status: 'blocked', progress: 33, due: '2026-12-18', overdue: false, you_said: 'a' });
  const plan = action({ id: 'plan', status: 'blocked', progress: 50, due: '2026-10-30', overdue: true });
  const casques = action({ id: 'casques', status: 'in_progress', progress: 70, due: '2026-11-13', overdue: true, you_said: 'a' });

  it('dates an action by its latest dated milestone, else its due date, else its start', () => {
    expect(lastDate(action({ id: 'x', due: '2026-06-30', milestones: [{ title: 'm', done: true, date: '2026-05-02' }, { title: 'n', done: true, date: '2026-05-20' }] }))).toBe('2026-05-20');
    expect(lastDate(crm)).toBe('2026-06-30');
    expect(lastDate(action({ id: 'y', start: '2026-01-01' }))).toBe('2026-01-01');
  });

  it('puts forward done pairs, latest first, then the furthest along', () => {
    expect(youSaidWeDid([kb, crm, pcs, cafes, sms], 3).map((a) => a.id)).toEqual(['sms', 'crm', 'cafes']);
  });

  it('celebrates what was done within 90 days', () => {
    // sms: 2026-10-16 is 39 days before 2026-11-24; crm: 147 days.
    expect(recentlyDone([crm, sms, kb], today).map((a) => a.id)).toEqual(['sms']);
  });

  it('lists blocked then overdue actions, oldest due date first', () => {
    expect(needsAttention([kb, casques, pcs, plan, sms]).map((a) => a.id)).toEqual(['plan', 'pcs', 'casques']);
  });
});

describe('typeset', async () => {
  const { typeset } = await import('../../../src/words/format.ts');
  it('curls apostrophes between letters and adds French spacing, nothing else', () => {
    expect(typeset("Culture d'entreprise : l'équipe ! 'ok'", 'fr')).toBe(`Culture d\u2019entreprise${NBSP}: l\u2019équipe${NNBSP}! 'ok'`);
    expect(typeset("Don't panic !", 'en')).toBe('Don\u2019t panic !');
  });
});

describe('axisRange', async () => {
  const { axisRange } = await import('../../../src/wall/view/charts.ts');
  it('rounds to a step that gives at most six ticks, with air around the values', () => {
    // 62..71 → 57..76 → step 10: 50..80 (4 ticks).
    expect(axisRange([62, 63, 67, 71])).toEqual({ min: 50, max: 80, step: 10 });
    // 6..87 → 1..92 → step 10 needs 10 ticks, 20 gives 0..100 (6 ticks).
    expect(axisRange([6, 87, null])).toEqual({ min: 0, max: 100, step: 20 });
    // −12..61 → −17..66 → step 20: −20..80.
    expect(axisRange([-12, 61])).toEqual({ min: -20, max: 80, step: 20 });
    // −90..95 → step 50: −100..100.
    expect(axisRange([-90, 95])).toEqual({ min: -100, max: 100, step: 50 });
    expect(axisRange([])).toEqual({ min: 0, max: 100, step: 20 });
  });
});

describe('chartJson', async () => {
  const { chartJson } = await import('../../../src/wall/view/charts.ts');
  it('gives JSON that reads back the same and cannot close its <script> block', () => {
    const chart = {
      labels: ['</script><script>alert(1)</script>', '2026-T1'],
      series: [{ name: '<!-- x', values: [62, null], tone: 'accent' as const, endLabel: '62\u202f%' }],
      min: 50,
      max: 80,
      step: 10,
      label: 'a < b',
    };
    const json = chartJson(chart);
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>\\u003cscript>');
    expect(JSON.parse(json)).toEqual(chart);
  });
});

describe('wall colours', async () => {
  const { wallColours, THEME_SURFACE } = await import('../../../src/wall/view/theme.ts');
  const { contrastRatio } = await import('../../../src/data/contrast.ts');
  const { readFileSync } = await import('node:fs');
  it('keeps a brand accent that already reads, and darkens one too pale for the light theme', () => {
    expect(wallColours({ accent: '#d2532d', theme: 'dark' }).accent).toBe('#d2532d');
    const pale = wallColours({ accent: '#ffd400', theme: 'light' });
    expect(pale.bg).toBe('#ffffff');
    expect(contrastRatio(pale.accent, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(pale.accent, THEME_SURFACE.light)).toBeGreaterThanOrEqual(3);
    expect(pale.accent).not.toBe('#ffd400');
  });
  it('uses the same card colours as the stylesheet', () => {
    const css = readFileSync(new URL('../../../src/wall/styles/wall.css', import.meta.url), 'utf8');
    const surfaces = [...css.matchAll(/--surface: (#[0-9a-f]{6});/g)].map((m) => m[1]);
    expect(surfaces).toEqual([THEME_SURFACE.dark, THEME_SURFACE.light]);
  });
});
