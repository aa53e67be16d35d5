// WCAG 2.x contrast between two sRGB colours, used to warn when `brand.accent`
// would be hard to read on the wall's background or on the printed poster.

/** The wall's page background for each `brand.theme`; pages must use these very values. */
export const THEME_BACKGROUND = { dark: '#0f1115', light: '#ffffff' } as const;
/** The poster is always printed dark on white. */
export const PAPER_BACKGROUND = '#ffffff';
/**
 * The accent is meant for large text (figures, headings ≥ 24 px or ≥ 18.7 px bold) and
 * graphics (bars, progress rings, the slide indicator): WCAG AA asks 3:1 for those
 * (1.4.3 large text, 1.4.11 non-text). Body-size text must stay in the theme's text
 * colour, not the accent: 4.5:1 would reject most brand reds and oranges on white.
 */
export const ACCENT_MIN_CONTRAST = 3;
/** A warm orange that keeps 3:1 on the dark wall (5.1:1), the light wall and paper (3.7:1). */
export const DEFAULT_ACCENT = '#e4572e';

/** `#rgb`, `#rrggbb` (the `#` may be left out) → `#rrggbb` lowercase; undefined otherwise. */
export function normalizeHex(input: string): string | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(input.trim());
  if (!m) return undefined;
  const h = m[1]!.toLowerCase();
  return `#${h.length === 3 ? [...h].map((c) => c + c).join('') : h}`;
}

function channels(hex: string): [number, number, number] {
  const h = normalizeHex(hex);
  if (!h) throw new Error(`not a hex colour: ${hex}`);
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance, WCAG 2.2 definition (sRGB threshold 0.04045). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 (same colour) to 21 (black on white). */
export function contrastRatio(hexA: string, hexB: string): number {
  const a = relativeLuminance(hexA);
  const b = relativeLuminance(hexB);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * The shade of `hex` closest to it (mixed with black or with white, by steps of 1 %)
 * that reaches `min` against every one of `backgrounds`; undefined when none does.
 */
export function accessibleShade(
  hex: string,
  backgrounds: readonly string[],
  min: number,
): { hex: string; direction: 'darker' | 'lighter' } | undefined {
  const rgb = channels(hex);
  const passes = (c: string): boolean => backgrounds.every((bg) => contrastRatio(c, bg) >= min);
  for (let step = 1; step <= 100; step++) {
    const t = step / 100;
    const darker = toHex(rgb.map((c) => c * (1 - t)));
    if (passes(darker)) return { hex: darker, direction: 'darker' };
    const lighter = toHex(rgb.map((c) => c + (255 - c) * t));
    if (passes(lighter)) return { hex: lighter, direction: 'lighter' };
  }
  return undefined;
}
