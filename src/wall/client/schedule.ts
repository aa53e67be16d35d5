// When the wall is on: opening hours and days in the site's time zone, whatever zone
// the kiosk's own clock is set to (TV sticks often ship on UTC), and the quiet hour of
// the daily safety reload. Pure: every function takes the instant it reasons about.
import type { Weekday } from '../../model.ts';

export interface Hours {
  /** Minutes since local midnight; an end before the start runs overnight; the end may be 1440. */
  start: number;
  end: number;
}

export interface Schedule {
  hours?: Hours | null;
  days?: readonly Weekday[] | null;
  timeZone: string;
}

export interface LocalTime {
  weekday: Weekday;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
  /** Seconds into the current minute, so a timer can wake on the minute. */
  seconds: number;
}

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const EN_SHORT: Record<string, Weekday> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

// A formatter per zone: building one costs far more than formatting, and the wall asks
// every minute for weeks.
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    } catch {
      // An unknown zone is refused by the data check; a kiosk with an old zone database
      // falls back to its own clock rather than going dark for good.
      f = new Intl.DateTimeFormat('en-US', { weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

export function localTime(now: Date, timeZone: string): LocalTime {
  let weekday: Weekday = 'mon';
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const p of partsFormatter(timeZone).formatToParts(now)) {
    if (p.type === 'weekday') weekday = EN_SHORT[p.value] ?? 'mon';
    else if (p.type === 'hour') hour = Number(p.value) % 24;
    else if (p.type === 'minute') minute = Number(p.value);
    else if (p.type === 'second') second = Number(p.value);
  }
  return { weekday, minutes: hour * 60 + minute, seconds: second };
}

function previousDay(d: Weekday): Weekday {
  return WEEK[(WEEK.indexOf(d) + 6) % 7]!;
}

/** Whether the screen is on at `local`, by `hours` and `days` (both optional). */
export function isOpenAt(local: Pick<LocalTime, 'weekday' | 'minutes'>, schedule: Omit<Schedule, 'timeZone'>): boolean {
  const { hours, days } = schedule;
  const onDay = (d: Weekday): boolean => !days || days.length === 0 || days.includes(d);
  if (!hours) return onDay(local.weekday);
  const m = local.minutes;
  if (hours.start < hours.end) return onDay(local.weekday) && m >= hours.start && m < hours.end;
  // Overnight (22:00-06:00): the early-morning part belongs to the day the evening began.
  if (m >= hours.start) return onDay(local.weekday);
  if (m < hours.end) return onDay(previousDay(local.weekday));
  return false;
}

export function isOpen(now: Date, schedule: Schedule): boolean {
  return isOpenAt(localTime(now, schedule.timeZone), schedule);
}

/** Milliseconds until the next local minute starts (at least 1 s, so a timer never spins). */
export function msToNextMinute(now: Date, timeZone: string): number {
  const { seconds } = localTime(now, timeZone);
  const ms = (60 - seconds) * 1000 - now.getMilliseconds();
  return Math.max(1000, ms);
}

const QUIET_CANDIDATES = [3, 4, 2, 5, 1, 0, 23, 22, 6, 21];

/**
 * The local hour of the daily safety reload: 03:00 unless the screen is on then on some
 * day, else the first nearby hour that is closed every day of the week (a reload blinks
 * the screen: nobody should see it). A wall that is never closed keeps 03:00.
 */
export function quietHour(schedule: Omit<Schedule, 'timeZone'>): number {
  if (!schedule.hours) return 3;
  for (const h of QUIET_CANDIDATES) {
    const closedAllWeek = WEEK.every((weekday) => {
      for (let m = h * 60; m < h * 60 + 60; m += 15) if (isOpenAt({ weekday, minutes: m }, { hours: schedule.hours })) return false;
      return true;
    });
    if (closedAllWeek) return h;
  }
  return 3;
}

/**
 * When the daily safety reload is due: in the quiet hour (site time), from a minute
 * of its own that spreads many screens' reloads over the hour, and only for a page
 * that has been up at least two hours (so a page that just reloaded never does again).
 */
export function safetyReloadDue(localMinutes: number, quietHour: number, offsetMinutes: number, uptimeMs: number): boolean {
  const from = quietHour * 60 + offsetMinutes;
  return localMinutes >= from && localMinutes < quietHour * 60 + 60 && uptimeMs >= 2 * 3600_000;
}

const stampFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `YYYY-MM-DDTHH:MM` in `timeZone`: the form announcements.yaml's start and end take once
 * read, so the wall compares them as strings (in time order) by its own clock.
 */
export function localStamp(now: Date, timeZone: string): string {
  let f = stampFormatters.get(timeZone);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    try {
      f = new Intl.DateTimeFormat('en-CA', { ...opts, timeZone });
    } catch {
      f = new Intl.DateTimeFormat('en-CA', opts);
    }
    stampFormatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(now)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${String(Number(p.hour) % 24).padStart(2, '0')}:${p.minute}`;
}
