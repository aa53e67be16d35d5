// How the wall spreads verbatims over pages: one long quote alone and large, two
// medium ones side by side, three short ones together. Decided here, on the server,
// from the length of each text, so that no quote ever overflows its screen whatever
// the kiosk does (the sizes are in viewport units, see wall.css).
import type { Verbatim } from '../../model.ts';
import { truncateWords } from '../../words/format.ts';

export type PageLayout = 'solo' | 'duo' | 'trio';
/** Type size of a page's quotes, largest first; wall.css maps layout × size to viewport units. */
export type QuoteSize = 'xxl' | 'xl' | 'l' | 'm';

/**
 * Longest text each layout shows, in characters, before it is shortened at a word
 * boundary. Worked out on a 16:9 screen (the tightest case, portrait has more room):
 * a solo quote at the smallest solo size fills about seven lines of ~70 characters;
 * a duo column takes about eight lines of ~36, a trio column about six of ~28.
 */
export const QUOTE_MAX: Record<PageLayout, number> = { solo: 420, duo: 220, trio: 130 };

export interface PageQuote {
  verbatim: Verbatim;
  /** Whitespace collapsed and shortened to the layout's maximum (not yet quoted). */
  text: string;
  truncated: boolean;
}

export interface VerbatimPage {
  layout: PageLayout;
  size: QuoteSize;
  quotes: PageQuote[];
}

const lengthOf = (v: Verbatim): number => v.text.replace(/\s+/g, ' ').trim().length;

function sizeOf(layout: PageLayout, longest: number): QuoteSize {
  if (layout === 'solo') return longest <= 90 ? 'xxl' : longest <= 170 ? 'xl' : longest <= 280 ? 'l' : 'm';
  if (layout === 'duo') return longest <= 110 ? 'l' : 'm';
  return longest <= 80 ? 'l' : 'm';
}

function page(layout: PageLayout, verbatims: Verbatim[]): VerbatimPage {
  const quotes = verbatims.map((verbatim) => {
    const text = truncateWords(verbatim.text, QUOTE_MAX[layout]);
    return { verbatim, text, truncated: text !== verbatim.text.replace(/\s+/g, ' ').trim() };
  });
  return { layout, size: sizeOf(layout, Math.max(...quotes.map((q) => q.text.length))), quotes };
}

/**
 * Pages in the order given (featured first, as the selection already is). The very
 * first featured verbatim opens alone, as the headline; then each page takes three
 * short quotes when the next three are short, two when the next two fit side by side,
 * else one.
 */
export function paginateVerbatims(verbatims: readonly Verbatim[]): VerbatimPage[] {
  const pages: VerbatimPage[] = [];
  let i = 0;
  if (verbatims[0]?.featured) {
    pages.push(page('solo', [verbatims[0]]));
    i = 1;
  }
  while (i < verbatims.length) {
    const next = verbatims.slice(i, i + 3);
    const fits = (n: number, max: number): boolean => next.length >= n && next.slice(0, n).every((v) => lengthOf(v) <= max);
    const take = fits(3, QUOTE_MAX.trio) ? 3 : fits(2, QUOTE_MAX.duo) ? 2 : 1;
    pages.push(page(take === 3 ? 'trio' : take === 2 ? 'duo' : 'solo', next.slice(0, take)));
    i += take;
  }
  return pages;
}
