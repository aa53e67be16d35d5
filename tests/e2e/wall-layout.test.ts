// The wall's look in a real browser: every slide of every screen fits the four screen
// sizes (nothing outside its slide, no text overflowing its card, no scroll), type is
// large enough at 1080p, every verbatim is on the page as text and markup in one never
// runs, nothing is fetched from elsewhere, the console stays clean, and axe-core finds
// nothing serious. Built on the sample data (data/) and on a stress folder of long
// texts, a light theme and markup (tests/fixtures/wall/stress/), and on an English
// wall with no data at all (tests/fixtures/wall/empty/).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/headless/chromium.ts';
import { LABELS } from '../../src/words/labels.ts';
import { showSection, settled, WALL_SIZES, wallScreens, wallSections, type WallSize } from '../../src/headless/wall-pages.ts';
import { FIXTURES, ROOT, run, tempDir } from '../helpers/cli.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

/** Tuesday 24 November 2026, 10:30 in Paris: inside every opening hours of the data. */
const MORNING = new Date('2026-11-24T09:30:00Z');

interface Site {
  name: string;
  dist: string;
  server: StaticServer;
}

const SITES: Record<string, string> = {
  sample: path.join(ROOT, 'data'),
  stress: path.join(FIXTURES, 'wall', 'stress'),
  empty: path.join(FIXTURES, 'wall', 'empty'),
};

let work: string;
let browser: Browser;
const sites: Record<string, Site> = {};

beforeAll(async () => {
  work = tempDir('miroir-wall-layout-');
  for (const [name, dataDir] of Object.entries(SITES)) {
    const dist = path.join(work, name);
    const built = run('build', { dataDir, env: { MIROIR_OUT_DIR: dist } });
    expect(built.status, built.stdout + built.stderr).toBe(0);
    sites[name] = { name, dist, server: await serve(dist) };
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const s of Object.values(sites)) await s.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  context: BrowserContext;
  errors: string[];
  foreign: string[];
}

async function open(site: Site, at: string, size: WallSize, javaScript = true): Promise<Opened> {
  const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce', serviceWorkers: 'block', javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(`${site.server.url}/`)) foreign.push(r.url());
  });
  if (javaScript) await page.clock.install({ time: MORNING });
  await page.goto(site.server.url + at, { waitUntil: 'load' });
  if (javaScript) {
    await page.clock.runFor(1000);
    await settled(page);
  }
  return { page, context, errors, foreign };
}

/**
 * What does not fit on the slide on screen: the document scrolls; an element or a line
 * of text lies outside the screen, outside the 5 % safe area or outside its slide; a
 * card (quote, key figure, action) or a column of the layout does not contain its own
 * content (which would then run over its neighbour).
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const eps = 1;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    type Box = { left: number; top: number; right: number; bottom: number };
    const inside = (r: Box, b: Box): boolean =>
      r.left >= b.left - eps && r.top >= b.top - eps && r.right <= b.right + eps && r.bottom <= b.bottom + eps;
    const label = (n: Node): string => {
      const el = n instanceof Element ? n : n.parentElement!;
      return `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> “${(n.textContent ?? '').trim().slice(0, 40)}”`;
    };
    const shown = (el: Element): boolean => el.checkVisibility({ visibilityProperty: true, opacityProperty: false }) && !el.closest('.visually-hidden');
    const scroller = document.scrollingElement!;
    if (scroller.scrollWidth > vw + eps || scroller.scrollHeight > vh + eps) out.push(`the page scrolls (${scroller.scrollWidth}×${scroller.scrollHeight})`);
    const screen: Box = { left: 0, top: 0, right: vw, bottom: vh };
    // The runtime may shift static elements by a few pixels against burn-in.
    const safe: Box = { left: vw * 0.05 - 8, top: vh * 0.05 - 8, right: vw * 0.95 + 8, bottom: vh * 0.95 + 8 };
    const active = document.querySelector('[data-slide][data-active]');
    if (!active) return ['no active slide'];
    const slide = active.getBoundingClientRect();
    const boxes = [
      ...active.querySelectorAll(
        '.quote, .quotes, .kpi, .kpis, .moved, .highlights, .baro-story, .baro-detail, .dims, .trend, .pair, .pairs, .pillars, .watch, .plan-side, .mirror-read, .mirror-group, .mirror-chart',
      ),
    ];
    const check = (n: Node, rects: Box[], own: Box | null): void => {
      for (const r of rects) {
        if (r.right - r.left === 0 && r.bottom - r.top === 0) continue;
        if (!inside(r, screen)) out.push(`outside the screen: ${label(n)}`);
        else if (!inside(r, safe)) out.push(`outside the safe area: ${label(n)}`);
        else if (own && !inside(r, own)) out.push(`outside its slide, card or column: ${label(n)}`);
      }
    };
    const walk = (root: Element, bound: Box | null): void => {
      const tw = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n: Node | null = tw.currentNode; n; n = tw.nextNode()) {
        const el = n instanceof Element ? n : n.parentElement;
        if (!el || !shown(el)) continue;
        // The innermost box holding the node (boxes nest: a quote inside .quotes).
        const holders = boxes.filter((c) => c !== n && c.contains(n));
        const card = holders.find((h) => !holders.some((o) => o !== h && h.contains(o)));
        const own = card ? card.getBoundingClientRect() : bound;
        if (n instanceof Element) check(n, [n.getBoundingClientRect()], own);
        else if ((n.textContent ?? '').trim()) {
          const range = document.createRange();
          range.selectNodeContents(n);
          // A text box spans the font's whole ascent and descent, taller than a tight
          // line: compare the line box (line-height) with the bounds instead.
          const lh = parseFloat(getComputedStyle(el).lineHeight);
          const lines = [...range.getClientRects()].map((r) => {
            const trim = Number.isFinite(lh) ? Math.max(0, (r.height - lh) / 2) : 0;
            return { left: r.left, right: r.right, top: r.top + trim, bottom: r.bottom - trim };
          });
          check(n, lines, own);
        }
      }
    };
    walk(active, slide);
    for (const el of document.querySelectorAll('.wall-head, .wall-foot')) walk(el, null);
    return [...new Set(out)];
  });
}

/** Font sizes of every visible piece of text on screen, weighted by its length. */
function textSizes(page: Page): Promise<{ size: number; chars: number; text: string }[]> {
  return page.evaluate(() => {
    const out: { size: number; chars: number; text: string }[] = [];
    const roots = [document.querySelector('[data-slide][data-active]'), ...document.querySelectorAll('.wall-head, .wall-foot')];
    for (const root of roots) {
      if (!root) continue;
      const tw = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = tw.nextNode(); n; n = tw.nextNode()) {
        const el = n.parentElement!;
        const text = (n.textContent ?? '').trim();
        if (!text || el.closest('.visually-hidden') || !el.checkVisibility({ visibilityProperty: true })) continue;
        out.push({ size: parseFloat(getComputedStyle(el).fontSize), chars: text.length, text: text.slice(0, 40) });
      }
    }
    return out;
  });
}

const sizeName = (s: WallSize): string => `${s.width}×${s.height}`;

for (const siteName of Object.keys(SITES)) {
  describe(`the ${siteName} wall`, () => {
    for (const size of WALL_SIZES) {
      it(`fits every slide of every screen at ${sizeName(size)}, with a clean console and no foreign request`, async () => {
        const site = sites[siteName]!;
        const problems: string[] = [];
        for (const screen of wallScreens(site.dist)) {
          const o = await open(site, screen.path, size);
          expect(await o.page.getAttribute('html', 'lang')).toMatch(/^(fr|en)$/);
          const sections = await wallSections(o.page);
          expect(sections.length).toBeGreaterThan(0);
          for (const s of sections) {
            await showSection(o.page, s.index);
            await settled(o.page);
            for (const p of await layoutProblems(o.page)) problems.push(`${screen.id} ${s.name}: ${p}`);
            if (size.width === 1920 && size.height === 1080) {
              const sizes = await textSizes(o.page);
              for (const t of sizes.filter((x) => x.size < 16)) problems.push(`${screen.id} ${s.name}: ${t.size}px text “${t.text}”`);
              // Most of the text (by characters) is at least 28 px, readable at 4 m.
              const total = sizes.reduce((n, t) => n + t.chars, 0);
              const large = sizes.filter((t) => t.size >= 28).reduce((n, t) => n + t.chars, 0);
              if (large / total < 0.5) problems.push(`${screen.id} ${s.name}: only ${Math.round((100 * large) / total)} % of the text is 28 px or more`);
            }
          }
          expect(o.errors, `${screen.path}: console errors`).toEqual([]);
          expect(o.foreign, `${screen.path}: requests to another origin`).toEqual([]);
          await o.context.close();
        }
        expect(problems).toEqual([]);
      });
    }

    it('finds no serious or critical accessibility problem on any slide (axe-core), landscape and portrait', async () => {
      const site = sites[siteName]!;
      const found: string[] = [];
      for (const size of [WALL_SIZES[1]!, WALL_SIZES[3]!]) {
        const o = await open(site, '/wall/', size);
        for (const s of await wallSections(o.page)) {
          await showSection(o.page, s.index);
          await settled(o.page);
          const result = await new AxeBuilder({ page: o.page }).analyze();
          for (const v of result.violations) {
            if (v.impact === 'serious' || v.impact === 'critical') {
              found.push(`${sizeName(size)} ${s.name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
            }
          }
        }
        await o.context.close();
      }
      expect(found).toEqual([]);
    });

    it('shows the first slide, and only it, without JavaScript', async () => {
      const site = sites[siteName]!;
      const o = await open(site, '/wall/', WALL_SIZES[1]!, false);
      const visible = await o.page.$$eval('[data-slide]', (els) => els.map((el) => el.checkVisibility({ visibilityProperty: true })));
      expect(visible[0]).toBe(true);
      expect(visible.slice(1).every((v) => !v)).toBe(true);
      expect(await o.page.$$eval('[data-slide][data-active]', (els) => els.length)).toBe(1);
      await o.context.close();
    });
  });
}

/** Whitespace and apostrophes as the wall sets them, so a verbatim can be found in the page. */
const plain = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/\u2019/g, "'").trim();

describe('a wall without data', () => {
  it('says so on every slide, in its locale', async () => {
    const o = await open(sites.empty!, '/wall/', WALL_SIZES[1]!);
    expect(await o.page.getAttribute('html', 'lang')).toBe('en');
    const empty = await o.page.$$eval('[data-slide]', (els) => els.map((el) => [el.getAttribute('data-slide'), el.querySelector('.empty')?.textContent ?? '']));
    expect(empty).toEqual((['verbatims', 'barometer', 'actions', 'mirror'] as const).map((s) => [s, LABELS.en.noData[s]]));
    expect(o.errors).toEqual([]);
    await o.context.close();
  });
});

describe('Content-Security-Policy', () => {
  // Astro writes it when astro.config.mjs sets `security.csp` (see the README).
  const policy = (site: Site): string | undefined =>
    /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(path.join(site.dist, 'wall', 'index.html'), 'utf8'))?.[1];
  const enabled = (): boolean => policy(sites.sample!) !== undefined;

  it.skipIf(!existsSync(path.join(ROOT, 'astro.config.mjs')) || !/csp/.test(readFileSync(path.join(ROOT, 'astro.config.mjs'), 'utf8')))(
    'allows only the page’s own scripts, styles, fonts and images, and the charts still draw',
    async () => {
      expect(enabled(), 'no CSP meta in the built wall').toBe(true);
      const csp = policy(sites.sample!)!;
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/https?:/);
      for (const d of ['script-src', 'style-src', 'default-src']) expect(csp).toMatch(new RegExp(`${d} 'self'`));
      const o = await open(sites.sample!, '/wall/', WALL_SIZES[1]!);
      const barometer = (await wallSections(o.page)).find((s) => s.slide === 'barometer')!;
      await showSection(o.page, barometer.index);
      await settled(o.page);
      const drawn = await o.page.$eval('[data-slide="barometer"] canvas', (c) => (c as HTMLCanvasElement).width > 0 && c.hasAttribute('style'));
      expect(drawn).toBe(true);
      // Drawn, not just sized: the chart's canvas is transparent until Chart.js paints
      // lines, points, ticks and end labels on it, in both charts, once each slide shows.
      const sections = await wallSections(o.page);
      for (const slide of ['barometer', 'mirror']) {
        await showSection(o.page, sections.find((s) => s.slide === slide)!.index);
        await settled(o.page);
        const painted = await o.page.$eval(`[data-slide="${slide}"] canvas`, (c) => {
          const canvas = c as HTMLCanvasElement;
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
          return n / (canvas.width * canvas.height);
        });
        // A line chart with four series covers a few percent of its box, never nothing.
        expect(painted, `${slide}: the chart canvas is blank`).toBeGreaterThan(0.01);
      }
      expect(o.errors).toEqual([]);
      await o.context.close();
    },
  );
});

describe('verbatims on the wall', () => {
  it('every verbatim of data.json is in the server-rendered page as text, shortened only at a word boundary', async () => {
    for (const site of [sites.sample!, sites.stress!]) {
      const data = JSON.parse(readFileSync(path.join(site.dist, 'data.json'), 'utf8')) as { verbatims: { text: string }[] };
      expect(data.verbatims.length).toBeGreaterThan(0);
      const o = await open(site, '/wall/', WALL_SIZES[1]!, false);
      const quotes = (await o.page.$$eval('[data-slide="verbatims"] .quote-text', (els) => els.map((e) => e.textContent ?? ''))).map(plain);
      for (const v of data.verbatims) {
        const text = plain(v.text);
        const shown = quotes.find((q) => q.includes(text.slice(0, 30)));
        expect(shown, `${site.name}: “${text.slice(0, 60)}” is not on the wall`).toBeDefined();
        const inner = shown!.replace(/^[«“]\s?/, '').replace(/\s?[»”]$/, '');
        if (inner.endsWith('…')) {
          const kept = inner.slice(0, -1);
          expect(text.startsWith(kept), `${site.name}: “${inner.slice(0, 60)}” is not a start of the verbatim`).toBe(true);
          // Cut between two words: the next character of the original is a space or a punctuation mark.
          expect(text.charAt(kept.length)).toMatch(/[\s,;:.!?]/);
        } else {
          expect(inner).toBe(text);
        }
      }
      await o.context.close();
    }
  });

  it('shows a verbatim holding markup as text, and nothing in it runs', async () => {
    const site = sites.stress!;
    const o = await open(site, '/wall/', WALL_SIZES[1]!);
    const text = await o.page.$$eval('[data-slide="verbatims"]', (els) => els.map((e) => e.textContent ?? '').join(' '));
    expect(text).toContain('<script>window.__pwned = 1</script> Super service');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2"> Livraison en retard');
    for (const s of await wallSections(o.page)) await showSection(o.page, s.index);
    await o.page.clock.runFor(2000);
    expect(await o.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await o.page.$$eval('.quote img, .quote script', (els) => els.length)).toBe(0);
    expect(o.errors).toEqual([]);
    await o.context.close();
  });
});
