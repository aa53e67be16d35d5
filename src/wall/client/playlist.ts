// What the rotation plays at a given moment: the slides whose day-part is on (never
// none: the verbatims stay), then the announcements between their start and end, by
// the wall's own clock; an urgent announcement takes the screen at once and comes back
// every other slide. Pure (playlistAt, nextIndex) plus a small stateful wrapper that
// also hides the progress steps of what is not playing.
import type { Weekday } from '../../model.ts';
import { isOpenAt, type Hours, type LocalTime } from './schedule.ts';

export interface DayPartConfig {
  hours: Hours | null;
  days: Weekday[] | null;
}

export interface AnnouncementWindow {
  id: string;
  /** `YYYY-MM-DDTHH:MM`, site time. */
  start: string;
  end: string;
  urgent: boolean;
}

export interface SectionMeta {
  slide: string;
  announcement?: string | undefined;
}

export interface Playlist {
  /** Section indexes in rotation order: slides, then normal announcements. */
  regular: number[];
  /** Urgent announcements showing now, in file order. */
  urgent: number[];
}

export interface Moment extends Pick<LocalTime, 'weekday' | 'minutes'> {
  /** `YYYY-MM-DDTHH:MM`, site time. */
  stamp: string;
}

export function playlistAt(sections: readonly SectionMeta[], dayparts: Record<string, DayPartConfig>, windows: readonly AnnouncementWindow[], at: Moment): Playlist {
  const slides: number[] = [];
  const normal: number[] = [];
  const urgent: number[] = [];
  const byId = new Map(windows.map((w) => [w.id, w]));
  sections.forEach((s, i) => {
    if (s.slide === 'announcement') {
      const w = s.announcement ? byId.get(s.announcement) : undefined;
      if (!w || at.stamp < w.start || at.stamp >= w.end) return;
      (w.urgent ? urgent : normal).push(i);
      return;
    }
    const part = dayparts[s.slide];
    if (!part || isOpenAt(at, part)) slides.push(i);
  });
  let regular = slides;
  if (regular.length === 0) {
    // Every slide is outside its day-part: the customers' words stay on screen.
    const isSlide = (i: number): boolean => sections[i]!.slide !== 'announcement';
    const all = sections.map((_, i) => i).filter(isSlide);
    const verbatims = all.filter((i) => sections[i]!.slide === 'verbatims');
    regular = verbatims.length > 0 ? verbatims : all.slice(0, 1);
  }
  return { regular: [...regular, ...normal], urgent };
}

/** The first of `list` after `current` in page order, wrapping round. */
function after(list: readonly number[], current: number): number | undefined {
  return list.find((i) => i > current) ?? list[0];
}

export interface Cursor {
  /** The last regular section shown, so the slides go on where they were between urgent ones. */
  lastRegular: number;
  /** How many urgent turns were taken, to take several urgent announcements in turn. */
  urgentTurns: number;
}

/** The section to show when the one on screen (`current`) has had its time. */
export function nextIndex(current: number, pl: Playlist, cursor: Cursor): number {
  if (pl.urgent.length > 0 && !pl.urgent.includes(current)) {
    if (pl.regular.includes(current)) cursor.lastRegular = current;
    return pl.urgent[cursor.urgentTurns++ % pl.urgent.length]!;
  }
  const from = pl.regular.includes(current) ? current : cursor.lastRegular;
  const next = after(pl.regular, from) ?? current;
  cursor.lastRegular = next;
  return next;
}

export interface Programme {
  /** The section to open the day with. */
  first(): number;
  next(current: number): number;
  /**
   * Re-reads the clock: the section to show at once when the one on screen left the
   * playlist or an urgent announcement has just begun, else null.
   */
  update(at: Moment, current: number): number | null;
  readonly playlist: Playlist;
}

export function createProgramme(
  sections: readonly SectionMeta[],
  dayparts: Record<string, DayPartConfig>,
  windows: readonly AnnouncementWindow[],
  steps: readonly HTMLElement[],
  at: Moment,
): Programme {
  let pl = playlistAt(sections, dayparts, windows, at);
  const cursor: Cursor = { lastRegular: -1, urgentTurns: 0 };
  const mark = (): void => {
    const on = new Set([...pl.regular, ...pl.urgent]);
    steps.forEach((step, i) => {
      if (step.hidden === on.has(i)) step.hidden = !on.has(i);
    });
  };
  mark();
  return {
    first() {
      if (pl.urgent.length > 0) return pl.urgent[cursor.urgentTurns++ % pl.urgent.length]!;
      cursor.lastRegular = pl.regular[0]!;
      return cursor.lastRegular;
    },
    next: (current) => nextIndex(current, pl, cursor),
    update(moment, current) {
      const before = pl;
      pl = playlistAt(sections, dayparts, windows, moment);
      mark();
      const fresh = pl.urgent.find((i) => !before.urgent.includes(i));
      if (fresh !== undefined && fresh !== current) {
        if (before.regular.includes(current)) cursor.lastRegular = current;
        return fresh;
      }
      if (pl.regular.includes(current) || pl.urgent.includes(current)) return null;
      return nextIndex(current, pl, cursor);
    },
    get playlist() {
      return pl;
    },
  };
}
