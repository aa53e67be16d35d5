// Driving a built wall in a browser: which screens a dist/ holds, the screen sizes
// the wall is made for, and how to bring one slide to the front without waiting for
// the rotation. Shared by scripts/screenshots.ts and the browser tests.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DOM, sel } from '../dom.ts';

export interface WallSize {
  width: number;
  height: number;
}

/** 720p and 1080p TVs, a 4K TV, and a portrait 1080p screen (receptions). */
export const WALL_SIZES: readonly WallSize[] = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1080, height: 1920 },
];

export interface WallScreen {
  /** `default` for /wall/, else the screen's id. */
  id: string;
  /** Path on the server, e.g. `/wall/accueil-lyon/`. */
  path: string;
}

/** Every wall page of a built site: /wall/ and /wall/<id>/ for each folder holding an index.html. */
export function wallScreens(dist: string): WallScreen[] {
  const wall = path.join(dist, 'wall');
  const screens: WallScreen[] = [];
  if (existsSync(path.join(wall, 'index.html'))) screens.push({ id: 'default', path: '/wall/' });
  if (existsSync(wall)) {
    for (const entry of readdirSync(wall, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && existsSync(path.join(wall, entry.name, 'index.html'))) {
        screens.push({ id: entry.name, path: `/wall/${entry.name}/` });
      }
    }
  }
  return screens;
}

export interface WallSection {
  index: number;
  slide: string;
  /** 1-based page for verbatims spread over several sections. */
  page?: number;
  /** `verbatims`, `verbatims-p2`, `barometer`, `announcement-<id>`…: unique within a screen. */
  name: string;
}

/** The slide sections of the open wall page, in rotation order. */
export async function wallSections(page: Page): Promise<WallSection[]> {
  // Page callbacks run without imports: the contract goes as their argument.
  const raw = await page.$$eval(
    sel(DOM.slide),
    (els, d) => els.map((el) => ({ slide: el.getAttribute(d.slide) ?? '', page: el.getAttribute(d.page), announcement: el.getAttribute(d.announcement) })),
    DOM,
  );
  return raw.map((s, index) => {
    const n = s.page ? Number(s.page) : undefined;
    // Announcements are named by their id: a screen may carry several.
    const name = s.announcement ? `announcement-${s.announcement}` : n && n > 1 ? `${s.slide}-p${n}` : s.slide;
    return { index, slide: s.slide, ...(n ? { page: n } : {}), name };
  });
}

/**
 * Makes section `index` the active one, as the runtime does when it rotates: the
 * runtime's own hook when the page exposes one (`window.miroirWall.show(i)`), else
 * the DOM contract (move `data-active`, and `data-current` on the progress steps).
 */
export async function showSection(page: Page, index: number): Promise<void> {
  await page.evaluate(({ i, d }) => {
    const hook = (window as unknown as { miroirWall?: { show?: (n: number) => void } }).miroirWall;
    if (typeof hook?.show === 'function') {
      hook.show(i);
      return;
    }
    document.querySelectorAll(`[${d.slide}]`).forEach((el, j) => el.toggleAttribute(d.active, j === i));
    document.querySelectorAll(`[${d.progress}] [${d.step}]`).forEach((el, j) => {
      el.toggleAttribute(d.current, j === i);
      el.toggleAttribute(d.done, j < i);
    });
  }, { i: index, d: DOM });
}

/** Waits until the page's fonts are in and every chart canvas has been drawn (or there is none). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('canvas')].every((c) => c.width > 0 && c.height > 0 && c.hasAttribute('style')),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
}
