// Slide rotation: exactly one `[data-slide]` carries `data-active`; the look's CSS does
// the fade. The progress indicator `[data-progress]` holds one `[data-step]` per section:
// the current one gets `data-current`, those before it `data-done`; its filling is a CSS
// animation (WallRuntime.astro) restarted at each change, so the compositor runs it and
// no JavaScript runs per frame on a Raspberry Pi; none under reduced motion.
import type { Slot } from './timers.ts';
import { DOM, sel } from '../../dom.ts';

export function wrapIndex(i: number, count: number): number {
  if (count <= 0) return 0;
  return ((Math.trunc(i) % count) + count) % count;
}

export interface RotationOptions {
  sections: readonly HTMLElement[];
  progress: HTMLElement | null;
  slideMs: number;
  slot: Slot;
  reducedMotion: () => boolean;
  /**
   * Called when a slide's time is up, before the next one shows; returning true means
   * the turn is taken over (a pending reload) and the slide stays.
   */
  onTurn?: () => boolean;
  /** The section after `current` (day-parts, announcements: playlist.ts); default the next in the page. */
  pick?: (current: number) => number;
}

export interface Rotation {
  readonly index: number;
  readonly running: boolean;
  show(index: number): void;
  next(): void;
  /** Starts (or restarts) the timer for the slide on screen, from its beginning. */
  start(): void;
  stop(): void;
}

export function createRotation(opts: RotationOptions): Rotation {
  const { sections, progress, slideMs, slot } = opts;
  let index = Math.max(0, sections.findIndex((s) => s.hasAttribute(DOM.active)));
  let running = false;

  if (progress) {
    progress.style.setProperty('--wall-slide-duration', `${slideMs}ms`);
    progress.style.setProperty('--wall-slide-count', String(sections.length));
  }

  const steps = progress ? Array.from(progress.querySelectorAll<HTMLElement>(sel(DOM.step))) : [];

  const restartProgress = (): void => {
    if (!progress) return;
    progress.style.setProperty('--wall-slide-index', String(index));
    for (const [k, step] of steps.entries()) {
      step.toggleAttribute(DOM.current, k === index);
      step.toggleAttribute(DOM.done, k < index);
    }
    if (!running || opts.reducedMotion()) {
      progress.removeAttribute(DOM.running);
      return;
    }
    progress.setAttribute(DOM.running, '');
    // Restart whatever CSS animation the look put on the indicator (and inside it).
    for (const a of progress.getAnimations({ subtree: true })) {
      a.cancel();
      a.play();
    }
  };

  const following = (): number => (opts.pick ? opts.pick(index) : index + 1);

  const turn = (): void => {
    if (opts.onTurn?.()) return;
    show(following());
  };

  const schedule = (): void => {
    if (running) slot.set(turn, slideMs);
  };

  function show(i: number): void {
    if (sections.length === 0) return;
    const target = wrapIndex(i, sections.length);
    for (const [k, s] of sections.entries()) {
      if (k === target) s.setAttribute(DOM.active, '');
      else s.removeAttribute(DOM.active);
    }
    index = target;
    restartProgress();
    schedule();
  }

  return {
    get index() {
      return index;
    },
    get running() {
      return running;
    },
    show,
    next: () => show(following()),
    start() {
      running = true;
      restartProgress();
      schedule();
    },
    stop() {
      running = false;
      slot.clear();
      restartProgress();
    },
  };
}
