// The wall's field features, wired once for main.ts: what plays when (day-parts and
// announcements, playlist.ts), the heartbeat to the uptime monitor, and the setup
// screen at `?setup` (loaded only then, so every other wall keeps its small script).
import type { WallRuntimeConfig } from './config.ts';
import { DOM } from '../../dom.ts';
import { createHeartbeat } from './heartbeat.ts';
import { createProgramme, type Moment } from './playlist.ts';
import { localStamp, localTime } from './schedule.ts';

export interface FieldState {
  /** Section indexes the rotation plays now (urgent announcements included). */
  playing: number[];
  /** `data-announcement` of the section on screen, if it is one. */
  announcement: string | null;
  /** Heartbeats sent since the page loaded. */
  heartbeats: number;
}

export interface Field {
  /** The section after `current` when its time is up. */
  next(current: number): number;
  /** The section to open the day with. */
  first(): number;
  /** Every minute while on: the section to show at once (an urgent one began, the one on screen ended), else null. */
  update(now: Date, current: number): number | null;
  /** Every minute: `open` is inside the screen's hours; the beat also needs the network. */
  beat(now: Date, open: boolean): void;
  state(current: number): FieldState;
}

export function createField(cfg: WallRuntimeConfig, sections: readonly HTMLElement[], steps: readonly HTMLElement[]): Field {
  const moment = (now: Date): Moment => ({ ...localTime(now, cfg.timezone), stamp: localStamp(now, cfg.timezone) });
  const meta = sections.map((s) => ({ slide: s.getAttribute(DOM.slide) ?? '', announcement: s.getAttribute(DOM.announcement) ?? undefined }));
  const programme = createProgramme(meta, cfg.dayparts, cfg.announcements, steps, moment(new Date()));
  const heartbeat = createHeartbeat(cfg.heartbeat, cfg.screen, cfg.buildId);
  if (new URLSearchParams(location.search).has('setup')) {
    void import('./setup.ts').then((m) => m.showSetup(cfg));
  }
  return {
    next: (current) => programme.next(current),
    first: () => programme.first(),
    update: (now, current) => programme.update(moment(now), current),
    // The browser's own view of the network: a wall showing its offline copy while its
    // server is down is still a screen that works, and its monitor should hear so.
    beat: (now, open) => heartbeat.tick(now.getTime(), open && navigator.onLine),
    state: (current) => ({
      playing: [...programme.playlist.regular, ...programme.playlist.urgent].sort((a, b) => a - b),
      announcement: sections[current]?.getAttribute(DOM.announcement) ?? null,
      heartbeats: heartbeat.sent,
    }),
  };
}
