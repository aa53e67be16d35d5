// What the poster prints, worked out from the Project: texts already shortened and
// typeset, figures already formatted. The Astro components only lay it out, and the
// tests read the same figures back from the PDF.
import { accessibleShade, ACCENT_MIN_CONTRAST, contrastRatio, PAPER_BACKGROUND } from '../data/contrast.ts';
import type { Locale, Project, Sentiment, Verbatim, Wave } from '../model.ts';
import { verbatimsFor } from '../figures/selections.ts';
import { youSaidWeDid } from '../figures/pairs.ts';
import { keyChanges, nothingMoved, type Change, type Direction } from '../figures/story.ts';
import { marginOf } from '../figures/changes.ts';
import { CHANGE_WORDS } from '../words/changes.ts';
import { formatter, quoted, truncateWords, typeset } from '../words/format.ts';
import { LABELS } from '../words/labels.ts';
import { qrSvg } from './qr.ts';
import { dropsByEstimate, sheetOf, voicesArea, type PageContent, type Sheet } from './fit.ts';
import { sparkline, type Sparkline } from './sparkline.ts';
import { POSTER_WORDS } from '../words/poster.ts';

/**
 * Longest verbatim printed, in characters, for a card and for the lead (set larger,
 * across the page), from the most generous: the build takes the first that lets
 * QUOTES_WANTED verbatims fit, so that long verbatims make shorter quotes rather
 * than fewer voices.
 */
export const QUOTE_LIMITS = [
  { card: 220, lead: 180 },
  { card: 180, lead: 150 },
  { card: 140, lead: 120 },
] as const;
export const QUOTES_WANTED = 5;
/** "You said / we did" pairs: short, they sit beside the bars. */
export const PAIR_MAX = 100;
export const PAIRS_SHOWN = 2;
/** A pillar's name is one line beside its bar. */
export const PILLAR_MAX = 40;
/** Without a logo the name is set as a wordmark, when it is short enough to be one. */
export const WORDMARK_MAX = 28;

export interface PosterQuote {
  /** Shortened at a word boundary, French spacing, between quote marks. */
  text: string;
  sentiment: Sentiment;
  sentimentLabel: string;
  featured: boolean;
  /** Set larger across the columns: the first featured verbatim. */
  lead: boolean;
  /** `téléphone · Lyon · 20 nov. 2026`. */
  meta: string;
  date: string;
  /**
   * Set when the build's estimate found no room for it: printed hidden, the browser
   * pass shows it if it fits after all, the highest first (the last the estimate dropped).
   */
  spare?: number;
}


export interface PosterFigure {
  key: 'participation' | 'enps' | 'engagement';
  label: string;
  value: string;
  /** `direction` is the verdict: a rise or a fall only when larger than chance. */
  change?: { text: string; direction: Direction; word: string; since: string };
  /** What the figure rests on: « 221 répondants · marge ± 4 pts » (people read posters closely). */
  base?: string;
  trend?: Sparkline;
}

export interface PosterPillar {
  id: string;
  label: string;
  progress: number;
  progressText: string;
}

export interface PosterPair {
  title: string;
  youSaid: string;
  weDid: string;
  status: string;
}

export interface PosterView {
  locale: Locale;
  sheet: Sheet;
  organisation: string;
  /** The organisation set as a wordmark where there is no logo (absent when too long: the subtitle names it). */
  wordmark?: string;
  title: string;
  subtitle: string;
  /** Accent as given, for marks where any shade will do. */
  accent: string;
  /** The accent, darkened when needed to keep 3:1 on paper (and a visible grey in black and white). */
  ink: string;
  labels: {
    verbatims: string;
    barometer: string;
    actions: string;
    featured: string;
    youSaid: string;
    weDid: string;
    pairs: string;
    qr: string;
  };
  /** The selection, in order; those with `spare` are printed hidden. */
  quotes: PosterQuote[];
  noVerbatims: string;
  /** `steady`: the headline when nothing moved for real since the previous wave. */
  wave?: { heading: string; figures: PosterFigure[]; steady?: string; highlights: string[]; withheld?: string };
  noBarometer: string;
  pillars: PosterPillar[];
  pairs: PosterPair[];
  /** `5 / 12 actions terminées`. */
  planSummary?: string;
  noActions: string;
  qr?: { svg: string; url: string };
  footer: string;
}

/** A text someone wrote, as printed: one paragraph, shortened at a word, then typeset like the wall's. */
function shorten(text: string, max: number, locale: Locale): string {
  return typeset(truncateWords(text, max), locale);
}

function quotesOf(project: Project, sheet: Sheet, content: PageContent): PosterQuote[] {
  const { locale } = project.site;
  const f = formatter(locale);
  const selection = verbatimsFor(project, {});
  const leadIndex = selection.findIndex((v) => v.featured);
  const area = voicesArea(sheet, content);
  const wanted = Math.min(QUOTES_WANTED, selection.length);
  const attempt = (limit: (typeof QUOTE_LIMITS)[number]) => {
    const items = selection.map((v: Verbatim, i) => {
      const lead = i === leadIndex;
      const text = shorten(v.text, lead ? limit.lead : limit.card, locale);
      return { v, lead, text, length: text.length + 4, date: v.date, sentiment: v.sentiment, featured: v.featured };
    });
    return { items, drops: dropsByEstimate(items, area) };
  };
  let best = attempt(QUOTE_LIMITS[0]);
  for (const limit of QUOTE_LIMITS.slice(1)) {
    if (best.items.length - best.drops.length >= wanted) break;
    best = attempt(limit);
  }
  const { items, drops } = best;
  return items.map(({ v, lead, text }, i) => {
    const order = drops.indexOf(i);
    return {
      text: quoted(text, locale),
      sentiment: v.sentiment,
      sentimentLabel: LABELS[locale].sentiment[v.sentiment],
      featured: v.featured,
      lead,
      meta: [v.channel, v.site, f.date(v.date)].filter(Boolean).join(' · '),
      date: v.date,
      ...(order >= 0 ? { spare: order + 1 } : {}),
    };
  });
}

function figure(
  key: PosterFigure['key'],
  waves: Wave[],
  pick: (w: Wave) => number | null,
  show: (n: number) => string,
  locale: Locale,
): PosterFigure | undefined {
  const last = waves.at(-1);
  const value = last ? pick(last) : null;
  if (!last || value === null) return undefined;
  const f = formatter(locale);
  const L = LABELS[locale];
  const out: PosterFigure = { key, label: L[key], value: show(value) };
  const prev = waves.at(-2);
  const moved: Change | undefined = keyChanges(last, prev)[key];
  if (prev && moved) {
    out.change = {
      text: f.points(moved.delta),
      direction: moved.direction,
      word: CHANGE_WORDS[locale].verdict[moved.direction],
      since: POSTER_WORDS[locale].since(f.month(prev.date)),
    };
  }
  const base = baseOf(key, last, value, locale);
  if (base) out.base = base;
  const series = waves.map(pick).filter((n): n is number => n !== null);
  if (series.length >= 2) out.trend = sparkline(series.slice(-8), 120, 36, 5);
  return out;
}

/**
 * Respondents and margin of error (95 %) of an estimated figure; participation is
 * counted, so its base is the respondents out of the invited.
 */
function baseOf(key: PosterFigure['key'], wave: Wave, value: number, locale: Locale): string | undefined {
  const f = formatter(locale);
  if (key === 'participation') return LABELS[locale].wall.respondents(f.number(wave.respondents), f.number(wave.invited));
  const basis = wave.bases?.[key] ?? { n: wave.respondents };
  const margin = Math.max(1, Math.round(marginOf(key === 'enps' ? 'net' : 'share', value, basis, wave.invited)));
  return CHANGE_WORDS[locale].base(f.number(basis.n), margin);
}

function barometerOf(project: Project): PosterView['wave'] {
  const { locale } = project.site;
  const f = formatter(locale);
  const last = project.waves.at(-1);
  if (!last) return undefined;
  const waves = project.waves;
  const figures = [
    figure('participation', waves, (w) => w.participation, f.percent, locale),
    figure('enps', waves, (w) => w.enps, f.signed, locale),
    figure('engagement', waves, (w) => w.engagement, f.percent, locale),
  ].filter((x): x is PosterFigure => x !== undefined);
  const previous = waves.at(-2);
  return {
    heading: POSTER_WORDS[locale].wave(last.id, f.date(last.date)),
    figures,
    ...(previous && nothingMoved(last, previous) ? { steady: CHANGE_WORDS[locale].steady(LABELS[locale].since(f.month(previous.date))) } : {}),
    highlights: last.highlights.slice(0, 2).map((h) => shorten(h, 120, locale)),
    withheld: last.withheld_segments > 0 ? LABELS[locale].withheld(last.withheld_segments) : undefined,
  };
}

function actionsOf(project: Project): { pillars: PosterPillar[]; pairs: PosterPair[]; summary?: string } {
  const { locale } = project.site;
  const f = formatter(locale);
  const W = POSTER_WORDS[locale];
  const pillars = project.pillars
    .filter((p) => p.progress !== null)
    .map((p) => ({
      id: p.id,
      label: shorten(p.label, PILLAR_MAX, locale),
      progress: p.progress ?? 0,
      progressText: f.percent(p.progress ?? 0),
    }));
  const done = project.actions.filter((a) => a.status === 'done').length;
  const summary = project.actions.length > 0 ? W.actionsSummary(done, project.actions.length) : undefined;
  const pairs = youSaidWeDid(project.actions, PAIRS_SHOWN)
    .map((a) => ({
      title: a.title,
      youSaid: quoted(shorten(a.you_said!, PAIR_MAX, locale), locale),
      weDid: shorten(a.we_did!, PAIR_MAX, locale),
      status: LABELS[locale].status[a.status],
    }));
  return { pillars, pairs, summary };
}

/** The accent for lines, hatching and large text on paper. */
export function paperInk(accent: string): string {
  if (contrastRatio(accent, PAPER_BACKGROUND) >= ACCENT_MIN_CONTRAST) return accent;
  return accessibleShade(accent, [PAPER_BACKGROUND], ACCENT_MIN_CONTRAST)?.hex ?? '#000000';
}

export function posterView(project: Project): PosterView {
  const { site } = project;
  const { locale } = site;
  const f = formatter(locale);
  const L = LABELS[locale];
  const W = POSTER_WORDS[locale];
  const sheet = sheetOf(site.poster.size, site.poster.orientation);
  const today = f.date(project.today);
  const { pillars, pairs, summary: planSummary } = actionsOf(project);
  const wave = barometerOf(project);
  const quotes = quotesOf(project, sheet, {
    wave: wave !== undefined,
    highlights: wave?.highlights.length ?? 0,
    withheld: wave?.withheld !== undefined,
    steady: wave?.steady !== undefined,
    pillars: pillars.length,
    pairs: pairs.length,
  });
  const url = site.poster.url;
  return {
    locale,
    sheet,
    organisation: site.organisation,
    wordmark: site.organisation.length <= WORDMARK_MAX ? site.organisation : undefined,
    title: W.title,
    subtitle: W.subtitle(site.organisation, today),
    accent: site.brand.accent,
    ink: paperInk(site.brand.accent),
    labels: {
      verbatims: L.slide.verbatims,
      barometer: L.slide.barometer,
      actions: L.slide.actions,
      featured: W.featured,
      youSaid: L.youSaid,
      weDid: L.weDid,
      pairs: W.pairsHeading,
      qr: W.qrCaption,
    },
    quotes,
    noVerbatims: L.noData.verbatims,
    wave,
    noBarometer: L.noData.barometer,
    pillars,
    pairs,
    planSummary,
    noActions: W.noActions,
    qr: url ? { svg: qrSvg(url, { title: url }), url } : undefined,
    footer: W.footer(today),
  };
}
