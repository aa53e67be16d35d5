// The page's side of the service worker (src/wall/client/sw.ts, served as /sw.js): register it over the whole
// base path, and once the page has loaded, hand it the list of files this page used
// so it can keep them (and drop the files of builds no page needs any more).
import { stylesheetAssets } from './deploy.ts';

const SW_FILE = 'sw.js';

/** Same-origin files the page loaded by itself (scripts, styles, fonts, images), not its fetches. */
export function loadedFiles(entries: readonly { name: string; initiatorType: string }[], origin: string, base: string): string[] {
  const out = new Set<string>();
  for (const e of entries) {
    if (e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest' || e.initiatorType === 'beacon') continue;
    let u: URL;
    try {
      u = new URL(e.name);
    } catch {
      continue;
    }
    if (u.origin !== origin || !u.pathname.startsWith(base) || u.pathname.endsWith(`/${SW_FILE}`)) continue;
    u.hash = '';
    out.add(u.href);
  }
  return [...out];
}

/**
 * The files the document itself names: scripts, stylesheets, preloads, images, Astro
 * islands' component and renderer modules, and fonts declared by same-origin
 * stylesheets. Completes the resource timing list (which the browser caps, and which
 * misses nothing here only while it has room).
 */
export function documentFiles(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll<HTMLScriptElement>('script[src]')) out.push(el.src);
  for (const el of doc.querySelectorAll<HTMLLinkElement>('link[href]')) {
    if (/\b(stylesheet|preload|modulepreload|icon)\b/i.test(el.rel)) out.push(el.href);
  }
  for (const el of doc.querySelectorAll<HTMLImageElement>('img[src]')) out.push(el.currentSrc || el.src);
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours to keep
    }
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSFontFaceRule) out.push(...stylesheetAssets(rule.style.getPropertyValue('src'), sheet.href ?? doc.baseURI));
    }
  }
  return out;
}

export interface OfflineCache {
  /** Asks the worker to keep this page and its files (after a successful load). */
  remember(): void;
}

export function setUpOfflineCache(base: string, buildId: string, onCached: (count: number) => void): OfflineCache {
  const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
  // Service workers need a secure origin (https, or localhost): on plain http the wall
  // still rotates and survives outages while it stays open, but not a browser restart.
  if (!sw) return { remember() {} };
  sw.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; count?: unknown } | null;
    if (data?.type === 'miroir-cached' && typeof data.count === 'number') onCached(data.count);
  });
  sw.register(`${base}${SW_FILE}`, { scope: base }).catch(() => {
    /* no worker (private mode, policy): the wall runs without the offline copy */
  });
  return {
    remember() {
      sw.ready
        .then((reg) => {
          const page = `${location.origin}${location.pathname}`;
          const entries = [
            ...(performance.getEntriesByType?.('resource') ?? []),
            ...documentFiles(document).map((name) => ({ name, initiatorType: 'other' })),
          ] as { name: string; initiatorType: string }[];
          const files = loadedFiles(entries, location.origin, base);
          reg.active?.postMessage({ type: 'miroir-remember', page, buildId, files: [...files, `${location.origin}${base}build.json`] });
        })
        .catch(() => {});
    },
  };
}
