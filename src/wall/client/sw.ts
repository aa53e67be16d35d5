// miroir's service worker (bundled to /sw.js by src/pages/sw.js.ts): keeps the wall on screen through network outages and
// kiosk restarts. Registered by the wall page (offline-cache.ts)
// with the site's base path as scope.
//
// - wall pages (navigations under <base>wall/): network first, the last good copy when
//   the network fails, does not answer whole in time, or answers anything but one of
//   our wall pages: an error (a 404 or a 503 mid-deploy), a redirect (to an SSO login,
//   another origin, a same-origin /login/), a page without the wall's settings;
// - hashed build files (<base>_astro/): cache first, they never change;
// - build.json: always the network when the page asks with cache: 'no-store' (that is
//   how the wall knows it is offline), the last good copy otherwise; never more than the
//   page would read of it (an endless body must not take the tab down);
// - fonts, images and styles elsewhere (the logo): network first, then the copy.
// Only complete 200 answers from this origin are ever stored: never an error page.
// Build files no page has used for two weeks (a previous deploy's) are dropped.
// Every answer is read under a deadline and a size cap (bounded.ts).
import { BUILD_JSON_MAX_BYTES, FILE_MAX_BYTES, PAGE_MAX_BYTES, readUpTo, within } from './bounded.ts';
import { pageBuildId, readBuildJson } from './deploy.ts';

// The service-worker globals this file uses: the project's TypeScript lib is the DOM's
// (the page's), which lacks them, and the two libs cannot be loaded together.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly source: { postMessage(message: unknown): void } | null;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

/** What a wall page posts after a successful load (offline-cache.ts). */
interface RememberMessage {
  type: 'miroir-remember';
  page: unknown;
  files: unknown;
  buildId: unknown;
}

const CACHE = 'miroir-wall-v1';
const SCOPE = new URL(worker.registration.scope).pathname;
const USAGE = `${worker.location.origin}${SCOPE}__miroir/usage.json`;
const PAGE_TIMEOUT_MS = 8000;
/** A first visit has no copy to fall back on: the network may take its time. */
const FIRST_VISIT_TIMEOUT_MS = 60_000;
const BUILD_TIMEOUT_MS = 10_000;
const FILE_TIMEOUT_MS = 30_000;
const UNUSED_FOR_MS = 14 * 24 * 3600_000;
// When each kept build file was last served. The worker may be stopped when idle, so
// this is merged into USAGE whenever a page reports a load (see remember()).
const used = new Map<string, number>();

worker.addEventListener('install', () => {
  void worker.skipWaiting();
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('miroir-') && name !== CACHE) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

function storable(res: Response | undefined): res is Response {
  return res !== undefined && res.status === 200 && res.type === 'basic' && !res.redirected;
}

// /wall and /wall/ are the same page (a kiosk URL typed without its slash), kept once.
function pageKey(url: URL): string {
  const p = url.pathname;
  return `${url.origin}${p.endsWith('/') || p.endsWith('.html') ? p : `${p}/`}`;
}

function isWallPage(url: URL): boolean {
  const p = url.pathname;
  return (p === `${SCOPE}wall` || p.startsWith(`${SCOPE}wall/`)) && !/\.(?!html$)[a-z0-9]+$/i.test(p);
}

async function put(key: RequestInfo, res: Response): Promise<void> {
  const cache = await caches.open(CACHE);
  await cache.put(key, res);
}

async function cached(key: RequestInfo): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  return cache.match(key);
}

/** An answer read by fetchWhole. */
interface Answer {
  res: Response;
  /** A complete 200 from this origin, not redirected: the only kind ever kept. */
  keepable: boolean;
}

/**
 * The network's answer read whole, under a deadline and a size cap, as a fresh Response
 * (so it can be both kept and returned). An answer that is not a 200 of this origin (an
 * error, a redirect) is returned unread: the callers judge it. A body longer than `max`
 * is not keepable, and only its first `max + 1` bytes are held.
 */
async function fetchWhole(request: Request, ms: number, max: number): Promise<Answer> {
  return within(
    ms,
    async (signal) => {
      const net = await fetch(request, { signal });
      if (!storable(net)) return { res: net, keepable: false };
      const { bytes, whole } = await readUpTo(net, max);
      const headers = new Headers(net.headers);
      // The bytes are already decoded, and may be a prefix.
      headers.delete('content-encoding');
      headers.delete('content-length');
      return { res: new Response(bytes, { status: 200, statusText: net.statusText, headers }), keepable: whole };
    },
    request.signal,
  );
}

/** One of our wall pages, whole: not an error, not a redirect to a login, not some other page. */
async function isWallAnswer(answer: Answer): Promise<boolean> {
  return answer.keepable && pageBuildId(await answer.res.clone().text()) !== null;
}

async function page(request: Request, url: URL): Promise<Response> {
  const key = pageKey(url);
  const copy = await cached(key);
  let answer: Answer | undefined;
  try {
    answer = await fetchWhole(request, copy ? PAGE_TIMEOUT_MS : FIRST_VISIT_TIMEOUT_MS, PAGE_MAX_BYTES);
  } catch {
    answer = undefined; // down, or not whole in time
  }
  if (answer && (await isWallAnswer(answer))) {
    await put(key, answer.res.clone());
    return answer.res;
  }
  if (copy) {
    void answer?.res.body?.cancel().catch(() => {});
    return copy;
  }
  // Nothing kept yet (first visit): whatever the network said (a login must work once).
  return answer ? answer.res : Response.error();
}

// Hashed build files never change: a query string (Astro's ?astro-retry=) is ignored.
async function cacheFirst(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const key = `${url.origin}${url.pathname}`;
  used.set(key, Date.now());
  const copy = await cached(key);
  if (copy) return copy;
  const { res, keepable } = await fetchWhole(request, FILE_TIMEOUT_MS, FILE_MAX_BYTES);
  if (keepable) await put(key, res.clone());
  return res;
}

async function networkFirst(request: Request): Promise<Response> {
  try {
    const { res, keepable } = await fetchWhole(request, FILE_TIMEOUT_MS, FILE_MAX_BYTES);
    if (keepable) {
      await put(request, res.clone());
      return res;
    }
    return (await cached(request)) || res;
  } catch (e) {
    const copy = await cached(request);
    if (copy) return copy;
    throw e;
  }
}

async function buildJson(request: Request): Promise<Response> {
  // The wall's own check (cache: 'no-store'): a failure must reach the page as one.
  const live = request.cache === 'no-store';
  let answer: Answer;
  try {
    answer = await fetchWhole(request, BUILD_TIMEOUT_MS, BUILD_JSON_MAX_BYTES);
  } catch (e) {
    const copy = live ? undefined : await cached(request.url);
    if (copy) return copy;
    throw e;
  }
  const { res, keepable } = answer;
  // Kept only when it is a build.json of ours: never an error page, a prefix or a bad id.
  const good = keepable && readBuildJson(200, await res.clone().text()).ok;
  if (good) await put(new Request(request.url), res.clone());
  if (good || live) return res;
  return (await cached(request.url)) || res;
}

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin || !url.pathname.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    if (isWallPage(url)) event.respondWith(page(request, url));
    return;
  }
  if (url.pathname.startsWith(`${SCOPE}_astro/`)) event.respondWith(cacheFirst(request));
  else if (url.pathname === `${SCOPE}build.json`) event.respondWith(buildJson(request));
  else if (['font', 'image', 'style', 'script'].includes(request.destination) || url.pathname.startsWith(`${SCOPE}brand/`))
    event.respondWith(networkFirst(request));
  // Anything else (the wall's check of a new page, data.json, the poster) goes to the network untouched.
});

async function readUsage(cache: Cache): Promise<Record<string, number>> {
  try {
    const res = await cache.match(USAGE);
    const data: unknown = res ? await res.json() : null;
    return data && typeof data === 'object' ? (data as Record<string, number>) : {};
  } catch {
    return {};
  }
}

// The page tells us, after a successful load, which files it used: keep them, and keep
// the page itself when the server still has that build. Then forget build files no page
// has used for two weeks, so the cache does not grow with deploys. Age, not the page's
// list, decides: a list may miss a file (a chart loaded late), and deleting a file the
// page still needs would break the next offline restart.
async function remember(message: RememberMessage): Promise<number> {
  const cache = await caches.open(CACHE);
  let pageUrl: string;
  try {
    pageUrl = pageKey(new URL(String(message.page)));
  } catch {
    return 0;
  }
  const files = Array.isArray(message.files) ? message.files.map(String) : [];
  const ours = (u: string): boolean => {
    try {
      const url = new URL(u);
      return url.origin === worker.location.origin && url.pathname.startsWith(SCOPE);
    } catch {
      return false;
    }
  };
  if (!ours(pageUrl)) return 0;
  const now = Date.now();
  const astro = `${SCOPE}_astro/`;
  const keys = files.filter(ours).map((u) => {
    const url = new URL(u);
    return url.pathname.startsWith(astro) ? `${url.origin}${url.pathname}` : url.href;
  });
  for (const u of new Set(keys)) {
    used.set(u, now);
    if (await cache.match(u)) continue;
    try {
      const max = u.endsWith('/build.json') ? BUILD_JSON_MAX_BYTES : FILE_MAX_BYTES;
      const { res, keepable } = await fetchWhole(new Request(u, { cache: 'no-cache' }), FILE_TIMEOUT_MS, max);
      if (keepable) await cache.put(u, res);
    } catch {
      /* offline, or too slow: what is already kept stays */
    }
  }
  if (!(await cache.match(pageUrl))) {
    try {
      const answer = await fetchWhole(new Request(pageUrl, { cache: 'no-cache' }), FILE_TIMEOUT_MS, PAGE_MAX_BYTES);
      // The server may already hold a newer build than the one on screen: keep the page
      // only when it is the build whose files were just listed.
      if (answer.keepable && pageBuildId(await answer.res.clone().text()) === String(message.buildId)) {
        await cache.put(pageUrl, answer.res);
      }
    } catch {
      /* offline */
    }
  }
  const usage = await readUsage(cache);
  for (const [u, t] of used) usage[u] = Math.max(usage[u] ?? 0, t);
  used.clear();
  for (const req of await cache.keys()) {
    if (!new URL(req.url).pathname.startsWith(astro)) continue;
    const last = usage[req.url];
    if (!last) usage[req.url] = now;
    else if (now - last > UNUSED_FOR_MS) {
      await cache.delete(req);
      delete usage[req.url];
    }
  }
  for (const u of Object.keys(usage)) if (!(await cache.match(u))) delete usage[u];
  await cache.put(USAGE, new Response(JSON.stringify(usage), { headers: { 'Content-Type': 'application/json' } }));
  return (await cache.keys()).length;
}

worker.addEventListener('message', (event) => {
  const data = event.data as Partial<RememberMessage> | null;
  if (!data || data.type !== 'miroir-remember') return;
  event.waitUntil(
    remember(data as RememberMessage).then((count) => {
      if (event.source) event.source.postMessage({ type: 'miroir-cached', count });
    }),
  );
});
