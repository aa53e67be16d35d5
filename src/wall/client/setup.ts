// The setup screen (`/wall/<id>/?setup`): what the person installing a TV checks at
// arm's length — which screen this is, its address as a QR code to scan with a phone
// (so a mistyped address shows at once), the page's size and whether text at that
// size stays legible, the build and data date, the hours and the next switch, and
// whether the offline copy is held. Loaded only with `?setup`; built once, as text.
import type { Weekday } from '../../model.ts';
import { DOM, sel } from '../../dom.ts';
import { qrSvg } from '../../poster/qr.ts';
import { SETUP_WORDS } from '../../words/field.ts';
import type { WallRuntimeConfig } from './config.ts';
import { isOpenAt, localTime, type Hours } from './schedule.ts';

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** DESIGN.md: nothing on the wall under 16 px. */
export const MIN_TEXT_PX = 16;

/** The next time the screen goes on or off after `now`, within a week; null when it never changes. */
export function nextSwitch(now: Date, hours: Hours | null, days: readonly Weekday[] | null, timeZone: string): { on: boolean; at: Date } | null {
  if (!hours && !days) return null;
  const start = localTime(now, timeZone);
  const schedule = { hours, days };
  const wasOpen = isOpenAt(start, schedule);
  const base = now.getTime() - start.seconds * 1000 - now.getMilliseconds();
  for (let k = 1; k <= 8 * 1440; k++) {
    const total = start.minutes + k;
    const weekday = WEEK[(WEEK.indexOf(start.weekday) + Math.floor(total / 1440)) % 7]!;
    if (isOpenAt({ weekday, minutes: total % 1440 }, schedule) !== wasOpen) return { on: !wasOpen, at: new Date(base + k * 60_000) };
  }
  return null;
}

/** The smallest font size, in CSS px, of any text of the wall (the setup panel aside). */
export function smallestText(root: Element): number {
  let min = Infinity;
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.wall-setup')) continue;
    const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!hasText) continue;
    min = Math.min(min, Number.parseFloat(getComputedStyle(el).fontSize));
  }
  return Number.isFinite(min) ? Math.round(min * 10) / 10 : 0;
}

const clock = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function showSetup(cfg: WallRuntimeConfig): HTMLElement {
  const W = SETUP_WORDS[cfg.locale];
  const tag = cfg.locale === 'fr' ? 'fr-FR' : 'en-GB';
  const wall = document.querySelector<HTMLElement>(sel(DOM.wall));
  const address = `${location.origin}${location.pathname}`;
  const title = wall?.getAttribute(DOM.title) ?? '';

  const panel = document.createElement('section');
  panel.className = 'wall-setup';
  panel.setAttribute(DOM.setup, '');
  panel.setAttribute('aria-labelledby', 'wall-setup-heading');
  const heading = document.createElement('h1');
  heading.id = 'wall-setup-heading';
  heading.textContent = W.heading;
  const qr = document.createElement('figure');
  qr.className = 'wall-setup__qr';
  qr.innerHTML = qrSvg(address, { title: W.qr });
  const caption = document.createElement('figcaption');
  caption.textContent = address;
  qr.append(caption);
  const list = document.createElement('dl');
  const row = (term: string, value: string, key: string): HTMLElement => {
    const div = document.createElement('div');
    div.setAttribute(DOM.setupLine, key);
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    div.append(dt, dd);
    list.append(div);
    return dd;
  };

  row(W.screen, title && title !== cfg.screen ? `${cfg.screen} — ${title}` : cfg.screen, 'screen');
  row(W.address, address, 'address');
  const size = row(W.viewport, '', 'viewport');
  const legible = row(W.legibility, '', 'legibility');
  row(W.build, cfg.buildId, 'build');
  row(W.data, cfg.dataDate ? new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${cfg.dataDate}T12:00:00Z`)) : '—', 'data');
  const days = cfg.days ? cfg.days.map((d) => W.dayNames[d]) : null;
  row(W.hours, cfg.hours || cfg.days ? W.schedule(cfg.hours ? `${clock(cfg.hours.start)}-${clock(cfg.hours.end)}` : null, days) : W.alwaysOn, 'hours');
  const next = nextSwitch(new Date(), cfg.hours, cfg.days, cfg.timezone);
  const when = (d: Date): string => {
    try {
      return new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: cfg.timezone }).format(d);
    } catch {
      return d.toISOString();
    }
  };
  row(W.next, next ? (next.on ? W.switchOn : W.switchOff)(when(next.at)) : W.never, 'next');
  const offline = row(W.offline, '', 'offline');

  const body = document.createElement('div');
  body.className = 'wall-setup__body';
  body.append(qr, list);
  panel.append(heading, body);
  document.body.append(panel);

  // What depends on the window and on the offline copy is read again when they change.
  const refresh = (): void => {
    const w = window.innerWidth;
    const h = window.innerHeight;
    const full = screen.width > w + 1 || screen.height > h + 1 ? ` — ${W.notFullScreen(screen.width, screen.height)}` : '';
    size.textContent = `${W.size(w, h, window.devicePixelRatio)}${full}`;
    const px = wall ? smallestText(wall) : 0;
    const shown = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(px);
    legible.textContent = px >= MIN_TEXT_PX ? W.legible(shown) : W.illegible(shown);
    panel.toggleAttribute(DOM.illegible, px < MIN_TEXT_PX);
    const files = Number(document.documentElement.getAttribute(DOM.cached) ?? '0');
    offline.textContent = files > 0 ? W.offlineHeld(files) : W.offlineNone;
  };
  refresh();
  window.addEventListener('resize', refresh);
  new MutationObserver(refresh).observe(document.documentElement, { attributes: true, attributeFilter: [DOM.cached] });
  return panel;
}
