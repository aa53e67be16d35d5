// New deployments: reading build.json, and making sure a new build is whole (its page
// and every file the page needs answer 200) before the wall reloads into it. A partial
// deploy, a 404 or a 503 must never replace good content on the screen.
import { BUILD_JSON_MAX_BYTES, FILE_MAX_BYTES, PAGE_MAX_BYTES, readCapped, readText, TooLarge, within } from './bounded.ts';
import { CONFIG_ID } from './config.ts';

export type BuildCheck = { ok: true; id: string } | { ok: false; reason: BuildFailure };
/**
 * network: no whole answer in time (down, dropped, stalled); status: an error status (a
 * 404 or 503 mid-deploy); invalid: a 200 that is not our build.json (an HTML page, a
 * numeric id); oversize: a body far longer than any build.json. The last two mean the
 * server answers but the deploy looks broken.
 */
export type BuildFailure = 'network' | 'status' | 'invalid' | 'oversize';

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

/** Whether a failed check means the server answers with something broken (not an outage). */
export function brokenDeploy(result: BuildCheck): boolean {
  return !result.ok && (result.reason === 'invalid' || result.reason === 'oversize');
}

export async function checkBuild(url: string, fetchFn: Fetch = fetch, timeoutMs = 15_000): Promise<BuildCheck> {
  try {
    // The deadline covers the body too: headers then silence is no answer.
    return await within(timeoutMs, async (signal) => {
      const res = await fetchFn(url, { cache: 'no-store', credentials: 'same-origin', signal });
      if (res.status !== 200) {
        await res.body?.cancel().catch(() => {});
        return readBuildJson(res.status, '');
      }
      return readBuildJson(200, await readText(res, BUILD_JSON_MAX_BYTES));
    });
  } catch (e) {
    return { ok: false, reason: e instanceof TooLarge ? 'oversize' : 'network' };
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
 * Whether the build `expectedId` is whole at `pageUrl`: the page answers 200, itself (not
 * through a redirect to a login) and was rendered by that build, and every file it loads
 * (and every font its stylesheets load) answers 200, each whole within the deadline and
 * its size cap. Fetching them through the service worker also stores them for offline use.
 */
export async function verifyBuild(pageUrl: string, expectedId: string, fetchFn: Fetch = fetch, timeoutMs = 30_000): Promise<boolean> {
  const read = (url: string, init: RequestInit, max: number): Promise<Response | Uint8Array> =>
    within(timeoutMs, async (signal) => {
      const res = await fetchFn(url, { ...init, credentials: 'same-origin', signal });
      if (res.status !== 200 || res.redirected) {
        await res.body?.cancel().catch(() => {});
        return res;
      }
      return readCapped(res, max);
    });
  const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
  try {
    const page = await read(pageUrl, { cache: 'no-store' }, PAGE_MAX_BYTES);
    if (page instanceof Response) return false;
    const html = text(page);
    if (pageBuildId(html) !== expectedId) return false;
    const more: string[] = [];
    for (const url of pageAssets(html, pageUrl)) {
      const file = await read(url, {}, FILE_MAX_BYTES);
      if (file instanceof Response) return false;
      if (/\.css(\?|$)/.test(new URL(url).pathname)) more.push(...stylesheetAssets(text(file), url));
    }
    for (const url of more) if ((await read(url, {}, FILE_MAX_BYTES)) instanceof Response) return false;
    return true;
  } catch {
    return false;
  }
}
