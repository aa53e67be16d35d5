// The fitting pass, in the browser, once the fonts and the logo are in. The build
// printed the verbatims its estimate found room for and kept the others hidden (fit.ts);
// here the page is measured: hidden ones come back while they fit, what matters least
// goes while anything overflows, and the quotes' type takes up the room left. The page
// is then one sheet whatever the data; `npm run poster` waits for html[data-fitted].
import { nextToDrop, type FitItem } from '../fit.ts';
import { DOM, sel } from '../../dom.ts';

/** Below this many verbatims, the plan's details give way first. */
const FEW_QUOTES = 4;
/** Quote type may shrink to this before a verbatim is left out, and grow up to GROW_MAX. */
const SQUEEZE_MIN = 0.9;
const GROW_MAX = 1.25;

/** The boxes that overflow, by name (data-fit-box: page, voices, lower). */
function overflowingBoxes(): Set<string> {
  const out = new Set<string>();
  for (const el of document.querySelectorAll<HTMLElement>(sel(DOM.fitBox))) {
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) out.add(el.getAttribute(DOM.fitBox) ?? '');
  }
  return out;
}

function overflowing(): boolean {
  return overflowingBoxes().size > 0;
}

function setGrow(g: number): void {
  document.documentElement.style.setProperty('--grow', String(g));
}

function spares(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`${sel(DOM.quote)}[hidden]`)];
}

/**
 * Hides the verbatim that may go (fit.ts nextToDrop), keeping `keep` at least. It
 * becomes a spare ranked above every other, so that it is the first to come back.
 */
function dropQuote(keep = 1): boolean {
  const quotes = [...document.querySelectorAll<HTMLElement>(`${sel(DOM.quote)}:not([hidden])`)];
  if (quotes.length <= keep) return false;
  const items: FitItem[] = quotes.map((q) => ({
    date: q.getAttribute(DOM.quoteDate) ?? '',
    sentiment: (q.getAttribute(DOM.sentiment) ?? 'neutral') as FitItem['sentiment'],
    featured: q.getAttribute(DOM.featured) === 'true',
  }));
  const i = nextToDrop(items);
  if (i < 0) return false;
  const rank = Math.max(0, ...spares().map((s) => Number(s.getAttribute(DOM.fitSpare)) || 0)) + 1;
  quotes[i]!.setAttribute(DOM.fitSpare, String(rank));
  quotes[i]!.hidden = true;
  return true;
}

/**
 * The optional block (data-fit-optional) with the lowest rank goes first; ranks of 10
 * and more (the first "you said / we did" pair) only when `late`.
 */
function dropOptional(late: boolean): boolean {
  const blocks = [...document.querySelectorAll<HTMLElement>(sel(DOM.fitOptional))]
    .map((el) => ({ el, rank: Number(el.getAttribute(DOM.fitOptional)) }))
    .filter((b) => late || b.rank < 10)
    .sort((a, b) => a.rank - b.rank);
  if (blocks.length === 0) return false;
  blocks[0]!.el.remove();
  return true;
}

/** Hidden verbatims come back, the last dropped first, while they fit. */
function restoreSpares(): number {
  if (overflowing()) return 0;
  const order = spares().sort((a, b) => Number(b.getAttribute(DOM.fitSpare)) - Number(a.getAttribute(DOM.fitSpare)));
  let restored = 0;
  for (const el of order) {
    el.hidden = false;
    if (overflowing()) {
      el.hidden = true;
      break;
    }
    restored++;
  }
  return restored;
}

/** The largest quote type, from SQUEEZE_MIN up to GROW_MAX, at which nothing overflows. */
function grow(): number {
  let grown = SQUEEZE_MIN;
  setGrow(grown);
  if (overflowing()) return grown;
  for (let next = grown + 0.02; next <= GROW_MAX + 1e-9; next += 0.02) {
    const g = Math.round(next * 100) / 100;
    setGrow(g);
    if (overflowing()) break;
    grown = g;
  }
  setGrow(grown);
  return grown;
}

/**
 * 1. The build's spares come back while they fit, at the normal type.
 * 2. With the quotes' type squeezed to SQUEEZE_MIN (a verbatim more is worth slightly
 *    smaller type), while something overflows: when the verbatims do, the oldest of them
 *    down to FEW_QUOTES, then (in portrait, where the barometer and the plan take their
 *    room from the verbatims) the extra pairs and the highlights, then verbatims down to
 *    one positive and one negative, then the last pair; when the barometer or the plan
 *    overflow, their optional blocks only (dropping verbatims would not help them); then
 *    the whole page's type shrinks by 4 % a turn. Each turn removes something or
 *    shrinks: the loop is bounded.
 * 3. What step 2 dropped comes back if the room it made allows, at the normal type.
 * 4. The quotes' type grows into whatever room is left (a half-empty column reads as a
 *    mistake from across the room).
 */
export function fit(): { restored: number; dropped: number; scale: number; grown: number } {
  const root = document.documentElement;
  let restored = restoreSpares();
  setGrow(SQUEEZE_MIN);
  let dropped = 0;
  let scale = 1;
  const stacked = !root.classList.contains('poster--landscape');
  for (let turn = 0; turn < 400; turn++) {
    const over = overflowingBoxes();
    if (over.size === 0) break;
    const removed = over.has('voices')
      ? dropQuote(FEW_QUOTES) || (stacked && dropOptional(false)) || dropQuote() || (stacked && dropOptional(true))
      : dropOptional(false) || dropOptional(true);
    if (removed) {
      dropped++;
      continue;
    }
    if (scale <= 0.4) break;
    scale = Math.round((scale - 0.04) * 100) / 100;
    root.style.setProperty('--fit', String(scale));
  }
  setGrow(1);
  if (dropped > 0) restored += restoreSpares();
  const grown = grow();
  return { restored, dropped, scale, grown };
}

export function fitPoster(): void {
  // `?nofit` shows the build's estimate alone, to tune it (fit.ts LAYOUT).
  if (new URLSearchParams(location.search).has('nofit')) return;
  const run = (): void => {
    const { restored, dropped, scale, grown } = fit();
    const root = document.documentElement;
    root.setAttribute(DOM.restored, String(restored));
    root.setAttribute(DOM.dropped, String(dropped));
    root.setAttribute(DOM.scale, String(scale));
    root.setAttribute(DOM.grown, String(grown));
    root.setAttribute(DOM.fitted, 'true');
  };
  // Measure with the real font and the logo in place: after `load` (images), with the
  // poster's font asked for explicitly (a font no element has used yet is not loading,
  // and `fonts.ready` would not wait for it).
  const loaded = document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const family = getComputedStyle(document.body).fontFamily;
  void loaded
    .then(() => Promise.all(['400', '600', '800'].map((w) => document.fonts.load(`${w} 16px ${family}`, '«Aé’»−'))))
    .then(() => document.fonts.ready)
    .then(run, run);
}
