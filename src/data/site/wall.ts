// The wall settings of site.yaml, shared by `wall:` and each entry of `screens:`:
// rotation (slides, slide_seconds) and when the screen is on (hours, days).
import { z } from 'zod';
import { SLIDES, WEEKDAYS, type DayPart, type OpeningHours, type SlideId, type Weekday } from '../../model.ts';
import { DAY_WORDS, SLIDE_WORDS } from '../../words/choices.ts';
import { choices, enumParams, pick } from '../choices.ts';
import { blankAsAbsent } from '../common-schemas.ts';
import { suggest } from '../sources/text.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { Path, YamlSource } from '../sources/yaml.ts';
import { choice, numberIn, flag, report, text } from '../validate.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

export type HoursResult =
  | { ok: true; hours: { start: number; end: number; text: string } }
  | { ok: false; code: 'site.hours_format' | 'site.hours_same' }
  | { ok: false; code: 'site.hours_time'; time: string };

// `07:30-19:30` as the contract writes it; a one-digit hour and spaces around the dash
// are forgiven. French `7h30` is not: the message shows the expected form.
const RANGE = /^(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})$/;

/**
 * Opening hours in minutes since midnight. An end before the start is an overnight
 * range (22:00-06:00: on from 22:00 until 06:00 the next morning); 24:00 may end a range.
 */
export function parseHours(input: string): HoursResult {
  const m = RANGE.exec(input.trim());
  if (!m) return { ok: false, code: 'site.hours_format' };
  const times: number[] = [];
  for (const [i, [h, mm]] of [
    [m[1], m[2]],
    [m[3], m[4]],
  ].entries()) {
    const hour = Number(h);
    const min = Number(mm);
    const isEnd = i === 1;
    if (min > 59 || hour > 24 || (hour === 24 && (min > 0 || !isEnd))) return { ok: false, code: 'site.hours_time', time: `${pad(hour)}:${pad(min)}` };
    times.push(hour * 60 + min);
  }
  const [start, end] = times as [number, number];
  if (start === end) return { ok: false, code: 'site.hours_same' };
  const clock = (t: number): string => `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
  return { ok: true, hours: { start, end, text: `${clock(start)}-${clock(end)}` } };
}

export function hours() {
  return text().transform((v, ctx) => {
    const r = parseHours(v);
    if (r.ok) return r.hours;
    return r.code === 'site.hours_time' ? report(ctx, r.code, { time: r.time }) : report(ctx, r.code);
  });
}

/** The rotation: its order, and the slides shown only part of the day or week. */
export interface SlideRotation {
  slides: SlideId[];
  dayparts: Partial<Record<SlideId, DayPart>>;
}

type Entry = { slide: SlideId; hours?: OpeningHours | undefined; days?: Weekday[] | undefined };

function slideEntry() {
  const part = z.object({ slide: choice(SLIDES, SLIDE_WORDS), hours: blankAsAbsent(hours()), days: blankAsAbsent(days()) });
  const keys = Object.keys(part.shape);
  const plain = choice(SLIDES, SLIDE_WORDS);
  // A plain id or `{ slide, hours, days }`: the shape written picks the schema, so the
  // message speaks of what the person wrote rather than of a failed union. Keys are
  // checked here because the checker cannot see through this choice to suggest them.
  return z
    .unknown()
    .transform((v, ctx): Entry => {
      const isObject = typeof v === 'object' && v !== null && !Array.isArray(v);
      if (isObject) {
        const o = v as Record<string, unknown>;
        const meant: (string | undefined)[] = [];
        for (const k of Object.keys(o)) {
          if (keys.includes(k)) continue;
          meant.push(suggest(k, keys));
          flag(ctx, 'key.unknown', { key: k, suggestion: meant.at(-1) }, [k]);
        }
        const bad = meant.length > 0;
        // `slid: mirror` is reported once, as a misspelt key, not also as a missing `slide`.
        if (o.slide === undefined && !meant.includes('slide')) return report(ctx, 'key.required', { key: 'slide' });
        if (bad) return z.NEVER;
      }
      const r = isObject ? part.safeParse(v) : plain.safeParse(v);
      if (r.success) return typeof r.data === 'string' ? { slide: r.data } : r.data;
      for (const issue of r.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
      return z.NEVER;
    })
    .meta({
      anyOf: [
        { enum: [...SLIDES] },
        {
          type: 'object',
          properties: { slide: { enum: [...SLIDES] }, hours: { type: 'string' }, days: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } },
          required: ['slide'],
          additionalProperties: false,
        },
      ],
    });
}

/**
 * Rotation order: a non-empty list of slide ids (no aliases: they are also `data-slide`
 * names), each once; an entry may be `{ slide, hours, days }` to show it only then.
 */
export function slides() {
  return z.array(slideEntry()).transform((list, ctx): SlideRotation => {
    if (list.length === 0) return report(ctx, 'value.empty');
    const ids = list.map((e) => e.slide);
    const dayparts: SlideRotation['dayparts'] = {};
    ids.forEach((s, i) => {
      if (ids.indexOf(s) !== i) flag(ctx, 'site.duplicate_item', { found: s, list: 'slides' }, [i]);
    });
    for (const e of list) {
      const part: DayPart = {};
      if (e.hours) part.hours = e.hours;
      if (e.days) part.days = e.days;
      if (part.hours || part.days) dayparts[e.slide] = part;
    }
    return { slides: ids, dayparts };
  });
}

/** `wall.heartbeat`: an https address (http only on this machine) and its period in minutes. */
export function heartbeat() {
  const address = text().transform((v, ctx): string => {
    let u: URL | undefined;
    try {
      u = new URL(v);
    } catch {
      u = undefined;
    }
    const local = u !== undefined && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
    return u && (u.protocol === 'https:' || (u.protocol === 'http:' && local)) ? u.href : report(ctx, 'site.heartbeat_url');
  });
  return z.strictObject({ url: address, minutes: numberIn(1, 1440, { int: true }).default(5) });
}

/**
 * An Uptime Kuma push address (`…/api/push/<token>`) counts a beat as up only when its
 * `status` is `up` (or absent, but the wall then adds `status=on`): without `?status=up`
 * every beat of a working screen would raise an outage, so it is a warning at its line.
 */
export function checkHeartbeats(src: YamlSource, diags: Diagnostics): void {
  const screens = src.raw(['screens']);
  const paths: Path[] = [['wall', 'heartbeat', 'url'], ...(Array.isArray(screens) ? screens.map((_, i): Path => ['screens', i, 'heartbeat', 'url']) : [])];
  for (const p of paths) {
    const raw = src.raw(p);
    if (typeof raw !== 'string' || !URL.canParse(raw)) continue;
    const u = new URL(raw);
    if (/\/api\/push\/[^/]+\/?$/.test(u.pathname) && u.searchParams.get('status') !== 'up') {
      diags.warning(src.file, src.locate(p), 'site.heartbeat_kuma_status', { found: raw });
    }
  }
}

const DAYS = choices(WEEKDAYS, DAY_WORDS);
const dayNumber = (word: string): number | undefined => {
  const day = pick(DAYS, word);
  return day === undefined ? undefined : WEEKDAYS.indexOf(day);
};

/** `mon` or a range such as `lun-ven` (which may wrap round: `sat-mon`) → day numbers. */
function dayNumbers(word: string): number[] | { bad: string } {
  const parts = word.split(/\s*[-–à]\s*/);
  const nums = parts.map(dayNumber);
  const bad = parts.find((_, i) => nums[i] === undefined);
  if (bad !== undefined || parts.length > 2) return { bad: bad ?? word };
  if (nums.length === 1) return [nums[0]!];
  const out: number[] = [];
  for (let d = nums[0]!; ; d = (d + 1) % 7) {
    out.push(d);
    if (d === nums[1]) return out;
  }
}

/**
 * Days the screen is on: a list (`[mon, tue]`, `[lun, mar]`) or a text (`lun-ven`,
 * `mon, wed, fri`), in English or French; returned in week order.
 */
export function days() {
  return z.unknown().transform((v, ctx): Weekday[] => {
    const items: { word: string; path: number[] }[] = [];
    if (Array.isArray(v)) {
      v.forEach((x, i) => items.push({ word: typeof x === 'string' ? x : String(x ?? ''), path: [i] }));
    } else if (typeof v === 'string' && v.trim() !== '') {
      const words = v.trim().replace(/\s*([-–])\s*/g, '$1').replace(/\s+à\s+/g, '-').split(/[\s,;]+/);
      for (const w of words) if (w !== '') items.push({ word: w, path: [] });
    } else {
      return report(ctx, 'value.empty');
    }
    if (items.length === 0) return report(ctx, 'value.empty');
    const seen = new Set<number>();
    let failed = false;
    for (const { word, path } of items) {
      const nums = dayNumbers(word);
      if (!Array.isArray(nums)) {
        flag(ctx, 'value.enum', { found: nums.bad, ...enumParams(DAYS, nums.bad) }, path);
        failed = true;
        continue;
      }
      for (const n of nums) {
        if (seen.has(n)) {
          flag(ctx, 'site.duplicate_item', { found: nums.length === 1 ? word : WEEKDAYS[n], list: 'days' }, path);
          failed = true;
        }
        seen.add(n);
      }
    }
    return failed ? z.NEVER : WEEKDAYS.filter((_, i) => seen.has(i));
  });
}

export const slideSeconds = () => numberIn(5, 600, { int: true });
