// `brand:` of site.yaml, apart from the rest because it is the one part checked against
// other things than its own text: the logo against the data folder's files, the accent
// against the backgrounds it is drawn on (a warning, with a shade that reads).
import { z } from 'zod';
import { THEME_WORDS } from '../../words/choices.ts';
import { blankAsAbsent } from '../common-schemas.ts';
import { accessibleShade, ACCENT_MIN_CONTRAST, contrastRatio, DEFAULT_ACCENT, normalizeHex, PAPER_BACKGROUND, THEME_BACKGROUND } from '../contrast.ts';
import type { Diagnostics, SourceFile } from '../diagnostics.ts';
import type { YamlSource } from '../sources/yaml.ts';
import { choice, relativePath, report } from '../validate.ts';
import { checkLogo } from './files.ts';

const theme = () => choice(['dark', 'light'] as const, THEME_WORDS);

function accent() {
  return z.unknown().transform((v, ctx): string => {
    // `accent: #c8102e` without quotes: YAML reads a comment, hence an empty value.
    if (v === null) return report(ctx, 'site.accent_unquoted');
    const hex = typeof v === 'string' || typeof v === 'number' ? normalizeHex(String(v)) : undefined;
    return hex ?? report(ctx, 'site.accent_format');
  });
}

export const brandSchema = z
  .strictObject({
    logo: blankAsAbsent(relativePath()),
    accent: accent().default(DEFAULT_ACCENT),
    theme: theme().default('dark'),
  })
  .prefault({});

/** The logo must be an SVG or PNG file of the data folder; the accent must read on its backgrounds. */
export function checkBrand(dataDir: string, src: YamlSource, diags: Diagnostics): void {
  const logo = blankAsAbsent(relativePath()).safeParse(src.raw(['brand', 'logo']));
  if (logo.success && logo.data) {
    checkLogo(dataDir, src, logo.data, src.locate(['brand', 'logo']), diags);
  }
  if (src.raw(['brand', 'accent']) === undefined) return;
  const hex = accent().safeParse(src.raw(['brand', 'accent']));
  if (!hex.success) return;
  const th = theme().default('dark').safeParse(src.raw(['brand', 'theme']));
  warnContrast(src.file, src.locate(['brand', 'accent']), hex.data, th.success ? th.data : 'dark', diags);
}

function warnContrast(file: SourceFile, at: { line: number; col: number }, hex: string, th: 'dark' | 'light', diags: Diagnostics): void {
  // The light wall and the poster share the same white: one warning names both.
  const backgrounds: { name: 'dark' | 'light' | 'paper'; hex: string }[] =
    th === 'dark'
      ? [
          { name: 'dark', hex: THEME_BACKGROUND.dark },
          { name: 'paper', hex: PAPER_BACKGROUND },
        ]
      : [{ name: 'light', hex: THEME_BACKGROUND.light }];
  for (const bg of backgrounds) {
    const ratio = contrastRatio(hex, bg.hex);
    if (ratio >= ACCENT_MIN_CONTRAST) continue;
    const shade = accessibleShade(hex, backgrounds.map((b) => b.hex), ACCENT_MIN_CONTRAST);
    diags.warning(file, at, 'site.accent_contrast', {
      found: hex,
      background: bg.name,
      ratio: Math.floor(ratio * 100) / 100,
      min: ACCENT_MIN_CONTRAST,
      suggestion: shade?.hex,
      direction: shade?.direction,
    });
  }
}
