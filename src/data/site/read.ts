// data/site.yaml: the organisation, language, screens, poster and brand. Required;
// every key but `organisation` has a default, and every screen inherits the wall's keys.
import { z } from 'zod';
import { LOCALE_WORDS, ORIENTATION_WORDS, THEME_WORDS } from '../../words/choices.ts';
import { blankAsAbsent, slugId } from '../common-schemas.ts';
import { accessibleShade, ACCENT_MIN_CONTRAST, contrastRatio, DEFAULT_ACCENT, normalizeHex, PAPER_BACKGROUND, THEME_BACKGROUND } from '../contrast.ts';
import { Diagnostics, START, type SourceFile } from '../diagnostics.ts';
import { readYamlFile } from '../sources/files.ts';
import { checkLogo, fitsQr, QR_MAX_BYTES } from './files.ts';
import { SLIDES, type Locale, type Screen, type SiteConfig, type WallSettings } from '../../model.ts';
import { days, heartbeat, hours, slides, slideSeconds, type SlideRotation } from './wall.ts';
import { normalizeWord, suggest } from '../sources/text.ts';
import { choice, expected, numberIn, relativePath, flag, report, text, toNumber, validate } from '../validate.ts';
import type { YamlSource } from '../sources/yaml.ts';
// The verbatim fields of the contract are the targets of `verbatims.columns`.
import { FIELDS } from '../verbatims/fields.ts';

export { ACCENT_MIN_CONTRAST, DEFAULT_ACCENT, PAPER_BACKGROUND, THEME_BACKGROUND } from '../contrast.ts';


const locale = () => choice(['fr', 'en'] as const, LOCALE_WORDS);
const theme = () => choice(['dark', 'light'] as const, THEME_WORDS);

function timezone() {
  return text().transform((v, ctx): string => {
    let resolved: string | undefined;
    try {
      resolved = new Intl.DateTimeFormat('en', { timeZone: v }).resolvedOptions().timeZone;
    } catch {
      resolved = undefined;
    }
    // Intl also takes offsets such as +01:00, but an offset ignores summer time:
    // the screen would wake up an hour off for half the year.
    if (resolved && !/^[+-]/.test(resolved)) return resolved;
    const zones = Intl.supportedValuesOf('timeZone');
    const cities = zones.map((zone) => zone.slice(zone.lastIndexOf('/') + 1));
    const city = suggest(v, cities);
    return report(ctx, 'site.timezone', { suggestion: suggest(v, zones) ?? (city ? zones[cities.indexOf(city)] : undefined) });
  });
}

function minRespondents() {
  return z.unknown().transform((v, ctx): number => {
    const n = toNumber(v);
    if (n === undefined || !Number.isInteger(n)) return report(ctx, 'value.type', expected('int'));
    return n < 3 ? report(ctx, 'site.min_respondents', { min: 3 }) : n;
  }).meta({ type: 'integer', minimum: 3 });
}

const fieldOf = (s: string) => FIELDS.find((f) => f === normalizeWord(s));

/**
 * Export header → field. The contract's example writes `text: "Votre commentaire"`
 * (field: header) while its comment says "export header -> field": both are read,
 * the key being taken as the field when it is one.
 */
function columns() {
  return z.record(z.string(), z.unknown()).transform((map, ctx): Record<string, string> => {
    const out: Record<string, string> = {};
    const taken = new Map<string, string>();
    for (const [key, raw] of Object.entries(map)) {
      // `text: [Titre, Contenu]`: several headers, their cells joined with a line break (Trustpilot's title and content).
      const list = fieldOf(key) === 'text' && Array.isArray(raw) && raw.length > 0 && raw.every((r) => typeof r === 'string' && r.trim() !== '');
      const value = list ? (raw as string[]).map((r) => r.trim()).join('\n') : typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
      if (value === '') {
        flag(ctx, 'value.empty', {}, [key]);
        continue;
      }
      let field = fieldOf(key);
      let header = value;
      if (!field) [field, header] = [fieldOf(value), key];
      if (!field) {
        const onKey = suggest(key, FIELDS);
        const onValue = suggest(value, FIELDS);
        const found = onKey || !onValue ? key : value;
        flag(ctx, 'site.column_field', { found, choices: FIELDS.join(', '), suggestion: onKey ?? onValue }, [key]);
        continue;
      }
      const other = taken.get(field);
      if (other !== undefined) {
        flag(ctx, 'site.column_twice', { target: field, other }, [key]);
        continue;
      }
      if (header === '__proto__') {
        // As a key of `out` it would set the object's prototype and the column would vanish.
        flag(ctx, 'key.reserved', { key: header }, [key]);
        continue;
      }
      taken.set(field, header);
      out[header] = field;
    }
    return out;
  });
}

/** The address written, or undefined when it is not one. */
function parseUrl(v: string): URL | undefined {
  try {
    return new URL(v);
  } catch {
    return undefined;
  }
}

function posterUrl() {
  return text().transform((v, ctx): string => {
    const url = parseUrl(v);
    if (!(url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname)) return report(ctx, 'site.poster_url');
    return fitsQr(url) ? v : report(ctx, 'site.poster_url_too_long', { length: url.href.length, max: QR_MAX_BYTES });
  });
}

function accent() {
  return z.unknown().transform((v, ctx): string => {
    // `accent: #c8102e` without quotes: YAML reads a comment, hence an empty value.
    if (v === null) return report(ctx, 'site.accent_unquoted');
    const hex = typeof v === 'string' || typeof v === 'number' ? normalizeHex(String(v)) : undefined;
    return hex ?? report(ctx, 'site.accent_format');
  });
}

/** `owner/name`, as GitHub spells a repository (Decap's `repo`). */
function repo() {
  return text().transform((v, ctx): string => (/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(v) ? v : report(ctx, 'site.admin_repo')));
}

/** The OAuth endpoint opens in the editor's login window: https, or http on the machine itself. */
function authUrl() {
  return text().transform((v, ctx): string => {
    const url = parseUrl(v);
    const local = url?.hostname === 'localhost' || url?.hostname === '127.0.0.1';
    return url && (url.protocol === 'https:' || (url.protocol === 'http:' && local)) ? v.replace(/\/+$/, '') : report(ctx, 'site.admin_auth_url');
  });
}

const adminSchema = z.strictObject({ repo: repo(), branch: text().default('main'), auth_url: authUrl() });

const screenId = () => slugId().transform((v, ctx): string => (v === 'default' ? report(ctx, 'site.screen_reserved', { found: v }) : v));

const wallKeys = {
  slides: slides().optional(),
  hours: blankAsAbsent(hours()),
  days: blankAsAbsent(days()),
  heartbeat: heartbeat().optional(),
};

const brandSchema = z
  .strictObject({
    logo: blankAsAbsent(relativePath()),
    accent: accent().default(DEFAULT_ACCENT),
    theme: theme().default('dark'),
  })
  .prefault({});

export const siteSchema = z.strictObject({
  organisation: text(),
  locale: locale().default('fr'),
  timezone: timezone().default('Europe/Paris'),
  verbatims: z
    .strictObject({
      count: numberIn(1, Infinity, { int: true }).default(8),
      max_age_days: numberIn(1, Infinity, { int: true }).default(180),
      columns: columns().default({}),
      sheet: text().optional(),
    })
    .prefault({}),
  privacy: z.strictObject({ min_respondents: minRespondents().default(5) }).prefault({}),
  wall: z.strictObject({ slide_seconds: slideSeconds().default(20), ...wallKeys }).prefault({}),
  screens: z
    .array(
      z.strictObject({
        id: screenId(),
        title: text(),
        site: blankAsAbsent(text()),
        slide_seconds: slideSeconds().optional(),
        ...wallKeys,
      }),
    )
    .nullish(),
  poster: z
    .strictObject({
      size: choice(['A4', 'A3'] as const).default('A4'),
      orientation: choice(['portrait', 'landscape'] as const, ORIENTATION_WORDS).default('portrait'),
      url: blankAsAbsent(posterUrl()),
    })
    .prefault({}),
  brand: brandSchema,
  admin: adminSchema.nullish(),
});

type ParsedWall = {
  slide_seconds?: number | undefined;
  slides?: SlideRotation | undefined;
  hours?: WallSettings['hours'] | undefined;
  days?: WallSettings['days'] | undefined;
  heartbeat?: WallSettings['heartbeat'] | undefined;
};

/** The wall keys a screen sets, over the ones it inherits; absent keys stay absent. A screen's own `slides` bring their own day-parts. */
function wallSettings(own: ParsedWall, base?: WallSettings): WallSettings {
  const out: WallSettings = { slide_seconds: own.slide_seconds ?? base?.slide_seconds ?? 20, slides: own.slides?.slides ?? base?.slides ?? [...SLIDES] };
  const parts = own.slides ? own.slides.dayparts : base?.dayparts;
  const h = own.hours ?? base?.hours;
  const d = own.days ?? base?.days;
  const beat = own.heartbeat ?? base?.heartbeat;
  if (parts && Object.keys(parts).length > 0) out.dayparts = parts;
  if (h) out.hours = h;
  if (d) out.days = d;
  if (beat) out.heartbeat = beat;
  return out;
}

/** The settings site.yaml gives when it holds only `organisation`: the contract's defaults. */
export function defaultSite(locale: Locale, organisation = ''): SiteConfig {
  return {
    organisation,
    locale,
    timezone: 'Europe/Paris',
    verbatims: { count: 8, max_age_days: 180, columns: {} },
    privacy: { min_respondents: 5 },
    wall: { slide_seconds: 20, slides: [...SLIDES] },
    screens: [],
    poster: { size: 'A4', orientation: 'portrait' },
    brand: { accent: DEFAULT_ACCENT, theme: 'dark' },
  };
}

/** site.yaml's settings (undefined when it has an error), and the locale to speak in either way. */
export function readSite(dataDir: string, diags: Diagnostics): { site?: SiteConfig; locale: Locale } {
  const src = readYamlFile(dataDir, 'site.yaml', diags, true);
  const site = src ? siteOf(dataDir, src, diags) : undefined;
  return { site, locale: site?.locale ?? (src ? localeIn(src) : 'fr') };
}

export function loadSite(dataDir: string, diags: Diagnostics): SiteConfig | undefined {
  return readSite(dataDir, diags).site;
}

function localeIn(src: YamlSource): Locale {
  const parsed = locale().safeParse(src.raw(['locale']));
  return parsed.success ? parsed.data : 'fr';
}

function siteOf(dataDir: string, src: YamlSource, diags: Diagnostics): SiteConfig | undefined {
  if (src.value !== null && (typeof src.value !== 'object' || Array.isArray(src.value))) {
    diags.error(src.file, START, 'yaml.not_mapping');
    return undefined;
  }
  // A file of comments only reads as null: report the missing organisation, not a type.
  const source: YamlSource = src.value === null ? { ...src, value: {} } : src;
  const errorsBefore = errorCount(diags);
  const parsed = validate(siteSchema, source, diags);
  checkScreenIds(source, diags);
  checkBrand(dataDir, source, diags);
  if (!parsed || errorCount(diags) > errorsBefore) return undefined;

  const wall = wallSettings(parsed.wall);
  const screens: Screen[] = (parsed.screens ?? []).map((s) => ({
    id: s.id,
    title: s.title,
    ...(s.site ? { site: s.site } : {}),
    ...wallSettings(s, wall),
  }));
  const brand: SiteConfig['brand'] = { accent: parsed.brand.accent, theme: parsed.brand.theme };
  if (parsed.brand.logo) brand.logo = parsed.brand.logo;
  const poster: SiteConfig['poster'] = { size: parsed.poster.size, orientation: parsed.poster.orientation };
  if (parsed.poster.url) poster.url = parsed.poster.url;
  return {
    organisation: parsed.organisation,
    locale: parsed.locale,
    timezone: parsed.timezone,
    verbatims: parsed.verbatims,
    privacy: parsed.privacy,
    wall,
    screens,
    poster,
    brand,
    ...(parsed.admin ? { admin: parsed.admin } : {}),
  };
}

function errorCount(diags: Diagnostics): number {
  return diags.list.filter((d) => d.severity === 'error').length;
}

/** Screen ids become URLs (/wall/<id>/): each must be unique. Read from the raw values so one bad screen does not hide a duplicate. */
function checkScreenIds(src: YamlSource, diags: Diagnostics): void {
  const list = src.raw(['screens']);
  if (!Array.isArray(list)) return;
  const first = new Map<string, number>();
  list.forEach((_, i) => {
    const raw = src.raw(['screens', i, 'id']);
    if (typeof raw !== 'string' && typeof raw !== 'number') return;
    const id = String(raw).trim();
    const at = src.locate(['screens', i, 'id']);
    const line = first.get(id);
    if (line === undefined) first.set(id, at.line);
    else diags.error(src.file, at, 'id.duplicate', { id, first_line: line });
  });
}

/** The logo must be an SVG or PNG file of the data folder; the accent must read on its backgrounds. */
function checkBrand(dataDir: string, src: YamlSource, diags: Diagnostics): void {
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

/** The locale of site.yaml when it can be read and is valid, else French: messages must have a language even when the data is broken. */
export function readLocale(dataDir: string): Locale {
  try {
    const src = readYamlFile(dataDir, 'site.yaml', new Diagnostics());
    return src ? localeIn(src) : 'fr';
  } catch {
    return 'fr';
  }
}
