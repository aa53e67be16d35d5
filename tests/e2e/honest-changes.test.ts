// The honest story, through real builds and a real browser: on a small wave (50 of 60
// answered) +6 reads « stable » and −12 reads as a fall; on a large one (2,000 of
// 2,500) +3 reads as a rise — on the wall, on the poster and in data.json, asserted
// through data-verdict and the visible text. Every element that shows a change says
// which metric and verdict it shows.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/headless/chromium.ts';
import { settled, showSection, wallSections } from '../../src/headless/wall-pages.ts';
import { dataFolder, run, tempDir } from '../helpers/cli.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

const MORNING = new Date('2026-11-24T09:30:00Z');

/** Two waves of the same size, the second with the given figures. */
function barometer(size: { invited: number; respondents: number }, second: { engagement: number; tools: number; training: number; csat: number }): string {
  const wave = (id: string, date: string, f: typeof second, enps: number) => `  - id: ${id}
    date: ${date}
    invited: ${size.invited}
    respondents: ${size.respondents}
    enps: ${enps}
    engagement: ${f.engagement}
    dimensions: { tools: ${f.tools}, training: ${f.training} }
    customer: { csat: ${f.csat} }
`;
  return `waves:\n${wave('T1', '2026-03-15', { engagement: 56, tools: 56, training: 56, csat: 80 }, 10)}${wave('T2', '2026-06-15', second, 12)}`;
}

// Small: fpc = (60 − 50)/59 = 0.169492.
// - engagement and training 56 → 62 (+6): v = (0.2464 + 0.2356)/50 × 0.169492 = 0.0016339; z = 0.06 / 0.040422 = 1.48: stable.
// - tools 56 → 58 (+2): z = 0.02 / √((0.2464 + 0.2436)/50 × 0.169492) = 0.02 / 0.040756 = 0.49: stable.
// - eNPS 10 → 12 from the scores: z = 0.02 / √((0.99 + 0.9856)/50 × 0.169492) = 0.02 / 0.081815 = 0.24: stable.
// - CSAT 80 → 82 on the 50 respondents, no correction: z = 0.02 / √((0.16 + 0.1476)/50) = 0.26: stable.
// - engagement or tools 56 → 44 (−12): v = 2 × 0.2464/50 × 0.169492 = 0.0016705; z = −0.12 / 0.040872 = −2.94: down.
// Large: fpc = 500/2499 = 0.200080; engagement 70 → 73 (+3): z = 0.03 / √((0.21 + 0.1971)/2000 × 0.20008) = 4.70: up;
// CSAT 80 → 84 on 2,000, no correction: z = 0.04 / √((0.16 + 0.1344)/2000) = 0.04 / 0.012133 = 3.30: up.
const SETS = {
  steady: barometer({ invited: 60, respondents: 50 }, { engagement: 62, tools: 58, training: 62, csat: 82 }),
  fall: barometer({ invited: 60, respondents: 50 }, { engagement: 44, tools: 44, training: 62, csat: 82 }),
  rise: barometer({ invited: 2500, respondents: 2000 }, { engagement: 73, tools: 58, training: 56, csat: 84 }).replace(
    'engagement: 56',
    'engagement: 70',
  ),
};
type SetName = keyof typeof SETS;

let browser: Browser;
let work: string;
const built: Record<string, { dist: string; server: StaticServer; data: { waves: { changes?: Record<string, unknown> }[] } }> = {};

beforeAll(async () => {
  work = tempDir('miroir-honest-');
  for (const [name, yaml] of Object.entries(SETS)) {
    const dist = path.join(work, name);
    const r = run('build', { dataDir: dataFolder({ 'barometer.yaml': yaml }), env: { MIROIR_OUT_DIR: dist } });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    built[name] = { dist, server: await serve(dist), data: JSON.parse(readFileSync(path.join(dist, 'data.json'), 'utf8')) };
  }
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const b of Object.values(built)) await b.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(name: SetName, at: string, slide?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.clock.install({ time: MORNING });
  await page.goto(built[name]!.server.url + at, { waitUntil: 'load' });
  await page.clock.runFor(1000);
  await settled(page);
  if (slide) {
    const section = (await wallSections(page)).find((s) => s.slide === slide)!;
    await showSection(page, section.index);
  }
  return page;
}

/** The verdict and the visible text of the first element showing `metric` inside `scope`. */
async function shown(page: Page, scope: string, metric: string): Promise<{ verdict: string | null; text: string }> {
  const el = page.locator(`${scope} [data-change="${metric}"]`).first();
  return { verdict: await el.getAttribute('data-verdict'), text: (await el.innerText()).replace(/\s+/g, ' ') };
}

describe('a change is a rise or a fall only when its verdict says so', () => {
  it('data.json: +6 on 50 of 60 is stable, −12 a fall, +3 on 2,000 of 2,500 a rise; participation has a delta only', () => {
    const last = (name: SetName) => built[name]!.data.waves.at(-1)!.changes as Record<string, { delta: number; verdict?: string }> & {
      dimensions: Record<string, { delta: number; verdict: string }>;
      customer: Record<string, { delta: number; verdict: string }>;
    };
    expect(last('steady').engagement).toEqual({ delta: 6, verdict: 'stable' });
    expect(last('steady').dimensions).toEqual({ tools: { delta: 2, verdict: 'stable' }, training: { delta: 6, verdict: 'stable' } });
    expect(last('steady').participation).toEqual({ delta: 0 });
    expect(last('steady').customer).toEqual({ csat: { delta: 2, verdict: 'stable' } });
    expect(last('fall').engagement).toEqual({ delta: -12, verdict: 'down' });
    expect(last('fall').dimensions.tools).toEqual({ delta: -12, verdict: 'down' });
    expect(last('rise').engagement).toEqual({ delta: 3, verdict: 'up' });
    expect(last('rise').customer).toEqual({ csat: { delta: 4, verdict: 'up' } });
    expect(built.steady!.data.waves[0]!.changes).toBeUndefined();
  });

  it('the wall: « stable » for +6 with a headline saying nothing moved, a fall for −12, a rise for +3', async () => {
    const steady = await open('steady', '/wall/', 'barometer');
    const kpi = await shown(steady, '[data-slide="barometer"]', 'engagement');
    expect(kpi.verdict).toBe('stable');
    expect(kpi.text).toContain('+6');
    expect(kpi.text).toContain('stable');
    expect(kpi.text).not.toMatch(/en hausse|en baisse/);
    const story = await steady.locator('[data-slide="barometer"] .baro-story').innerText();
    expect(story).toContain('Stabilité sur tous les indicateurs depuis mars 2026');
    expect(story).not.toContain('Plus forte');
    // Every element showing a change says which metric and which verdict.
    const marks = await steady.$$eval('.delta:not(.delta-none), .moved[data-change]', (els) =>
      els.map((e) => [e.getAttribute('data-change'), e.getAttribute('data-verdict')]),
    );
    expect(marks.length).toBeGreaterThanOrEqual(5);
    for (const [metric, verdict] of marks) {
      expect(metric).toMatch(/^(participation|enps|engagement|dimension:[\w-]+|customer:(nps|csat))$/);
      expect(verdict).toMatch(/^(up|down|stable)$/);
    }

    const fall = await open('fall', '/wall/', 'barometer');
    const down = await shown(fall, '[data-slide="barometer"]', 'engagement');
    expect(down.verdict).toBe('down');
    expect(down.text).toContain('\u221212');
    expect(down.text).toContain('en baisse');
    const moved = fall.locator('[data-slide="barometer"] .moved[data-change="dimension:tools"]');
    expect(await moved.getAttribute('data-verdict')).toBe('down');
    expect(await moved.innerText()).toContain('Plus forte baisse');

    const rise = await open('rise', '/wall/', 'barometer');
    const up = await shown(rise, '[data-slide="barometer"]', 'engagement');
    expect(up.verdict).toBe('up');
    expect(up.text).toContain('+3');
    expect(up.text).toContain('en hausse');
  });

  it('the mirror claims a shared rise only when both verdicts support it', async () => {
    const steady = await open('steady', '/wall/', 'mirror');
    const calm = await steady.locator('.mirror-sentence').innerText();
    expect(calm).toMatch(/restent stables/);
    expect(calm).not.toMatch(/progress/);
    expect((await shown(steady, '.mirror-sentence', 'customer:csat')).verdict).toBe('stable');
    const rise = await open('rise', '/wall/', 'mirror');
    expect(await rise.locator('.mirror-sentence').innerText()).toMatch(/L’engagement et la satisfaction client progressent ensemble\s*: \+3\s*pts et \+4\s*pts depuis mars 2026\./);
    expect((await shown(rise, '.mirror-figure', 'customer:csat')).verdict).toBe('up');
  });

  it('the poster: the same verdicts, the base and margin of each figure, and the headline when nothing moved', async () => {
    const steady = await open('steady', '/poster/');
    const figure = await shown(steady, '[data-figure="engagement"]', 'engagement');
    expect(figure.verdict).toBe('stable');
    expect(figure.text).toMatch(/\+6\s*pts stable/);
    // 62 % of 50 out of 60: 1.96 × √(0.2356/50 × 0.169492) × 100 = 5.5 → ± 6 pts (halves away).
    expect((await steady.locator('[data-figure="engagement"] .figure__base').innerText()).replace(/\s+/g, ' ')).toBe('50 répondants · marge ± 6 pts');
    expect(await steady.locator('.barometer').innerText()).toContain('Stabilité sur tous les indicateurs depuis mars 2026');
    const fall = await open('fall', '/poster/');
    const down = await shown(fall, '[data-figure="engagement"]', 'engagement');
    expect([down.verdict, down.text.includes('en baisse')]).toEqual(['down', true]);
    expect(await fall.locator('.barometer').innerText()).not.toContain('Stabilité');
    const rise = await open('rise', '/poster/');
    const up = await shown(rise, '[data-figure="engagement"]', 'engagement');
    expect([up.verdict, up.text.includes('en hausse')]).toEqual(['up', true]);
  });
});
