// The settings the page hands to its runtime, as JSON in
// <script type="application/json" id="miroir-wall"> (a data block: nothing inline runs,
// so the Content-Security-Policy can stay strict). Written at build time by
// WallRuntime.astro, read in the browser by readConfig().
import type { Locale, Weekday } from '../../model.ts';
import type { AnnouncementWindow, DayPartConfig } from './playlist.ts';
import type { Hours } from './schedule.ts';

export const CONFIG_ID = 'miroir-wall';

export interface WallRuntimeConfig {
  /** build.json's `id` for the build that rendered this page. */
  buildId: string;
  /** `default` or the screen id, for the service worker's bookkeeping. */
  screen: string;
  slideSeconds: number;
  hours: Hours | null;
  days: Weekday[] | null;
  /** IANA zone of the site: opening hours and the night clock follow it, not the kiosk. */
  timezone: string;
  locale: Locale;
  /** Astro's base URL, always ending with `/`. */
  base: string;
  /** `YYYY-MM-DD`: the day of the data on screen. */
  dataDate: string;
  /** Slide id → when it shows (slides without a day-part show whenever the screen is on). */
  dayparts: Record<string, DayPartConfig>;
  /** When each announcement section of the page shows. */
  announcements: AnnouncementWindow[];
  /** The uptime monitor's address and period, or null. */
  heartbeat: { url: string; minutes: number } | null;
}

const WEEKDAYS = new Set<string>(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The JSON to embed, safe inside a <script> element (no `</script>` can close it early). */
export function configJson(config: WallRuntimeConfig): string {
  return JSON.stringify({ ...config, base: withSlash(config.base) })
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function minutes(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1440 ? v : null;
}

function readHours(v: unknown): Hours | null {
  if (typeof v !== 'object' || v === null) return null;
  const h = v as Record<string, unknown>;
  const start = minutes(h.start);
  const end = minutes(h.end);
  return start !== null && end !== null && start !== end ? { start, end } : null;
}

function readDays(v: unknown): Weekday[] | null {
  const days = Array.isArray(v) ? (v.filter((d) => typeof d === 'string' && WEEKDAYS.has(d)) as Weekday[]) : null;
  return days && days.length > 0 ? days : null;
}

const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function readDayparts(v: unknown): Record<string, DayPartConfig> {
  const out: Record<string, DayPartConfig> = {};
  if (typeof v !== 'object' || v === null) return out;
  for (const [slide, raw] of Object.entries(v as Record<string, unknown>)) {
    const part = (raw ?? {}) as Record<string, unknown>;
    out[slide] = { hours: readHours(part.hours), days: readDays(part.days) };
  }
  return out;
}

function readWindows(v: unknown): AnnouncementWindow[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((raw): AnnouncementWindow[] => {
    const a = (raw ?? {}) as Record<string, unknown>;
    if (typeof a.id !== 'string' || typeof a.start !== 'string' || typeof a.end !== 'string' || !STAMP.test(a.start) || !STAMP.test(a.end)) return [];
    return [{ id: a.id, start: a.start, end: a.end, urgent: a.urgent === true }];
  });
}

function readHeartbeat(v: unknown): WallRuntimeConfig['heartbeat'] {
  if (typeof v !== 'object' || v === null) return null;
  const b = v as Record<string, unknown>;
  if (typeof b.url !== 'string' || !/^https?:\/\//.test(b.url)) return null;
  const m = typeof b.minutes === 'number' && b.minutes >= 1 && b.minutes <= 1440 ? b.minutes : 5;
  return { url: b.url, minutes: m };
}

/**
 * The page's settings, or null when the block is missing or unreadable (the wall then
 * shows its server-rendered first slide, which is better than a script error).
 * Out-of-range values fall back to the contract's defaults.
 */
export function readConfig(text: string | null | undefined): WallRuntimeConfig | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  if (typeof o.buildId !== 'string' || o.buildId === '') return null;
  const seconds = typeof o.slideSeconds === 'number' && o.slideSeconds >= 5 && o.slideSeconds <= 600 ? o.slideSeconds : 20;
  return {
    buildId: o.buildId,
    screen: typeof o.screen === 'string' ? o.screen : 'default',
    slideSeconds: seconds,
    hours: readHours(o.hours),
    days: readDays(o.days),
    timezone: typeof o.timezone === 'string' && o.timezone !== '' ? o.timezone : 'Europe/Paris',
    locale: o.locale === 'en' ? 'en' : 'fr',
    base: withSlash(typeof o.base === 'string' && o.base.startsWith('/') ? o.base : '/'),
    dataDate: typeof o.dataDate === 'string' ? o.dataDate : '',
    dayparts: readDayparts(o.dayparts),
    announcements: readWindows(o.announcements),
    heartbeat: readHeartbeat(o.heartbeat),
  };
}
