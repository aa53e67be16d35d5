// The wall's colours that come from the data (`brand.accent`, `brand.theme`), as a
// small stylesheet served from the site itself (/wall/theme.css): the page's
// Content-Security-Policy allows no inline style, and the accent is only known at build.
import { accessibleShade, ACCENT_MIN_CONTRAST, contrastRatio, DEFAULT_ACCENT, normalizeHex, THEME_BACKGROUND } from '../../data/contrast.ts';
import type { SiteConfig } from '../../model.ts';

/**
 * The cards' background in each theme (key figures, quotes, actions), where the accent
 * is also used. Must match --surface in src/wall/styles/wall.css (a test checks).
 */
export const THEME_SURFACE = { dark: '#181b22', light: '#f1f3f6' } as const;

export interface WallColours {
  bg: string;
  /** The brand accent, or its nearest shade that keeps 3:1 on the background and on cards (large text, bars, lines). */
  accent: string;
  /** Text set on an accent fill: black or white, whichever reads better. */
  onAccent: string;
}

export function wallColours(brand: SiteConfig['brand']): WallColours {
  const bg = THEME_BACKGROUND[brand.theme];
  const grounds = [bg, THEME_SURFACE[brand.theme]];
  const given = normalizeHex(brand.accent) ?? DEFAULT_ACCENT;
  const fits = grounds.every((g) => contrastRatio(given, g) >= ACCENT_MIN_CONTRAST);
  const accent = fits ? given : (accessibleShade(given, grounds, ACCENT_MIN_CONTRAST)?.hex ?? given);
  const onAccent = contrastRatio(accent, '#000000') >= contrastRatio(accent, '#ffffff') ? '#000000' : '#ffffff';
  return { bg, accent, onAccent };
}

export function wallThemeCss(brand: SiteConfig['brand']): string {
  const c = wallColours(brand);
  return `:root{--bg:${c.bg};--accent:${c.accent};--on-accent:${c.onAccent}}\n`;
}
