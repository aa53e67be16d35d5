// The wall against a hostile or broken server (issue 15, items 14-18; issue 14 item 6):
// a huge or endless build.json, bodies that stall after their headers, a wall page
// redirected to a login, pages held in a stale cache, a build.json that is not ours,
// and the slower polling while dark. A real build in Chromium against a local server
// that misbehaves on purpose, with the page clock faked so hours pass in seconds; in
// every case the screen keeps its content.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, launchChromium } from '../../src/headless/chromium.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { live } from '../helpers/wall-clock.ts';
import {
  buildWall,
  countLoads,
  deployCopy,
  MORNING,
  NIGHT,
  openWall,
  sleep,
  slidesText,
  wallState,
  type BuiltWall,
} from '../helpers/wall.ts';

const OFFLINE_TEXT = 'Hors ligne · données du 24 nov. 2026';
const BROKEN_TEXT = 'Serveur joignable · mise en ligne défectueuse · données du 24 nov. 2026';
const HELD_TEXT = 'Mise à jour retenue par un cache · données du 24 nov. 2026';
const LOGIN_PAGE = '<!doctype html><html><head><title>Connexion</title></head><body><h1>Connexion SSO</h1></body></html>';

let wall: BuiltWall;
let server: StaticServer;
/** Another origin (an SSO provider): 127.0.0.1 on another port. */
let sso: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Answers held open by a stalling server, ended by `release()`. */
const stalled: ServerResponse[] = [];
/** How many answers the server has held open so far: a check waiting on one is stalled on purpose. */
let heldTotal = 0;
const held = (): number => heldTotal;
/** The most bytes one endless answer sent before the wall hung up: what it read, plus the socket buffers. */
let largest = 0;

beforeAll(async () => {
  wall = buildWall('miroir-wall-hostile-');
  server = await serve(wall.dist);
  sso = await serve(wall.work);
  sso.handler = (_req, res) => (res.writeHead(200, { 'Content-Type': 'text/html' }).end(LOGIN_PAGE), true);
  browser = await launchChromium();
});

afterAll(async () => {
  release();
  await browser?.close();
  await server?.close();
  await sso?.close();
  wall?.remove();
});

beforeEach(() => {
  Object.assign(server, { failWith: null, down: false, root: wall.dist, requests: [], handler: null });
  server.overrides.clear();
  largest = 0;
});

afterEach(async () => {
  release();
  for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
});

function release(): void {
  for (const res of stalled.splice(0)) res.destroy();
}

async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  contexts.push(context);
  return context;
}

/** Waits, in real time, until `test` holds in the page (the fake clock may be paused). */
async function until(page: Page, test: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await page.evaluate(test))) {
    if (Date.now() > end) throw new Error(`not reached in ${ms} ms: ${test.toString()}`);
    await sleep(100);
  }
}

/** Opens the wall and waits until the service worker controls it and holds its copy. */
async function openKept(context: BrowserContext, time = MORNING): Promise<Page> {
  const page = await openWall(context, `${server.url}/wall/`, time);
  await until(page, () => document.documentElement.hasAttribute('data-wall-cached') && navigator.serviceWorker.controller !== null);
  return page;
}

const WORKER_MODES = ['with the service worker', 'without a service worker'] as const;

/** The wall kept by its service worker, or (plain http on a LAN host) with none. */
async function openIn(mode: (typeof WORKER_MODES)[number]): Promise<Page> {
  if (mode === 'with the service worker') return openKept(await newContext());
  return openWall(await newContext({ serviceWorkers: 'block' }), `${server.url}/wall/`);
}

const isPath = (req: IncomingMessage, p: string): boolean => new URL(req.url ?? '/', 'http://x').pathname === p;

/** An endless 200 body (the issue's 2 GB, and more), sent as fast as the wall reads it. */
function endless(res: ServerResponse): true {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
  res.write('{"id":"');
  let sent = 0;
  const pump = (): void => {
    while (!res.destroyed && sent < 2 ** 31) {
      sent += chunk.length;
      largest = Math.max(largest, sent);
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
  return true;
}

/** Headers and the start of a body, then nothing: the connection stays open. */
function stall(res: ServerResponse, type: string, start: string): true {
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  res.write(start);
  stalled.push(res);
  heldTotal += 1;
  return true;
}

const strip = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-wall-offline]')!;
    return el.hidden ? null : (el.textContent?.trim() ?? '');
  });

const builds = () => server.requests.filter((p) => p === '/build.json').length;

describe('a huge build.json (issue 15, item 14)', () => {
  for (const worker of WORKER_MODES) {
    it(`reads a bounded part of it, keeps the screen and says the deploy looks broken, ${worker}`, async () => {
      const page = await openIn(worker);
      let crashed = false;
      page.on('crash', () => {
        crashed = true;
      });
      const before = await slidesText(page);
      server.handler = (req, res) => isPath(req, '/build.json') && endless(res);
      await live(page, 3 * 60_000, 15_000);
      expect(crashed).toBe(false);
      expect(builds()).toBeGreaterThanOrEqual(3);
      // 64 KiB read per check; the kernel's and the browser's buffers fill (a few MB on
      // loopback, 32 MB at most for the receive buffer here) before the wall hangs up.
      expect(largest).toBeLessThan(48 * 1024 * 1024);
      expect(await slidesText(page)).toEqual(before);
      expect(await strip(page)).toBe(BROKEN_TEXT);
    });
  }
});

describe('bodies that stall after their headers (issue 15, item 15)', () => {
  for (const worker of WORKER_MODES) {
    it(`build.json: the offline strip shows, the checks go on, and a new build is still noticed, ${worker}`, async () => {
      const page = await openIn(worker);
      const loads = countLoads(page);
      const before = await slidesText(page);
      server.handler = (req, res) => isPath(req, '/build.json') && stall(res, 'application/json', '{"id":"');
      await live(page, 4 * 60_000, 5000, held);
      expect(await strip(page)).toBe(OFFLINE_TEXT);
      // A check every 15 s deadline + 15 s retry: about 8 in 4 minutes; today's wall stops after 1.
      expect(builds()).toBeGreaterThanOrEqual(5);
      expect(await slidesText(page)).toEqual(before);
      server.handler = null;
      release();
      server.root = deployCopy(wall, 'deploy-after-stall');
      await live(page, 3 * 60_000, 5000);
      expect(loads.count).toBe(1);
      expect((await wallState(page)).buildId).toBe('deploy-after-stall');
      expect(await strip(page)).toBeNull();
    });
  }

  it('the new page during the check: no reload into it, the checks go on, one reload once it answers', async () => {
    const page = await openKept(await newContext());
    const loads = countLoads(page);
    const before = await slidesText(page);
    server.root = deployCopy(wall, 'deploy-slow-page');
    // The wall's check of the new page stalls; a navigation (a reload) would be answered.
    server.handler = (req, res) => isPath(req, '/wall/') && !req.headers.accept?.includes('text/html') && stall(res, 'text/html', '<!doctype html><html><head>');
    await live(page, 5 * 60_000, 5000, held);
    expect(loads.count).toBe(0);
    expect(builds()).toBeGreaterThanOrEqual(3);
    expect(await slidesText(page)).toEqual(before);
    server.handler = null;
    release();
    await live(page, 3 * 60_000, 5000);
    expect(loads.count).toBe(1);
    expect((await wallState(page)).buildId).toBe('deploy-slow-page');
  });

  it('keeps the daily reload through a night of stalled answers', async () => {
    const page = await openKept(await newContext(), NIGHT);
    const loads = countLoads(page);
    server.handler = (req, res) => isPath(req, '/build.json') && stall(res, 'application/json', '{');
    await live(page, 2 * 3600_000 + 25 * 60_000, 60_000, held); // to 02:55, stalled
    server.handler = null;
    release();
    await live(page, 70 * 60_000, 60_000); // to 04:05
    expect(loads.count).toBe(1);
    expect((await wallState(page)).open).toBe(false);
  });
});

describe('a wall page redirected to a login (issue 15, item 16)', () => {
  const targets = {
    'another origin': () => `${sso.url}/`,
    'an SSO login': () => `${sso.url}/oauth2/authorize?client_id=intranet&redirect_uri=${encodeURIComponent(`${server.url}/wall/`)}`,
    'a same-origin /login/': () => `${server.url}/login/`,
  };
  for (const [name, target] of Object.entries(targets)) {
    it(`keeps the last good copy after a reload and a kiosk restart: ${name}`, async () => {
      const profile = path.join(wall.work, `kiosk-${name.replace(/\W+/g, '-')}`);
      mkdirSync(profile, { recursive: true });
      const executablePath = await findChromium();
      const { chromium } = await import('playwright-core');
      const launch = async () => {
        const kiosk = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 720 } });
        contexts.push(kiosk);
        return kiosk;
      };
      let kiosk = await launch();
      let page = await openKept(kiosk);
      const before = await slidesText(page);
      server.handler = (req, res) => {
        if (isPath(req, '/login/')) return (res.writeHead(200, { 'Content-Type': 'text/html' }).end(LOGIN_PAGE), true);
        if (!isPath(req, '/wall/') && !isPath(req, '/wall')) return false;
        res.writeHead(302, { Location: target(), 'Cache-Control': 'no-cache' }).end();
        return true;
      };
      await page.reload({ waitUntil: 'load' });
      expect(page.url()).toBe(`${server.url}/wall/`);
      expect(await slidesText(page)).toEqual(before);
      await kiosk.close();
      kiosk = await launch();
      page = kiosk.pages()[0] ?? (await kiosk.newPage());
      server.requests = [];
      await page.goto(`${server.url}/wall/`, { waitUntil: 'load' });
      expect(server.requests).toContain('/wall/');
      expect(page.url()).toBe(`${server.url}/wall/`);
      await page.waitForFunction(() => window.miroirWall !== undefined);
      expect(await slidesText(page)).toEqual(before);
      expect(await page.locator('h1', { hasText: 'Connexion' }).count()).toBe(0);
    });
  }
});

describe('pages held in a stale cache (issue 15, item 17)', () => {
  it('backs off after a reload that did not bring the new build, says so, and never loops', async () => {
    const page = await openKept(await newContext());
    const loads = countLoads(page);
    const before = await slidesText(page);
    const old = readFileSync(path.join(wall.dist, 'wall', 'index.html'));
    server.root = deployCopy(wall, 'deploy-behind-cache');
    // A cache in front of the pages: navigations get the old page, fetches see the new build.
    let cached = true;
    server.handler = (req, res) => {
      if (!cached || !isPath(req, '/wall/') || !req.headers.accept?.includes('text/html')) return false;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(old);
      return true;
    };
    await live(page, 10 * 60_000, 5000);
    // Today: 29 reloads, one per slide. Now: the first, and one retry after 5 minutes.
    expect(loads.count).toBeLessThanOrEqual(2);
    expect(loads.count).toBeGreaterThanOrEqual(1);
    expect(await strip(page)).toBe(HELD_TEXT);
    expect(await slidesText(page)).toEqual(before);
    // Retries 5, 10, 20 minutes apart: reloads at about 0, 5, 15 and 35 minutes, 4 in 40.
    await live(page, 30 * 60_000, 10_000);
    expect(loads.count).toBeLessThanOrEqual(4);
    expect(await strip(page)).toBe(HELD_TEXT);
    expect(await slidesText(page)).toEqual(before);
    // The cache lets go: the next retry (40 minutes on) brings the new build, and the strip goes.
    cached = false;
    await live(page, 42 * 60_000, 10_000);
    expect((await wallState(page)).buildId).toBe('deploy-behind-cache');
    expect(await strip(page)).toBeNull();
  }, 240_000);
});

describe('a build.json that is not ours (issue 15, item 18)', () => {
  const bodies = {
    'an HTML page': ['text/html', '<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>'],
    'a numeric id': ['application/json', '{"id":3,"generated_at":"2026-11-24T08:00:00Z"}'],
  };
  for (const [name, [type, body]] of Object.entries(bodies)) {
    it(`says the server answers and the deploy looks broken, not offline: ${name}`, async () => {
      const page = await openKept(await newContext());
      const before = await slidesText(page);
      server.handler = (req, res) => isPath(req, '/build.json') && (res.writeHead(200, { 'Content-Type': type! }).end(body), true);
      await live(page, 2 * 60_000, 5000);
      expect(await strip(page)).toBe(BROKEN_TEXT);
      expect(await slidesText(page)).toEqual(before);
      server.handler = null;
      await live(page, 60_000, 5000);
      expect(await strip(page)).toBeNull();
    });
  }
});

describe('polling while dark (issue 14, item 6)', () => {
  it('asks for build.json once every 15 minutes while dark, every minute while on', async () => {
    const page = await openWall(await newContext(), `${server.url}/wall/`, NIGHT);
    server.requests = [];
    await live(page, 2 * 3600_000, 60_000); // 00:30 to 02:30: 8 quarters
    expect(builds()).toBeGreaterThanOrEqual(7);
    expect(builds()).toBeLessThanOrEqual(9);
    // Tuesday 07:25, then opening at 07:30: checks come back to once a minute.
    await page.clock.fastForward(new Date('2026-11-24T06:25:00Z').getTime() - (await page.evaluate(() => Date.now())));
    await live(page, 5 * 60_000, 5000);
    server.requests = [];
    await live(page, 10 * 60_000, 5000);
    expect((await wallState(page)).open).toBe(true);
    expect(builds()).toBeGreaterThanOrEqual(9);
    expect(builds()).toBeLessThanOrEqual(11);
  });
});
