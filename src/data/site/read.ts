// data/site.yaml: the organisation, language, screens, poster and brand. Required;
// every key but `organisation` has a default, and every screen inherits the wall's keys.
// Its parts read against other things live beside it: brand.ts (logo, contrast),
// screens.ts (wall and screens), columns.ts (the export's headers), wall.ts (one wall's keys).
import { z } from 'zod';
import { LOCALE_WORDS, ORIENTATION_WORDS } from '../../words/choices.ts';
import { blankAsAbsent } from '../common-schemas.ts';
import { DEFAULT_ACCENT } from '../contrast.ts';
import { Diagnostics, START } from '../diagnostics.ts';
import { readYamlFile } from '../sources/files.ts';
import { fitsQr, QR_MAX_BYTES } from './files.ts';
import { SLIDES, type Locale, type SiteConfig } from '../../model.ts';
import { suggest } from '../sources/text.ts';
import { choice, expected, numberIn, report, text, toNumber, validate } from '../validate.ts';
import type { YamlSource } from '../sources/yaml.ts';
import { brandSchema, checkBrand } from './brand.ts';
import { columns } from './columns.ts';
import { checkScreenIds, screensSchema, wallAndScreens, wallSchema } from './screens.ts';
import { checkHeartbeats } from './wall.ts';

export { ACCENT_MIN_CONTRAST, DEFAULT_ACCENT, PAPER_BACKGROUND, THEME_BACKGROUND } from '../contrast.ts';


const locale = () => choice(['fr', 'en'] as const, LOCALE_WORDS);

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
  wall: wallSchema,
  screens: screensSchema,
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
  checkHeartbeats(source, diags);
  if (!parsed || errorCount(diags) > errorsBefore) return undefined;

  const { wall, screens } = wallAndScreens(parsed.wall, parsed.screens);
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

/** The locale of site.yaml when it can be read and is valid, else French: messages must have a language even when the data is broken. */
export function readLocale(dataDir: string): Locale {
  try {
    const src = readYamlFile(dataDir, 'site.yaml', new Diagnostics());
    return src ? localeIn(src) : 'fr';
  } catch {
    return 'fr';
  }
}
