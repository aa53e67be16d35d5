// Whether the wall tells people something is wrong with its server, and what. One failed
// check can be a blip (a server restart during a deploy); two in a row, a quarter-minute
// apart, is an outage — or, when the server answers with something that is not our
// build.json, a broken deploy, which the strip says as such (« Hors ligne » would send
// someone to check the network for nothing).
import { DOM } from '../../dom.ts';

export const CHECK_EVERY_MS = 60_000;
export const RETRY_EVERY_MS = 15_000;
/** While dark nobody sees the screen: a new build can wait a quarter of an hour. */
export const DARK_CHECK_EVERY_MS = 15 * 60_000;
export const FAILURES_BEFORE_STRIP = 2;

/** What the strip says: no answer, a broken deploy, or an update a cache holds back. */
export type StripKind = 'offline' | 'broken' | 'held';

export interface Connectivity {
  /** Records a check (`broken`: the server answered, with something unusable); returns whether the strip should show. */
  record(ok: boolean, broken?: boolean): boolean;
  readonly offline: boolean;
  /** Why the strip shows, once it does: the last failure's kind. */
  readonly kind: 'offline' | 'broken' | null;
  /** When to check next: sooner while failing, so the strip comes and goes promptly. */
  readonly nextCheckMs: number;
  /** The same, and once a quarter of an hour while the screen is dark. */
  delay(dark: boolean): number;
}

export function createConnectivity(): Connectivity {
  let failures = 0;
  let broken = false;
  const c: Connectivity = {
    record(ok, isBroken = false) {
      failures = ok ? 0 : failures + 1;
      broken = !ok && isBroken;
      return failures >= FAILURES_BEFORE_STRIP;
    },
    get offline() {
      return failures >= FAILURES_BEFORE_STRIP;
    },
    get kind() {
      if (failures < FAILURES_BEFORE_STRIP) return null;
      return broken ? 'broken' : 'offline';
    },
    get nextCheckMs() {
      return failures > 0 ? RETRY_EVERY_MS : CHECK_EVERY_MS;
    },
    delay(dark) {
      return dark ? DARK_CHECK_EVERY_MS : c.nextCheckMs;
    },
  };
  return c;
}

export interface Strip {
  show(kind: StripKind | null): void;
}

/**
 * The server-rendered strip: its text is the offline sentence, and `data-broken` /
 * `data-held` carry the others in the page's locale (every word is written at build
 * time). <html> gets data-wall-disconnected while it shows: the footer's date steps aside.
 */
export function createStrip(el: HTMLElement | null, root: HTMLElement): Strip {
  const texts: Record<StripKind, string> = {
    offline: el?.textContent ?? '',
    broken: el?.getAttribute(DOM.broken) ?? '',
    held: el?.getAttribute(DOM.held) ?? '',
  };
  let shown: StripKind | null = null;
  return {
    show(kind) {
      if (!el || kind === shown) return;
      shown = kind;
      if (kind) {
        el.textContent = texts[kind] || texts.offline;
        el.setAttribute(DOM.strip, kind);
      } else el.removeAttribute(DOM.strip);
      el.hidden = kind === null;
      root.toggleAttribute(DOM.disconnected, kind !== null);
    },
  };
}
