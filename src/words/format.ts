// Numbers, deltas and dates as each locale writes them (DESIGN.md: `72 %`, `+6 pts`,
// `−3 pts` with U+2212, `12 nov. 2026`, « il y a 3 jours »), and French typography.
import type { Locale } from '../model.ts';
import { daysBetween } from '../calendar.ts';
import { MINUS, NNBSP } from './typography.ts';

const TAG = { fr: 'fr-FR', en: 'en-GB' } as const;

export interface Formatter {
  locale: Locale;
  number(n: number): string;
  /** `72 %` / `72%`. */
  percent(n: number): string;
  /** `+23`, `−5`, `0`. */
  signed(n: number): string;
  /** `+6 pts`, `−3 pts`, `=` when 0 (`0 pt`). */
  points(delta: number): string;
  /** `12 nov. 2026`. */
  date(iso: string): string;
  /** `novembre 2026`. */
  month(iso: string): string;
  /** « il y a 3 jours », « hier », « aujourd’hui ». */
  relative(iso: string, today: string): string;
}

const cache = new Map<Locale, Formatter>();

export function formatter(locale: Locale): Formatter {
  const hit = cache.get(locale);
  if (hit) return hit;
  const tag = TAG[locale];
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const rel = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  const sign = (n: number): string => (n > 0 ? '+' : n < 0 ? MINUS : '');
  const f: Formatter = {
    locale,
    number: (n) => num.format(n).replace(/^-/, MINUS),
    percent: (n) => pct.format(n / 100),
    signed: (n) => `${sign(n)}${num.format(Math.abs(n))}`,
    points: (d) => {
      const unit = Math.abs(d) >= 2 ? 'pts' : 'pt';
      return `${sign(d)}${num.format(Math.abs(d))}${locale === 'fr' ? NNBSP : ' '}${unit}`;
    },
    date: (iso) => day.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`)),
    month: (iso) => month.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`)),
    relative: (iso, today) => {
      const days = daysBetween(today, iso.slice(0, 10));
      if (days > -7) return rel.format(days, 'day');
      if (days > -31) return rel.format(Math.round(days / 7), 'week');
      if (days > -365) return rel.format(Math.round(days / 30.44), 'month');
      return rel.format(Math.round(days / 365.25), 'year');
    },
  };
  cache.set(locale, f);
  return f;
}

/**
 * French typography for text people wrote, only where it cannot change the meaning:
 * a plain space before ; ! ? » and after « becomes a narrow no-break space, and before
 * : a no-break space, so the sign never starts a line. Nothing is added or removed.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([;!?»])/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NNBSP}`)
    .replace(/ :(\s|$)/g, '\u00a0:$1');
}

/** Shortens to at most `max` characters at a word boundary, with an ellipsis. */
export function truncateWords(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.5 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,;:.!?\u2013\u2014-]+$/, '')}…`;
}

/** Quote marks around a verbatim: « … » in French, “…” in English. */
export function quoted(text: string, locale: Locale): string {
  return locale === 'fr' ? `«${NNBSP}${text}${NNBSP}»` : `“${text}”`;
}

/**
 * Text people wrote, set for display: the typographic apostrophe between two letters
 * (l'équipe → l’équipe, in both languages), and French spacing in French. Neither can
 * change what the text says.
 */
export function typeset(text: string, locale: Locale): string {
  const curly = text.replace(/(\p{L})'(?=\p{L})/gu, '$1\u2019');
  return locale === 'fr' ? frenchSpacing(curly) : curly;
}
