// The wall left alone on a kiosk: rotation, deploys, outages, an offline restart,
// night hours, the daily safety reload, no foreign request, flat memory. Runs a real
// build in Chromium with the page clock faked, so hours of kiosk life take seconds.
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, launchChromium } from '../../src/headless/chromium.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { live } from '../helpers/wall-clock.ts';
import {
  buildWall,
  countLoads,
  deployCopy as copyBuild,
  MORNING,
  NIGHT,
  openWall as openWallAt,
  SITE,
  SLIDE_MS,
  slidesText,
  wallState as state,
  type BuiltWall,
} from '../helpers/wall.ts';

const OFFLINE_TEXT = 'Hors ligne · données du 24 nov. 2026';

let built: BuiltWall;
let work: string;
let dist: string;
let buildId: string;
let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  expect(SITE).toContain('hours: "07:30-19:30"');
  built = buildWall('miroir-wall-runtime-');
  ({ work, dist, buildId } = built);
  server = await serve(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.remove();
});

beforeEach(() => {
  Object.assign(server, { failWith: null, down: false, root: dist, requests: [] });
  server.overrides.clear();
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
});

async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  contexts.push(context);
  return context;
}

/** The wall page at `at`, with the clock faked from `time` and then paused (helpers/wall.ts). */
const openWall = (context: BrowserContext, time: Date = MORNING, at = '/wall/'): Promise<Page> => openWallAt(context, server.url + at, time);

/** A copy of the build whose id is `id`, optionally altered (helpers/wall.ts). */
const deployCopy = (id: string, alter?: (html: string) => string): string => copyBuild(built, id, alter);

describe('rotation', () => {
  it('shows every slide in turn, every slide_seconds, with the progress step in step', async () => {
    const page = await openWall(await newContext());
    const count = await page.locator('[data-slide]').count();
    // Restart the first slide's time from the paused clock.
    await page.evaluate(() => window.miroirWall!.show(0));
    // The minimal fixture: two pages of verbatims, barometer, actions, mirror.
    expect(count).toBe(5);
    const seen: string[] = [];
    for (let turn = 1; turn <= count; turn++) {
      const before = await state(page);
      await page.clock.runFor(SLIDE_MS - 100);
      expect((await state(page)).index).toBe(before.index);
      await page.clock.runFor(100);
      const s = await state(page);
      expect(s.index).toBe(turn % count);
      const dom = await page.evaluate(() => ({
        active: [...document.querySelectorAll('[data-slide]')].flatMap((e, i) => (e.hasAttribute('data-active') ? [i] : [])),
        current: [...document.querySelectorAll('[data-progress] [data-step]')].flatMap((e, i) => (e.hasAttribute('data-current') ? [i] : [])),
        visible: getComputedStyle(document.querySelector('[data-slide][data-active]')!).visibility,
        running: document.querySelector('[data-progress]')!.hasAttribute('data-running'),
      }));
      expect(dom).toEqual({ active: [s.index], current: [s.index], visible: 'visible', running: true });
      seen.push(`${s.slide}:${s.index}`);
    }
    expect(seen).toEqual(['verbatims:1', 'barometer:2', 'actions:3', 'mirror:4', 'verbatims:0']);
    // The progress step fills by a CSS animation of slide_seconds, not by script.
    const anim = await page.evaluate(() =>
      document
        .querySelector('[data-progress]')!
        .getAnimations({ subtree: true })
        .map((a) => (a.effect?.getTiming().duration as number) ?? 0),
    );
    expect(anim).toEqual([SLIDE_MS]);
  });

  it('does not animate the progress under reduced motion, and still rotates', async () => {
    const page = await openWall(await newContext({ reducedMotion: 'reduce' }));
    await page.clock.runFor(SLIDE_MS);
    expect((await state(page)).index).toBe(1);
    const r = await page.evaluate(() => ({
      running: document.querySelector('[data-progress]')!.hasAttribute('data-running'),
      animations: document.querySelector('[data-progress]')!.getAnimations({ subtree: true }).length,
    }));
    expect(r).toEqual({ running: false, animations: 0 });
  });
});

describe('burn-in', () => {
  it('drifts the header and footer by at most 3 px every few minutes', async () => {
    const page = await openWall(await newContext());
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const shifts = await page.evaluate(() =>
        ['header', 'footer'].map((sel) => getComputedStyle(document.querySelector(`[data-wall] > ${sel}`)!).translate),
      );
      expect(shifts[0]).toBe(shifts[1]);
      const [x = 0, y = 0] = (shifts[0] === 'none' ? '0px 0px' : shifts[0]!).split(' ').map((v) => Number.parseFloat(v));
      expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(3);
      seen.add(`${x},${y}`);
      await page.clock.runFor(3 * 60_000);
    }
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });
});

describe('deploys', () => {
  it('reloads exactly once, at a slide change, within two minutes of a new build.json id', async () => {
    const page = await openWall(await newContext());
    const loads = countLoads(page);
    server.root = deployCopy('deploy-2');
    await live(page, 120_000, 5000);
    expect(loads.count).toBe(1);
    expect((await state(page)).buildId).toBe('deploy-2');
    await live(page, 180_000, 15_000);
    expect(loads.count).toBe(1);
  });

  it('never reloads while the id is unchanged', async () => {
    const page = await openWall(await newContext());
    const loads = countLoads(page);
    await live(page, 300_000, 15_000);
    expect(loads.count).toBe(0);
    expect(server.requests.filter((p) => p === '/build.json').length).toBeGreaterThanOrEqual(4);
  });

  it('waits while a new build is incomplete (a file of the new page is missing), then reloads once', async () => {
    const page = await openWall(await newContext());
    const loads = countLoads(page);
    const partial = deployCopy('deploy-3', (html) => html.replace(/\/_astro\/([\w.-]+)\.css/g, '/_astro/$1.next.css'));
    server.root = partial;
    await live(page, 180_000, 15_000);
    expect(loads.count).toBe(0);
    expect((await state(page)).buildId).toBe(buildId);
    // The rest of the deploy lands.
    for (const name of readdirSync(path.join(partial, '_astro'))) {
      if (name.endsWith('.css')) cpSync(path.join(partial, '_astro', name), path.join(partial, '_astro', name.replace(/\.css$/, '.next.css')));
    }
    await live(page, 120_000, 5000);
    expect(loads.count).toBe(1);
    expect((await state(page)).buildId).toBe('deploy-3');
  });
});

describe('outages', () => {
  it('keeps the content through 20 minutes of 503s, with the offline strip, and no reload', async () => {
    const page = await openWall(await newContext());
    const loads = countLoads(page);
    const before = await slidesText(page);
    expect(before.every((t) => t.length > 0)).toBe(true);
    const strip = page.locator('[data-wall-offline]');
    await expect(strip.isVisible()).resolves.toBe(false);
    server.failWith = 503;
    await live(page, 20 * 60_000, 15_000);
    expect(loads.count).toBe(0);
    expect(await slidesText(page)).toEqual(before);
    expect(await page.evaluate(() => document.querySelectorAll('[data-slide][data-active]').length)).toBe(1);
    expect(await strip.isVisible()).toBe(true);
    expect((await strip.textContent())?.trim()).toBe(OFFLINE_TEXT);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-wall-disconnected'))).toBe(true);
    // The network gone altogether (connections dropped): same.
    server.failWith = null;
    server.down = true;
    await live(page, 5 * 60_000, 15_000);
    expect(loads.count).toBe(0);
    expect(await slidesText(page)).toEqual(before);
    expect(await strip.isVisible()).toBe(true);
    // Back: the strip goes at the next check.
    server.down = false;
    await live(page, 60_000, 15_000);
    expect(await strip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-wall-disconnected'))).toBe(false);
    expect(loads.count).toBe(0);
  });

  it('shows the last content after the kiosk browser restarts offline', async () => {
    const profile = path.join(work, 'kiosk-profile');
    const executablePath = await findChromium();
    const { chromium } = await import('playwright-core');
    const launch = () => chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 720 } });

    // First visit, online: the service worker keeps the page and its files.
    let kiosk = await launch();
    let page = kiosk.pages()[0] ?? (await kiosk.newPage());
    await page.goto(`${server.url}/wall/`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-wall-cached]', { state: 'attached', timeout: 15_000 });
    const before = await slidesText(page);
    await kiosk.close();

    for (const outage of ['down', 503, 'down'] as const) {
      if (outage === 'down') server.down = true;
      else server.failWith = 503;
      server.requests = [];
      kiosk = await launch();
      contexts.push(kiosk);
      page = kiosk.pages()[0] ?? (await kiosk.newPage());
      await page.clock.install({ time: MORNING });
      await page.goto(`${server.url}/wall/`, { waitUntil: 'load' });
      expect(server.requests.length, `${outage}: the browser did try the server`).toBeGreaterThan(0);
      await page.waitForFunction(() => window.miroirWall !== undefined);
      // From here on, time passes only when the test says so.
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      expect(await slidesText(page)).toEqual(before);
      // Styles, the runtime and the font all came from the kept copy.
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return {
          sheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every((l) => l.sheet !== null),
          font: [...document.fonts].some((f) => f.status === 'loaded'),
        };
      });
      expect(loaded).toEqual({ sheets: true, font: true });
      await live(page, 60_000, 15_000);
      expect(await page.locator('[data-wall-offline]').isVisible()).toBe(true);
      expect((await state(page)).index).toBeGreaterThan(0);
      await kiosk.close();
      server.down = false;
      server.failWith = null;
    }
  });
});

describe('night hours', () => {
  it('goes dark with a dim clock at closing time in the site zone, and comes back at opening', async () => {
    // The kiosk's own clock is on New York time: the site's hours (Paris) must win.
    const context = await newContext({ timezoneId: 'America/New_York' });
    // Tuesday 19:29:00 in Paris.
    const page = await openWall(context, new Date('2026-11-24T18:29:00Z'));
    const night = page.locator('[data-wall-night]');
    expect(await night.isVisible()).toBe(false);
    expect((await state(page)).open).toBe(true);
    await page.clock.runFor(60_000);
    expect(await night.isVisible()).toBe(true);
    expect((await state(page)).open).toBe(false);
    expect((await page.locator('[data-wall-clock]').textContent())?.trim()).toBe('19:30');
    const spot = () => page.locator('[data-wall-clock]').evaluate((e) => (e as HTMLElement).style.getPropertyValue('--wall-clock-x'));
    const first = await spot();
    // Dark: the rotation is paused, the clock ticks and wanders.
    const index = (await state(page)).index;
    await live(page, 10 * 60_000, 60_000);
    expect((await state(page)).index).toBe(index);
    expect((await page.locator('[data-wall-clock]').textContent())?.trim()).toBe('19:40');
    expect(await spot()).not.toBe(first);
    // Wednesday 07:29:30 in Paris, then opening time.
    await page.clock.fastForward(new Date('2026-11-25T06:29:30Z').getTime() - (await page.evaluate(() => Date.now())));
    await page.clock.runFor(1000);
    expect(await night.isVisible()).toBe(true);
    await page.clock.runFor(30_000);
    expect(await night.isVisible()).toBe(false);
    expect(await state(page)).toMatchObject({ open: true, index: 0 });
    await page.clock.runFor(SLIDE_MS);
    expect((await state(page)).index).toBe(1);
  });

  it('stays dark on days that are off', async () => {
    // Saturday 28 November, 10:30 in Paris: inside the hours, but not a listed day.
    const page = await openWall(await newContext(), new Date('2026-11-28T09:30:00Z'));
    await page.clock.runFor(1000);
    expect(await page.locator('[data-wall-night]').isVisible()).toBe(true);
    expect((await state(page)).open).toBe(false);
  });
});

describe('daily safety reload', () => {
  // NIGHT: Tuesday 00:30 in Paris (closed); the quiet hour is 03:00-04:00 for 07:30-19:30.
  it('reloads once in the quiet hour when the server answers', async () => {
    const page = await openWall(await newContext(), NIGHT);
    const loads = countLoads(page);
    await page.clock.fastForward(2 * 3600_000 + 25 * 60_000); // 02:55
    await live(page, 70 * 60_000, 60_000); // to 04:05
    expect(loads.count).toBe(1);
    expect((await state(page)).open).toBe(false);
  });

  it('does not reload when the server does not answer', async () => {
    const page = await openWall(await newContext(), NIGHT);
    const loads = countLoads(page);
    await page.clock.fastForward(2 * 3600_000 + 25 * 60_000);
    server.failWith = 503;
    await live(page, 70 * 60_000, 60_000);
    expect(loads.count).toBe(0);
  });
});

describe('hygiene', () => {
  it('requests nothing from another origin and logs no error', async () => {
    const context = await newContext();
    const foreign: string[] = [];
    const errors: string[] = [];
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(`${server.url}/`) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.clock.install({ time: MORNING });
    await page.goto(`${server.url}/wall/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.miroirWall !== undefined);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await live(page, 5 * SLIDE_MS + 60_000, 5000);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the JS heap and the DOM flat over six hours', async () => {
    const context = await newContext();
    const page = await openWall(context);
    const cdp = await context.newCDPSession(page);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      return { heap: usedSize, nodes };
    };
    // Warm up (first round of slides, first checks, the worker's bookkeeping), then measure.
    await live(page, 5 * 60_000, 60_000);
    const start = await measure();
    await live(page, 6 * 3600_000, 60_000);
    const end = await measure();
    expect(end.nodes).toBe(start.nodes);
    expect(Math.abs(end.heap - start.heap)).toBeLessThan(2 * 1024 * 1024);
    // 6 h = 2 160 slides of 10 s and about 360 checks, all done.
    expect(server.requests.filter((p) => p === '/build.json').length).toBeGreaterThanOrEqual(360);
  });
});
