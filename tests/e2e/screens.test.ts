// Screens in the field, in Chromium on the fake clock: a slide's day-part and the
// announcements follow the wall's own clock over a simulated week (no reload, no
// rebuild), an urgent announcement takes the screen and comes back every other slide,
// the heartbeat reaches the uptime monitor at its cadence while on and never while
// dark (through a CSP that allows its origin and no other), and the setup screen's QR
// code reads back as the screen's address. axe finds nothing on the new slide and screen.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/headless/chromium.ts';
import { dataFolder, run, tempDir } from '../helpers/cli.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

const SLIDE_MS = 10_000;
const HOUR = 3600_000;
/** Monday 23 November 2026, 06:00 in Paris (UTC+1): before the 07:30 opening. */
const MONDAY_EARLY = new Date('2026-11-23T05:00:00Z');
/** Tuesday 24 November 2026, 10:30 in Paris: open, inside both announcements of `lyon`. */
const TUESDAY_MORNING = new Date('2026-11-24T09:30:00Z');

const LONG = `${'Travaux dans le hall : l’entrée principale est fermée, passez par la porte du parking. '.repeat(4).slice(0, 270).trim()}.`;

function siteYaml(beatPort: number): string {
  return [
    'organisation: Atelier Test',
    'locale: fr',
    'timezone: Europe/Paris',
    'verbatims: { count: 4, max_age_days: 90 }',
    'wall:',
    '  slide_seconds: 10',
    '  hours: "07:30-19:30"',
    '  days: [mon, tue, wed, thu, fri]',
    '  slides: [verbatims, { slide: barometer, hours: "11:30-14:00" }, actions, mirror]',
    `  heartbeat: { url: "http://localhost:${beatPort}/ping/abc", minutes: 5 }`,
    'screens:',
    '  - { id: lyon, title: Accueil Lyon, site: Lyon, slides: [verbatims, actions] }',
    'poster: { size: A4, orientation: portrait, url: "https://intranet.example/miroir/" }',
    'brand: { logo: logo.svg, accent: "#d2532d", theme: dark }',
    '',
  ].join('\n');
}

const ANNOUNCEMENTS = [
  'announcements:',
  '  - id: inventaire',
  '    title: Inventaire',
  '    text: "Inventaire annuel jeudi : le magasin ouvre à 10 h."',
  '    start: 2026-11-24T09:00',
  '    end: 2026-11-26T17:00',
  '  - id: evacuation',
  '    text: "Exercice d’évacuation à 11 h : suivez les serre-files vers le parking."',
  '    start: 2026-11-25T10:00',
  '    end: 2026-11-25T10:30',
  '    priority: urgent',
  '    screens: [default, lyon]',
  '  - id: travaux',
  `    text: "${LONG}"`,
  '    start: 2026-11-01',
  '    end: 2026-12-31',
  '    screens: [lyon]',
  '',
].join('\n');

let dist: string;
let buildId: string;
let server: StaticServer;
let beats: URL[] = [];
let beatServer: Server;
let beatPort: number;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  beatServer = createServer((req, res) => {
    beats.push(new URL(req.url ?? '/', 'http://localhost'));
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => beatServer.listen(0, 'localhost', resolve));
  beatPort = (beatServer.address() as AddressInfo).port;
  const work = tempDir('miroir-screens-');
  dist = path.join(work, 'dist');
  const data = dataFolder({ 'site.yaml': siteYaml(beatPort), 'announcements.yaml': ANNOUNCEMENTS });
  const built = run('build', { dataDir: data, env: { MIROIR_OUT_DIR: dist } });
  expect(built.status, built.stderr + built.stdout).toBe(0);
  buildId = (JSON.parse(readFileSync(path.join(dist, 'build.json'), 'utf8')) as { id: string }).id;
  server = await serve(dist);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => beatServer?.close(resolve));
});

afterEach(async () => {
  server.handler = null;
  for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
});

async function openWall(at: string, time: Date, viewport = { width: 1280, height: 720 }, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block', ...options });
  contexts.push(context);
  const page = await context.newPage();
  await page.clock.install({ time });
  await page.goto(server.url + at, { waitUntil: 'load' });
  await page.waitForFunction(() => window.miroirWall !== undefined);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  return page;
}

const state = (page: Page) => page.evaluate(() => window.miroirWall!.state());
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Over simulated days the wall would make its daily safety reload (tested in wall-runtime)
 * whenever a night check happens to get its answers in time: here the wall's own check of
 * its page always fails (a reload, a navigation, would still be answered), so no reload can
 * happen and « no reload » means the day-parts and announcements needed none.
 */
function noSafetyReload(): void {
  server.handler = (req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    if (!p.startsWith('/wall/') || req.headers.accept?.includes('text/html')) return false;
    res.writeHead(503, { 'Content-Type': 'text/plain' }).end('held back');
    return true;
  };
}

/** Hours of slides without the progress bar's CSS animation, restarted (a style flush) at every slide: the rotation tests check it. */
const STILL: BrowserContextOptions = { reducedMotion: 'reduce' };

/** What the screen shows over `turns` slide changes: `slide` or `announcement:<id>`. */
async function watch(page: Page, turns: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < turns; i++) {
    const s = await state(page);
    seen.push(s.announcement ? `announcement:${s.announcement}` : s.slide!);
    await page.clock.runFor(SLIDE_MS);
  }
  return seen;
}

/** Names of the sections the rotation plays now. */
async function playing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sections = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
    const names = window.miroirWall!.state().playing.map((i) => sections[i]!.dataset.announcement ?? sections[i]!.dataset.slide!);
    return [...new Set(names)];
  });
}

describe('the rotation over a simulated week', () => {
  it('shows the barometer only 11:30-14:00, and an announcement from its start to its end, with no reload', async () => {
    noSafetyReload();
    const page = await openWall('/wall/', MONDAY_EARLY, undefined, STILL);
    let loads = 0;
    page.on('load', () => loads++);
    const paris = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const wrong: string[] = [];
    // Every hour from Monday 06:00 to the next Monday 06:00 (Paris).
    for (let step = 0; step < 7 * 24; step++) {
      const now = new Date(MONDAY_EARLY.getTime() + step * HOUR);
      const [weekday = '', hm = ''] = paris.format(now).split(' ');
      const minutes = Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
      const weekdayOpen = !['Sat', 'Sun'].includes(weekday);
      const open = weekdayOpen && minutes >= 450 && minutes < 1170;
      const s = await state(page);
      const got = open ? await playing(page) : [];
      // Expected by hand: barometer 11:30 (690) to 14:00 (840); « inventaire » from Tue
      // 24 Nov 09:00 to Thu 26 Nov 17:00; « evacuation » Wed 25 Nov 10:00 to 10:30.
      const want = open ? ['verbatims'] : [];
      if (open && minutes >= 690 && minutes < 840) want.push('barometer');
      if (open) want.push('actions', 'mirror');
      if (open && now >= new Date('2026-11-24T08:00:00Z') && now < new Date('2026-11-26T16:00:00Z')) want.push('inventaire');
      if (open && now >= new Date('2026-11-25T09:00:00Z') && now < new Date('2026-11-25T09:30:00Z')) want.push('evacuation');
      if (s.open !== open || JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${weekday} ${hm}: open ${s.open}, playing ${got.join(',')}; expected ${want.join(',')}`);
      await page.clock.runFor(HOUR);
    }
    expect(wrong).toEqual([]);
    expect(loads).toBe(0);
  }, 240_000);

  it('goes round the slides that are on, the announcement once a round', async () => {
    // Tuesday 12:00 Paris: the barometer's day-part and « inventaire » are both on.
    const page = await openWall('/wall/', new Date('2026-11-24T11:00:00Z'));
    await page.evaluate(() => window.miroirWall!.show(0));
    // verbatims (2 pages), barometer, actions, mirror, inventaire: 6 sections a round.
    expect(await watch(page, 12)).toEqual([...['verbatims', 'verbatims', 'barometer', 'actions', 'mirror', 'announcement:inventaire'], ...['verbatims', 'verbatims', 'barometer', 'actions', 'mirror', 'announcement:inventaire']]);
    // 14:00 (13:00Z) passes: the barometer leaves the round, the announcement stays.
    await page.clock.runFor(2 * HOUR);
    await page.evaluate(() => window.miroirWall!.show(0));
    expect(await watch(page, 6)).toEqual(['verbatims', 'verbatims', 'actions', 'mirror', 'announcement:inventaire', 'verbatims']);
  });

  it('keeps the verbatims when every other slide is outside its day-part', async () => {
    // The `lyon` screen has no day-part; the default's barometer is off at 10:30, so its round keeps the rest.
    const page = await openWall('/wall/', TUESDAY_MORNING);
    const names = await playing(page);
    expect(names).toContain('verbatims');
    expect(names).not.toContain('barometer');
  });
});

describe('an urgent announcement', () => {
  it('takes the screen at its start and comes back every other slide, then goes at its end', async () => {
    // Wednesday 25 November 09:59 Paris (08:59Z): one minute before « evacuation ».
    const page = await openWall('/wall/', new Date('2026-11-25T08:59:00Z'));
    await page.evaluate(() => window.miroirWall!.show(0));
    expect((await state(page)).announcement).toBeNull();
    await page.clock.runFor(61_000);
    // At 10:00 the minute tick puts it on screen at once, mid-slide.
    expect((await state(page)).announcement).toBe('evacuation');
    const seen = await watch(page, 8);
    expect(seen.filter((_, i) => i % 2 === 0)).toEqual(Array(4).fill('announcement:evacuation'));
    expect(seen.filter((_, i) => i % 2 === 1).every((s) => !s.startsWith('announcement:evacuation'))).toBe(true);
    // 10:30: gone from the round, without a reload.
    await page.clock.runFor(31 * 60_000);
    expect(await watch(page, 8)).not.toContain('announcement:evacuation');
  });
});

describe('the heartbeat', () => {
  it('reaches the monitor every 5 minutes while on, with status, screen and build, and never while dark', async () => {
    beats = [];
    // Tuesday 06:00 Paris: dark until 07:30.
    noSafetyReload();
    const page = await openWall('/wall/', new Date('2026-11-24T05:00:00Z'), undefined, STILL);
    // The beats go out as the clock runs; then real time runs until every beat the page
    // sent (its own count) has reached the monitor, however loaded the machine is.
    const advance = async (ms: number): Promise<void> => {
      await page.clock.runFor(ms);
      const end = Date.now() + 30_000;
      while (beats.length < (await state(page)).heartbeats) {
        if (Date.now() > end) throw new Error(`${(await state(page)).heartbeats} beats sent, ${beats.length} received`);
        await sleep(10);
      }
    };
    await advance(HOUR);
    expect(beats).toEqual([]);
    // 07:00 → 08:30 (and a second or two): on from 07:30, beats at 07:30, 07:35 … 08:30: 13.
    await advance(1.5 * HOUR);
    expect(beats.length).toBe(13);
    expect((await state(page)).heartbeats).toBe(13);
    expect(beats.every((u) => u.pathname === '/ping/abc')).toBe(true);
    expect(Object.fromEntries(beats[0]!.searchParams)).toEqual({ status: 'on', screen: 'default', build: buildId });
    // 08:30 → 19:30: 08:35 … 19:25, 131 more (19:30 is closed); then the night to 07:00: nothing more.
    await advance(11 * HOUR);
    expect(beats.length).toBe(13 + 131);
    await advance(11.5 * HOUR);
    expect(beats.length).toBe(144);
  }, 240_000);

  it('is the one other origin the page may reach', async () => {
    const html = readFileSync(path.join(dist, 'wall', 'index.html'), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)![1]!;
    const connect = csp.split(';').map((d) => d.trim()).filter((d) => d.startsWith('connect-src'));
    expect(connect).toEqual([`connect-src 'self' http://localhost:${beatPort}`]);
    const page = await openWall('/wall/', TUESDAY_MORNING);
    const blocked = await page.evaluate(async () => {
      try {
        await fetch('http://127.0.0.2:9/elsewhere', { mode: 'no-cors' });
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
  });
});

/** Reads the QR code shown in `page` (an element screenshot decoded in a blank page, then by jsQR). */
async function readQr(page: Page, selector: string): Promise<string | undefined> {
  const png = await page.locator(selector).screenshot();
  const blank = await page.context().newPage();
  const pixels = await blank.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { w: data.width, h: data.height, data: Array.from(data.data) };
  }, png.toString('base64'));
  await blank.close();
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.w, pixels.h)?.data;
}

describe('the setup screen', () => {
  it('shows the screen, its address as a QR code a quarter of the screen high, the size, the build, the hours and the next switch', async () => {
    const page = await openWall('/wall/lyon/?setup', TUESDAY_MORNING, { width: 1920, height: 1080 });
    await page.waitForSelector('[data-wall-setup] svg');
    // axe and screenshots wait on timers of their own: let the clock run from here.
    await page.clock.resume();
    expect(await readQr(page, '[data-wall-setup] svg')).toBe(`${server.url}/wall/lyon/`);
    const qrHeight = await page.locator('[data-wall-setup] svg').evaluate((e) => e.getBoundingClientRect().height);
    expect(qrHeight).toBeGreaterThanOrEqual(0.25 * 1080);
    const rows = await page.$$eval('[data-wall-setup] [data-setup]', (els) =>
      Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.setup, e.querySelector('dd')!.textContent!.replace(/[\u00a0\u202f]/g, ' ')])),
    );
    expect(rows).toMatchObject({
      screen: 'lyon — Accueil Lyon',
      address: `${server.url}/wall/lyon/`,
      build: buildId,
      data: '24 nov. 2026',
      hours: '07:30-19:30, lun. mar. mer. jeu. ven.',
      // Tuesday 10:30: off at 19:30 the same day.
      next: 'extinction mar. 24 nov., 19:30',
      offline: expect.stringMatching(/^pas encore/),
    });
    expect(rows.viewport).toMatch(/^1920 × 1080 px/);
    // At 1080p the smallest text is 1.9 vmin = 20.5 px.
    expect(rows.legibility).toMatch(/^oui : le plus petit texte fait 20,5 px/);
    const axe = await new AxeBuilder({ page }).include('[data-wall-setup]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('says when text at this size is under the legibility rule, and gives the next switch on at night', async () => {
    // 1280×720: the smallest text is 14 px (its floor); Friday 20:00 Paris: next on Monday 07:30.
    const page = await openWall('/wall/?setup', new Date('2026-11-27T19:00:00Z'), { width: 1280, height: 720 });
    await page.waitForSelector('[data-wall-setup]');
    const text = (await page.locator('[data-wall-setup]').innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('non : le plus petit texte fait 13,7 px');
    expect(text).toContain('allumage lun. 30 nov., 07:30');
  });
});

describe('the announcement slide', () => {
  it('is on the screens it names and never on the poster', () => {
    const html = (rel: string) => readFileSync(path.join(dist, rel), 'utf8');
    expect(html('wall/index.html')).toContain('data-announcement="evacuation"');
    expect(html('wall/index.html')).not.toContain('data-announcement="travaux"');
    expect(html('wall/lyon/index.html')).toContain('data-announcement="travaux"');
    expect(html('poster/index.html')).not.toMatch(/Inventaire annuel|data-announcement/);
  });

  it('is axe-clean, normal, urgent and long, and says until when', async () => {
    const page = await openWall('/wall/lyon/', new Date('2026-11-25T09:10:00Z'), { width: 1920, height: 1080 });
    const sections = await page.$$eval('[data-slide="announcement"]', (els) => els.map((e) => (e as HTMLElement).dataset.announcement));
    expect(sections).toEqual(['inventaire', 'evacuation', 'travaux']);
    const all = await page.$$eval('[data-slide]', (els) => els.map((e) => (e as HTMLElement).dataset.announcement ?? ''));
    for (const id of sections) {
      await page.evaluate((i) => window.miroirWall!.show(i), all.indexOf(id!));
      await page.clock.runFor(600);
      await page.clock.resume();
      // The fade between slides runs on real time, not on the page's clock: wait for its end.
      await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined))));
      const axe = await new AxeBuilder({ page }).include(`[data-announcement="${id}"]`).analyze();
      expect(axe.violations.map((v) => `${id} ${v.id} ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary}`).join("; ")}`)).toEqual([]);
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    }
    const until = await page.$eval('[data-announcement="inventaire"] time', (e) => [e.getAttribute('datetime'), e.textContent!.replace(/\u00a0/g, ' ')]);
    expect(until).toEqual(['2026-11-26T17:00', 'Jusqu’au 26 nov. 2026 à 17 h']);
    const box = await page.$eval('[data-announcement="travaux"] .announcement-text', (e) => {
      const r = e.getBoundingClientRect();
      return { bottom: r.bottom, right: r.right, size: Number.parseFloat(getComputedStyle(e).fontSize) };
    });
    // 280 characters stay inside the 5 % safe area, at the wall's body size or larger (2.8 vmin = 30 px).
    expect(box.bottom).toBeLessThanOrEqual(0.95 * 1080);
    expect(box.right).toBeLessThanOrEqual(0.95 * 1920);
    expect(box.size).toBeGreaterThanOrEqual(30);
  });
});
