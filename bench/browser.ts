// The wall in a headless Chromium, as a kiosk runs it: what it downloads, how soon it
// shows something and how much main-thread script a slide change costs under 6× CPU
// throttling (a Raspberry-Pi-class device), and whether its JS heap stays flat over 24
// simulated hours. Figures come from the Chrome DevTools Protocol (Performance metrics,
// Runtime.getHeapUsage after HeapProfiler.collectGarbage) and Playwright's fake clock.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { serve } from '../src/headless/serve.ts';
import { median } from './measure.ts';

export const THROTTLE = 6;
const VIEWPORT = { width: 1920, height: 1080 };

export interface SlideChanges {
  /** How the slides were changed: the runtime's own `window.miroirWall.next()`, or moving `data-active` by hand. */
  via: 'miroirWall.next' | 'dom';
  sections: number;
  /** Main-thread scripting ms (CDP ScriptDuration delta) in the second after each change, throttled. */
  perChange: number[];
  max: number;
  median: number;
  /** Style recalculation + layout ms after each change (not scripting; for the record). */
  layoutMax: number;
  /** The same measure over a second with no change: what timers cost anyway. */
  idle: number;
}

export interface HeapRun {
  simulatedHours: number;
  /** JS heap in use after a forced GC, once every slide has been shown once. */
  start: number;
  /** The last reading before any reload (the end of the day when there was none). */
  end: number;
  /** The largest growth from `start` over the hourly readings of the same page (before any reload). */
  delta: number;
  /** Heap after a forced GC at the end of each simulated hour. */
  hourly: number[];
  /** Page loads during the day besides the first (the daily safety reload, a new build). */
  reloads: number;
  /** Simulated hour (1-based) in which the first reload came, if any. */
  reloadHour: number | null;
  /** Slide changes seen before any reload (a section gaining `data-active`); none at night. */
  slideChanges: number;
  /** Requests the page made during the day (build.json checks, reloads). */
  requests: number;
}

export interface WallRun {
  path: string;
  /** Server paths requested while the page loaded and showed every slide once. */
  paths: string[];
  /** First contentful paint, ms from navigation, throttled: each run and the median. */
  fcpRuns: number[];
  fcp: number;
  slides: SlideChanges;
  heap: HeapRun;
}

interface Busy {
  /** ms of script, and of style recalculation + layout, on the main thread so far. */
  script: number;
  layout: number;
}

async function busy(cdp: CDPSession): Promise<Busy> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), layout: get('RecalcStyleDuration') + get('LayoutDuration') };
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

const hasApi = (page: Page): Promise<boolean> => page.evaluate(() => typeof window.miroirWall?.next === 'function');

async function nextSlide(page: Page, api: boolean): Promise<void> {
  // From a timer task of the page, as the rotation does: script run by the DevTools
  // protocol itself is not counted in ScriptDuration.
  await page.evaluate((useApi) => {
    setTimeout(() => {
      if (useApi) {
        window.miroirWall!.next();
        return;
      }
      const all = Array.from(document.querySelectorAll('[data-slide]'));
      const i = all.findIndex((el) => el.hasAttribute('data-active'));
      all.forEach((el, j) => el.toggleAttribute('data-active', j === (i + 1) % all.length));
    }, 0);
  }, api);
}

async function throttledPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Performance.enable');
  return { page, cdp };
}

async function firstPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const now = performance.getEntriesByName('first-contentful-paint')[0];
        if (now) return resolve(now.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(Number.NaN), 10_000);
      }),
  );
}

/** Every slide change of two full rounds, throttled; also records what the page fetches. */
async function slideChanges(page: Page, cdp: CDPSession): Promise<SlideChanges> {
  const api = await hasApi(page);
  const sections = await page.evaluate(() => document.querySelectorAll('[data-slide]').length);
  const settle = (): Promise<void> => page.waitForTimeout(1000);
  await settle();
  const idle0 = await busy(cdp);
  await settle();
  const idle = (await busy(cdp)).script - idle0.script;
  const perChange: number[] = [];
  let layoutMax = 0;
  for (let k = 0; k < 2 * sections; k++) {
    const before = await busy(cdp);
    await nextSlide(page, api);
    await settle();
    const after = await busy(cdp);
    perChange.push(after.script - before.script);
    layoutMax = Math.max(layoutMax, after.layout - before.layout);
  }
  return { via: api ? 'miroirWall.next' : 'dom', sections, perChange, max: Math.max(...perChange), median: median(perChange), layoutMax, idle };
}

// Fake-time step: shorter than the runtime's fetch timeouts (15 s), so that its
// build.json checks are answered (in real time) before the fake clock could abort them.
const STEP_MS = 10_000;

/**
 * A day of the fake clock in 10-second steps, waiting after each for the page's requests
 * to be answered, with a heap reading (after GC) every simulated hour.
 */
async function heapOverADay(browser: Browser, url: string, hours: number, start: Date): Promise<HeapRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.clock.install({ time: start });
    let loads = 0;
    let requests = 0;
    let inflight = 0;
    page.on('load', () => loads++);
    page.on('request', () => inflight++);
    page.on('requestfinished', () => inflight--);
    page.on('requestfailed', () => inflight--);
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    const sections = await page.evaluate(() => document.querySelectorAll('[data-slide]').length);
    const slideMs = await page.evaluate(() => Number(document.querySelector('[data-wall]')?.getAttribute('data-slide-seconds') ?? 20) * 1000);
    const settle = async (): Promise<void> => {
      for (let waited = 0; inflight > 0 && waited < 5000; waited += 2) await page.waitForTimeout(2);
    };
    // One full rotation first: one-time work (fonts, charts drawn once shown) is not growth.
    await page.clock.runFor(slideMs * sections + 1000);
    await settle();
    await page.waitForTimeout(300);
    page.on('request', () => requests++);
    // Counts rotations without touching the runtime: a section gaining data-active.
    await page.evaluate(() => {
      const w = window as unknown as { benchTurns: number };
      w.benchTurns = 0;
      new MutationObserver((records) => {
        for (const r of records) if ((r.target as Element).hasAttribute('data-active') && r.oldValue === null) w.benchTurns++;
      }).observe(document.body, { subtree: true, attributeFilter: ['data-active'], attributeOldValue: true });
    });
    const first = await heapUsed(cdp);
    const hourly: number[] = [];
    let reloadHour: number | null = null;
    let end = first;
    let delta = 0;
    let turns = 0;
    for (let h = 1; h <= hours; h++) {
      for (let t = 0; t < 3600_000; t += STEP_MS) {
        await page.clock.runFor(STEP_MS);
        await settle();
      }
      const heap = await heapUsed(cdp);
      hourly.push(heap);
      if (loads > 1) {
        reloadHour ??= h;
        continue;
      }
      end = heap;
      if (Math.abs(heap - first) > Math.abs(delta)) delta = heap - first;
      turns = await page.evaluate(() => (window as unknown as { benchTurns: number }).benchTurns);
    }
    return { simulatedHours: hours, start: first, end, delta, hourly, reloads: Math.max(0, loads - 1), reloadHour, slideChanges: turns, requests };
  } finally {
    await context.close();
  }
}

/**
 * Runs every browser measure on `pagePath` of the built site `dist`. `runs` first
 * loads (fresh context each: nothing cached) give the first-paint median.
 */
export async function measureWall(browser: Browser, dist: string, pagePath: string, opts: { runs?: number; day?: Date } = {}): Promise<WallRun> {
  const server = await serve(dist);
  try {
    const url = `${server.url}${pagePath}`;
    const fcpRuns: number[] = [];
    const paths = new Set<string>();
    let slides: SlideChanges | undefined;
    for (let r = 0; r < (opts.runs ?? 3); r++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      try {
        const { page, cdp } = await throttledPage(context);
        if (r === 0) page.on('request', (req) => void (req.url().startsWith(server.url) && paths.add(new URL(req.url()).pathname)));
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        fcpRuns.push(await firstPaint(page));
        if (r === 0) slides = await slideChanges(page, cdp);
      } finally {
        await context.close();
      }
    }
    // A Tuesday 08:00 in Paris: the screen is on, and the day holds its night and quiet hour.
    const heap = await heapOverADay(browser, url, 24, opts.day ?? new Date('2026-11-24T07:00:00Z'));
    return { path: pagePath, paths: [...paths], fcpRuns, fcp: median(fcpRuns), slides: slides!, heap };
  } finally {
    await server.close();
  }
}
