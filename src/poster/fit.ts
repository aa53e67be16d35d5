// How much the poster holds. The page is one sheet whatever the data, so the layout
// decides how many verbatims fit: the build estimates it from text lengths (so the
// printed page is right even without JavaScript), and a pass in the browser measures
// and drops more while the page still overflows. Both drop in the same order (this
// file), which the design notes set: oldest first, keeping a positive and a negative.
// No Node or Astro import: the browser bundle uses this file too.

export type PaperSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** ISO 216 sheets, portrait, in millimetres. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};

/** Printers leave 4–6 mm unprinted; 12 mm keeps a white frame around everything. */
export const MARGIN_MM = 12;

/** Everything (type included) is designed on A3; A4 is the same poster at 1/√2. */
export const SCALE: Record<PaperSize, number> = { A3: 1, A4: Math.SQRT1_2 };

export interface Sheet {
  size: PaperSize;
  orientation: Orientation;
  /** Page size in mm. */
  width: number;
  height: number;
  margin: number;
  scale: number;
}

export function sheetOf(size: PaperSize, orientation: Orientation): Sheet {
  const p = PAPER_MM[size];
  const [width, height] = orientation === 'portrait' ? [p.width, p.height] : [p.height, p.width];
  return { size, orientation, width, height, margin: MARGIN_MM, scale: SCALE[size] };
}

/** Page size in CSS pixels (96 per inch), for a browser viewport. */
export function sheetPx(sheet: Sheet): { width: number; height: number } {
  const px = (mm: number): number => Math.round((mm / 25.4) * 96);
  return { width: px(sheet.width), height: px(sheet.height) };
}

// ---------------------------------------------------------------- which to drop

export interface FitItem {
  date: string;
  sentiment: 'positive' | 'neutral' | 'negative';
  featured: boolean;
}

/**
 * The index of the verbatim to leave out next, or −1 when none may go: non-featured
 * before featured, oldest first (the later in the list on equal dates, i.e. the lower
 * ranked), never the last positive nor the last negative one, never the last one.
 */
export function nextToDrop(items: readonly FitItem[]): number {
  if (items.length <= 1) return -1;
  const count = { positive: 0, neutral: 0, negative: 0 };
  for (const v of items) count[v.sentiment]++;
  let best = -1;
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    if (v.sentiment !== 'neutral' && count[v.sentiment] <= 1) continue;
    if (best < 0) {
      best = i;
      continue;
    }
    const b = items[best]!;
    const older = v.featured !== b.featured ? !v.featured : v.date <= b.date;
    if (older) best = i;
  }
  return best;
}

// ---------------------------------------------------------------- estimate

/**
 * The poster's measures, in mm of the A3 design (the type of A4 is 1/√2 of A3's, but
 * its margins are not, so the room is worked out from the sheet), measured on the
 * stylesheet (poster.css) in Chromium with the poster font.
 */
export const LAYOUT = {
  /** Title block, footer, a section heading, the gap between blocks. */
  top: 33.4,
  bottom: 28.5,
  heading: 12,
  gap: 5.64,
  /** Between the two columns of cards; in landscape, between verbatims and figures. */
  columnGap: 6.35,
  sideGap: 8.47,
  /** Landscape: the verbatims' share of the width (1.5fr against 1fr). */
  voicesShare: 0.6,
  columns: 2,
  /** Card type: 16 pt = 5.64 mm, line height 1.3, mean advance of a character (em), padding. */
  quote: { size: 5.64, leading: 1.3, advance: 0.42, inset: 10.5 },
  /** The lead verbatim (featured, across the columns): 24 pt. */
  lead: { size: 8.47, leading: 1.22, advance: 0.4, inset: 0 },
  /** Tags, meta line, padding and the gap below a card or the lead. */
  cardChrome: 26.5,
  leadChrome: 27,
  /** The barometer and the plan, in portrait (see lowerHeight). */
  /** `figures` includes each figure's base line (respondents, margin); `steady` the headline when nothing moved. */
  lower: { figures: 38, steady: 7, highlight: 6, withheld: 6.8, pillar: 7.4, pair: 25, empty: 8 },
  /** Kept in hand: the browser pass brings spares back, it cannot make room. */
  slack: 3,
} as const;

/** What, besides the verbatims, takes room on the page. */
export interface PageContent {
  wave: boolean;
  highlights: number;
  withheld: boolean;
  /** The « nothing moved » headline above the figures. */
  steady?: boolean;
  pillars: number;
  pairs: number;
}

/** Height of the barometer and the plan, stacked (portrait). */
export function lowerHeight(c: PageContent): number {
  const l = LAYOUT.lower;
  const highlights = c.highlights > 0 ? 3.5 + c.highlights * l.highlight : 0;
  const barometer = LAYOUT.heading + (c.wave ? l.figures + (c.steady ? l.steady : 0) + highlights + (c.withheld ? l.withheld : 0) : l.empty);
  const plan = LAYOUT.heading + (c.pillars > 0 || c.pairs > 0 ? Math.max(c.pillars * l.pillar, c.pairs * l.pair) : l.empty);
  return barometer + LAYOUT.gap + plan;
}

export interface VoicesArea {
  /** Height the cards may take. */
  height: number;
  columnWidth: number;
  leadWidth: number;
}

/** The room of the verbatims' cards on `sheet`, in mm of the A3 design. */
export function voicesArea(sheet: Sheet, content: PageContent): VoicesArea {
  const width = (sheet.width - 2 * sheet.margin) / sheet.scale;
  const height = (sheet.height - 2 * sheet.margin - 0.5) / sheet.scale;
  const around = LAYOUT.top + LAYOUT.heading + LAYOUT.bottom;
  if (sheet.orientation === 'landscape') {
    const leadWidth = (width - LAYOUT.sideGap) * LAYOUT.voicesShare;
    return {
      height: height - around - 2 * LAYOUT.gap - LAYOUT.slack,
      leadWidth,
      columnWidth: (leadWidth - LAYOUT.columnGap) / LAYOUT.columns,
    };
  }
  return {
    height: height - around - 3 * LAYOUT.gap - lowerHeight(content) - LAYOUT.slack,
    leadWidth: width,
    columnWidth: (width - LAYOUT.columnGap) / LAYOUT.columns,
  };
}

export interface EstimateItem extends FitItem {
  /** Characters of the text as printed (after shortening). */
  length: number;
  /** Laid out across the columns, in the lead type. */
  lead?: boolean;
}

function lines(length: number, width: number, type: { size: number; advance: number }): number {
  return Math.ceil(length / Math.max(8, Math.floor(width / (type.size * type.advance))));
}

/** Estimated height the verbatims take: the lead, then rows of cards as tall as their tallest. */
export function estimateHeight(items: readonly EstimateItem[], area: VoicesArea): number {
  const { quote, lead } = LAYOUT;
  let height = 0;
  let row: number[] = [];
  for (const v of items) {
    if (v.lead) {
      height += LAYOUT.leadChrome + lines(v.length, area.leadWidth - lead.inset, lead) * lead.size * lead.leading;
      continue;
    }
    row.push(LAYOUT.cardChrome + lines(v.length, area.columnWidth - quote.inset, quote) * quote.size * quote.leading);
    if (row.length === LAYOUT.columns) {
      height += Math.max(...row);
      row = [];
    }
  }
  return row.length > 0 ? height + Math.max(...row) : height;
}

/**
 * The order in which the estimate leaves verbatims out so that they fit in `area`: the
 * indexes of `items`, first dropped first. The build prints the others and keeps these
 * hidden, for the browser pass to bring back the last ones dropped if they fit.
 */
export function dropsByEstimate(items: readonly EstimateItem[], area: VoicesArea): number[] {
  const kept = items.map((v, i) => ({ ...v, i }));
  const dropped: number[] = [];
  while (estimateHeight(kept, area) > area.height) {
    const j = nextToDrop(kept);
    if (j < 0) break;
    dropped.push(kept[j]!.i);
    kept.splice(j, 1);
  }
  return dropped;
}
