// Dates as people and exports write them: ISO `2026-03-15`, French `15/03/2026`,
// either followed by a time (`15/03/2026 14:02:11`, `2026-03-15T14:02`).

export interface ParsedDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` (24 h) when the value had a time. */
  time?: string;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const FR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number, h = 0, min = 0, s = 0): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || min > 59 || s > 59) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export function parseDate(input: string): ParsedDate | undefined {
  const s = input.trim();
  let y: number, m: number, d: number, h: number | undefined, min: number | undefined, sec: number | undefined;
  let match = ISO.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    [h, min, sec] = [match[4], match[5], match[6]].map((x) => (x === undefined ? undefined : Number(x)));
  } else if ((match = FR.exec(s))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    [h, min, sec] = [match[4], match[5], match[6]].map((x) => (x === undefined ? undefined : Number(x)));
  } else {
    return undefined;
  }
  if (!valid(y, m, d, h, min, sec)) return undefined;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return h === undefined ? { date } : { date, time: `${pad(h)}:${pad(min ?? 0)}` };
}

/** Today as `YYYY-MM-DD` in `timezone`, unless MIROIR_TODAY fixes it. */
export function todayIn(timezone: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const fixed = env.MIROIR_TODAY?.trim();
  if (fixed) {
    const p = parseDate(fixed);
    if (p) return p.date;
  }
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export { daysBetween } from '../calendar.ts';
