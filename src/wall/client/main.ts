// The wall's runtime, wired together: rotation, deploy checks and reloads, the
// offline strip and copy, night hours, burn-in drift. Every job owns one timer slot
// (timers.ts) and every listener is added once here, so weeks of running add nothing.
import { CONFIG_ID, readConfig, type WallRuntimeConfig } from './config.ts';
import { DOM, sel } from '../../dom.ts';
import { SHIFT_EVERY_MINUTES, staticShift } from './burnin.ts';
import { brokenDeploy, checkBuild, verifyBuild } from './deploy.ts';
import { createField, type FieldState } from './field.ts';
import { createNightView } from './night.ts';
import { setUpOfflineCache } from './offline-cache.ts';
import { createConnectivity, createStrip } from './offline.ts';
import { createReloadGuard, keptValue } from './reloads.ts';
import { createRotation } from './rotation.ts';
import { isOpen, localTime, msToNextMinute, quietHour, safetyReloadDue } from './schedule.ts';
import { createSlots } from './timers.ts';

export interface WallState extends FieldState {
  index: number;
  count: number;
  slide: string | null;
  /** Inside opening hours (slides on screen). */
  open: boolean;
  /** The offline strip is showing. */
  offline: boolean;
  /** What the strip says, when it shows. */
  strip: 'offline' | 'broken' | 'held' | null;
  /** A reload is waiting for the next slide change. */
  reloadPending: boolean;
  /** A reload was asked for: this page is on its way out. */
  reloading: boolean;
  /** Deploy checks started since the page loaded, and whether one is under way (build.json, then the new build's files). */
  checks: number;
  checking: boolean;
  /** When the next check is due (ms since the epoch), or null while one runs. */
  nextCheckAt: number | null;
  buildId: string;
}

export interface WallApi {
  show(index: number): void;
  next(): void;
  state(): WallState;
}

declare global {
  interface Window {
    miroirWall?: WallApi;
  }
}

const FIRST_CHECK_MS = 10_000;

function run(cfg: WallRuntimeConfig): WallApi {
  const root = document.documentElement;
  const sections = Array.from(document.querySelectorAll<HTMLElement>(sel(DOM.slide)));
  const field = createField(cfg, sections, Array.from(document.querySelectorAll<HTMLElement>(`${sel(DOM.progress)} ${sel(DOM.step)}`)));
  const strip = createStrip(document.querySelector<HTMLElement>(sel(DOM.offline)), root);
  let stripKind: WallState['strip'] = null;
  const night = createNightView(
    document.querySelector<HTMLElement>(sel(DOM.night)),
    document.querySelector<HTMLElement>(sel(DOM.clock)),
    cfg.locale,
    cfg.timezone,
  );
  const schedule = { hours: cfg.hours, days: cfg.days, timeZone: cfg.timezone };
  const quiet = quietHour(schedule);
  // Many screens on one server: each takes its own minute of the quiet hour.
  const quietOffset = Math.floor(Math.random() * 45);
  const startedAt = performance.now();
  const pageUrl = `${location.origin}${location.pathname}`;
  const buildUrl = `${location.origin}${cfg.base}build.json`;
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');

  const slots = createSlots();
  const rotationSlot = slots.slot();
  const minuteSlot = slots.slot();
  const checkSlot = slots.slot();
  const connectivity = createConnectivity();
  const reloads = createReloadGuard(cfg.buildId, keptValue(`miroir-reload:${location.pathname}`));
  const cache = setUpOfflineCache(cfg.base, cfg.buildId, (count) => root.setAttribute(DOM.cached, String(count)));

  let reloading = false;
  let reloadPending = false;
  let turns = 0;
  // Told by state(): a test on a fake clock advances it only once the check's answers are in.
  let checks = 0;
  let checking = 0;

  const reloadNow = (): void => {
    if (reloading) return;
    reloading = true;
    slots.clearAll();
    location.reload();
  };

  const rotation = createRotation({
    sections,
    progress: document.querySelector<HTMLElement>(sel(DOM.progress)),
    slideMs: cfg.slideSeconds * 1000,
    slot: rotationSlot,
    reducedMotion: () => motion.matches,
    pick: (current) => field.next(current),
    onTurn: () => {
      if (reloadPending) {
        reloadNow();
        return true;
      }
      // Fonts used only on later slides load when first shown: after one full round,
      // the service worker gets the complete list of files to keep.
      if (++turns === sections.length) cache.remember();
      return false;
    },
  });

  // Reloads wait for a slide change, so nobody sees a slide cut short; a dark screen has none to wait for.
  const requestReload = (): void => {
    if (reloading) return;
    if (night.visible) reloadNow();
    else reloadPending = true;
  };

  const check = async (): Promise<void> => {
    checks += 1;
    checking += 1;
    try {
      await checkOnce();
    } finally {
      checking -= 1;
    }
  };

  const checkOnce = async (): Promise<void> => {
    const result = await checkBuild(buildUrl);
    if (reloading) return;
    connectivity.record(result.ok, brokenDeploy(result));
    if (result.ok && result.id === cfg.buildId) reloads.settle();
    if (result.ok && !reloadPending) {
      const local = localTime(new Date(), cfg.timezone);
      const daily = safetyReloadDue(local.minutes, quiet, quietOffset, performance.now() - startedAt);
      // Only into a build whose page and files all answer: a half-copied deploy waits;
      // and after a reload that brought the old page back (a stale cache), not at once.
      if ((result.id !== cfg.buildId || daily) && reloads.allows(result.id, Date.now()) && (await verifyBuild(pageUrl, result.id))) {
        reloads.reloading(result.id, Date.now());
        requestReload();
      }
    }
    stripKind = connectivity.kind ?? (reloads.held ? 'held' : null);
    strip.show(stripKind);
    if (!reloading) checkSlot.set(() => void check(), connectivity.delay(night.visible));
  };

  let minuteStep = 0;
  const minute = (): void => {
    const now = new Date();
    const open = isOpen(now, schedule);
    if (open) {
      const jump = field.update(now, rotation.index);
      if (night.visible || !rotation.running) {
        // Checks were a quarter-hour apart while dark: the first of the day comes soon.
        if (night.visible) checkSlot.set(() => void check(), FIRST_CHECK_MS);
        night.hide();
        rotation.start();
        rotation.show(field.first());
      } else if (jump !== null) rotation.show(jump);
    } else {
      if (rotation.running) rotation.stop();
      night.show(now, minuteStep);
      if (reloadPending) reloadNow();
    }
    field.beat(now, open);
    if (minuteStep % SHIFT_EVERY_MINUTES === 0) {
      const shift = staticShift(minuteStep / SHIFT_EVERY_MINUTES);
      root.style.setProperty('--wall-shift-x', `${shift.x}px`);
      root.style.setProperty('--wall-shift-y', `${shift.y}px`);
    }
    minuteStep += 1;
    if (!reloading) minuteSlot.set(minute, msToNextMinute(now, cfg.timezone));
  };

  minute();
  checkSlot.set(() => void check(), FIRST_CHECK_MS);
  if (document.readyState === 'complete') cache.remember();
  else window.addEventListener('load', () => cache.remember(), { once: true });

  return {
    show: (i) => rotation.show(i),
    next: () => rotation.next(),
    state: () => ({
      index: rotation.index,
      count: sections.length,
      slide: sections[rotation.index]?.getAttribute(DOM.slide) ?? null,
      open: !night.visible,
      offline: connectivity.offline,
      strip: stripKind,
      reloadPending,
      reloading,
      checks,
      checking: checking > 0,
      nextCheckAt: checkSlot.due,
      buildId: cfg.buildId,
      ...field.state(rotation.index),
    }),
  };
}

const config = readConfig(document.getElementById(CONFIG_ID)?.textContent);
if (config && !window.miroirWall) window.miroirWall = run(config);
