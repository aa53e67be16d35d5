// The closed-hours screen: black, with a small dim clock in the site's time that
// wanders slowly (burn-in). The overlay and the clock are server-rendered once; this
// only toggles and rewrites a text node, so nothing grows over weeks.
import type { Locale } from '../../model.ts';
import { DOM } from '../../dom.ts';
import { clockSpot } from './burnin.ts';

export interface NightView {
  show(now: Date, minuteStep: number): void;
  hide(): void;
  readonly visible: boolean;
}

const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function clockFormatter(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(TAGS[locale], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  } catch {
    return new Intl.DateTimeFormat(TAGS[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
}

export function createNightView(overlay: HTMLElement | null, clock: HTMLElement | null, locale: Locale, timeZone: string): NightView {
  const format = clockFormatter(locale, timeZone);
  const root = document.documentElement;
  let visible = false;
  return {
    show(now, step) {
      visible = true;
      root.setAttribute(DOM.closed, '');
      if (clock) {
        const text = format.format(now);
        if (clock.textContent !== text) clock.textContent = text;
        clock.setAttribute('datetime', now.toISOString());
        const spot = clockSpot(step);
        clock.style.setProperty('--wall-clock-x', `${spot.x}vw`);
        clock.style.setProperty('--wall-clock-y', `${spot.y}vh`);
      }
      if (overlay) overlay.hidden = false;
    },
    hide() {
      visible = false;
      root.removeAttribute(DOM.closed);
      if (overlay) overlay.hidden = true;
    },
    get visible() {
      return visible;
    },
  };
}
