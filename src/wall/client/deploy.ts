// New deployments: reading build.json, and making sure a new build is whole (its page
// and every file the page needs answer 200) before the wall reloads into it. A partial
// deploy, a 404 or a 503 must never replace good content on the screen.
import { CONFIG_ID } from './config.ts';

export type BuildCheck = { ok: true; id: string } | { ok: false; reason: 'network' | 'status' | 'invalid' };

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** build.json's answer, judged: only a 200 with `{"id": "<non-empty string>"}` counts. */
export function readBuildJson(status: number, body: string): BuildCheck {
  if (status !== 200) return { ok: false, reason: 'status' };
  try {
    const data: unknown = JSON.parse(body);
    if (typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string') {
      const id = (data as { id: string }).id.trim();
      if (id !== '') return { ok: true, id };
    }
  } catch {
    /* an HTML error page served as build.json: invalid, below */
  }
  return { ok: false, reason: 'invalid' };
}

/** fetch with a deadline: a server that accepts the connection and never answers is down too. */
export async function fetchWithin(fetchFn: Fetch, url: string, ms: number, init: RequestInit = {}): Promise<Response> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  try {
    return await fetchFn(url, { ...init, signal: abort.signal });
  } finally {
    clearTimeout(timer);
  }
}

export async function checkBuild(url: string, fetchFn: Fetch = fetch, timeoutMs = 15_000): Promise<BuildCheck> {
  try {
    const res = await fetchWithin(fetchFn, url, timeoutMs, { cache: 'no-store', credentials: 'same-origin' });
    const body = res.status === 200 ? await res.text() : '';
    return readBuildJson(res.status, body);
  } catch {
    return { ok: false, reason: 'network' };
  }
}

const TAG = /<(script|link|img|source)\b([^>]*)>/gi;
const ATTR = /([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
const LINK_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'icon', 'apple-touch-icon', 'manifest']);

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

function sameOrigin(ref: string, baseUrl: string): string | null {
  if (ref === '' || ref.startsWith('data:') || ref.startsWith('#')) return null;
  try {
    const u = new URL(ref.replace(/&amp;/g, '&'), baseUrl);
    if (u.origin !== new URL(baseUrl).origin) return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/**
 * The same-origin files a page loads by itself: scripts, stylesheets, preloads, icons
 * and images (links to other pages are not its files). Attribute order and quoting vary.
 */
export function pageAssets(html: string, pageUrl: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(TAG)) {
    const name = m[1]!.toLowerCase();
    const attrs = attributes(m[2] ?? '');
    let ref: string | undefined;
    if (name === 'link') {
      const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (rels.some((r) => LINK_RELS.has(r))) ref = attrs.get('href');
    } else {
      ref = attrs.get('src');
    }
    const url = ref === undefined ? null : sameOrigin(ref, pageUrl);
    if (url) out.add(url);
  }
  return [...out];
}

/** Fonts and images a stylesheet refers to with url(…), resolved against the stylesheet. */
export function stylesheetAssets(css: string, cssUrl: string): string[] {
  const out = new Set<string>();
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    const url = sameOrigin(m[1] ?? m[2] ?? m[3] ?? '', cssUrl);
    if (url) out.add(url);
  }
  return [...out];
}

/** The build id written in a page's runtime settings, or null. */
export function pageBuildId(html: string): string | null {
  const m = new RegExp(`<script\\b[^>]*\\bid=["']?${CONFIG_ID}["']?[^>]*>([\\s\\S]*?)</script>`, 'i').exec(html);
  if (!m) return null;
  try {
    const data: unknown = JSON.parse(m[1]!);
    const id = (data as { buildId?: unknown } | null)?.buildId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/**
 * Whether the build `expectedId` is whole at `pageUrl`: the page answers 200 and was
 * rendered by that build, and every file it loads (and every font its stylesheets load)
 * answers 200. Fetching them through the service worker also stores them for offline use.
 */
export async function verifyBuild(pageUrl: string, expectedId: string, fetchFn: Fetch = fetch, timeoutMs = 30_000): Promise<boolean> {
  try {
    const page = await fetchWithin(fetchFn, pageUrl, timeoutMs, { cache: 'no-store', credentials: 'same-origin' });
    if (page.status !== 200) return false;
    const html = await page.text();
    if (pageBuildId(html) !== expectedId) return false;
    const files = pageAssets(html, pageUrl);
    const more: string[] = [];
    for (const url of files) {
      const res = await fetchWithin(fetchFn, url, timeoutMs, { credentials: 'same-origin' });
      if (res.status !== 200) return false;
      if (/\.css(\?|$)/.test(new URL(url).pathname)) more.push(...stylesheetAssets(await res.text(), url));
      else await res.arrayBuffer();
    }
    for (const url of more) {
      const res = await fetchWithin(fetchFn, url, timeoutMs, { credentials: 'same-origin' });
      if (res.status !== 200) return false;
      await res.arrayBuffer();
    }
    return true;
  } catch {
    return false;
  }
}
