// A built wall in Chromium with the page clock faked, for the browser tests of the wall's
// runtime (wall-runtime, wall-hostile): hours of kiosk life pass in seconds.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { dataFolder, FIXTURES, run, tempDir } from './cli.ts';
import { DOM, sel } from '../../src/dom.ts';

// The minimal fixture with opening hours: 07:30-19:30, Monday to Friday, Paris time.
export const SITE = readFileSync(path.join(FIXTURES, 'minimal', 'site.yaml'), 'utf8').replace(
  'wall:\n  slide_seconds: 10\n',
  'timezone: Europe/Paris\nwall:\n  slide_seconds: 10\n  hours: "07:30-19:30"\n  days: [mon, tue, wed, thu, fri]\n',
);
export const SLIDE_MS = 10_000;
/** Tuesday 24 November 2026, 10:30 in Paris (UTC+1): open. */
export const MORNING = new Date('2026-11-24T09:30:00Z');
/** Tuesday 00:30 in Paris (closed); the quiet hour is 03:00-04:00 for 07:30-19:30. */
export const NIGHT = new Date('2026-11-23T23:30:00Z');

export interface BuiltWall {
  /** A temp folder holding the build and the deploy copies; `remove()` deletes it. */
  work: string;
  dist: string;
  buildId: string;
  remove(): void;
}

/** `npm run build` of the minimal fixture with hours, into a temp folder. */
export function buildWall(prefix: string): BuiltWall {
  const work = tempDir(prefix);
  const dist = path.join(work, 'dist');
  const dataDir = dataFolder({ 'site.yaml': SITE });
  const built = run('build', { dataDir, env: { MIROIR_OUT_DIR: dist } });
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  if (built.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(built.stderr);
  }
  const buildId = (JSON.parse(readFileSync(path.join(dist, 'build.json'), 'utf8')) as { id: string }).id;
  return { work, dist, buildId, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/** A copy of the build whose id is `id` (what a deploy changes for the wall), optionally altered. */
export function deployCopy(wall: BuiltWall, id: string, alter: (html: string) => string = (h) => h): string {
  const target = path.join(wall.work, `dist-${id}`);
  rmSync(target, { recursive: true, force: true });
  // dist/ may be a link to the build's own folder (the build swaps it in whole): copy what it points at.
  cpSync(wall.dist, target, { recursive: true, dereference: true });
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html') || name === 'build.json') {
        const text = readFileSync(file, 'utf8').replaceAll(wall.buildId, id);
        writeFileSync(file, name.endsWith('.html') ? alter(text) : text);
      }
    }
  };
  walk(target);
  return target;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens a wall page with the clock faked from `time`, waits for its runtime, then
 * stops the clock: from here on, time only passes when the test says so.
 */
export async function openWall(context: BrowserContext, url: string, time: Date = MORNING): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install({ time });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.miroirWall !== undefined);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  return page;
}

export const wallState = (page: Page) => page.evaluate(() => window.miroirWall!.state());

/** Counts main-frame loads from now on. */
export function countLoads(page: Page): { readonly count: number } {
  let count = 0;
  page.on('load', () => {
    count += 1;
  });
  return {
    get count() {
      return count;
    },
  };
}

/** Every slide's text, to tell content kept from content blanked or replaced. */
export const slidesText = (page: Page) =>
  page.$$eval(sel(DOM.slide), (els) => els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
