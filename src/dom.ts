// The DOM contract: the data attributes through which the wall's and the poster's markup
// (src/wall/**.astro, src/poster/**.astro), their client code (src/wall/client/,
// src/poster/client/), the headless code (screenshots, poster print, bench) and the
// browser tests speak. Each is named once, here. Templates may write them literally (an
// attribute in JSX reads better); tests/unit/architecture/dom.test.ts checks that every
// attribute named here is written by a template or by client code, and that no code
// reads one that is not named here, so the two sides cannot drift apart.
//
// Plain strings, no browser API: the page code bundles it, Node code imports it, and a
// Playwright callback (which runs in the page, without imports) takes it as an argument.

export const DOM = {
  // The wall page (src/wall/Wall.astro and its slides).
  /** The wall's root element, carrying the three below. */
  wall: 'data-wall',
  /** The screen's id (site.yaml `screens`). */
  screen: 'data-screen',
  /** The screen's title, for the setup panel. */
  title: 'data-title',
  /** How long each slide stays, in seconds. */
  slideSeconds: 'data-slide-seconds',
  /** The element holding every slide section, in rotation order. */
  slides: 'data-slides',
  /** A slide section and its kind: verbatims, barometer, actions, mirror or announcement (on the poster: its blocks). */
  slide: 'data-slide',
  /** The page of a verbatims slide that takes several sections: 1…n. */
  page: 'data-page',
  /** The id of the announcement an announcement section shows. */
  announcement: 'data-announcement',
  /** An announcement's priority (normal or high). */
  priority: 'data-priority',
  /** The one slide shown: the first as rendered, then moved by the rotation. */
  active: 'data-active',
  /** The progress indicator, holding one step per slide section. */
  progress: 'data-progress',
  /** One step of the progress indicator. */
  step: 'data-step',
  /** The step of the slide on screen. */
  current: 'data-current',
  /** The steps of the slides already shown in this round. */
  done: 'data-done',
  /** On the progress indicator while slides rotate (never under reduced motion): its filling runs. */
  running: 'data-running',
  /** A chart's data, a JSON script beside its canvas (src/wall/parts/Chart.astro). */
  chart: 'data-chart',
  /** A figure's change since the previous wave: which figure (enps, engagement, dimension:<id>…). */
  change: 'data-change',
  /** The change's direction: up, down or stable. */
  verdict: 'data-verdict',
  /** A key figure of the poster: which one. */
  figure: 'data-figure',
  /** A verbatim's sentiment: positive, neutral or negative. */
  sentiment: 'data-sentiment',
  /** The look's theme: light or dark. */
  theme: 'data-theme',
  /** Static elements drifted against burn-in. */
  static: 'data-wall-static',
  /** The footer's data date, which steps aside while the offline strip shows. */
  date: 'data-wall-date',

  // The wall's runtime (src/wall/WallRuntime.astro, src/wall/client/).
  /** The offline strip; its text is the offline sentence. */
  offline: 'data-wall-offline',
  /** On the strip: the sentence for a deploy that could not be read. */
  broken: 'data-broken',
  /** On the strip: the sentence for an update held back. */
  held: 'data-held',
  /** Which sentence the strip shows: offline, broken or held. */
  strip: 'data-wall-strip',
  /** On <html> while the strip shows. */
  disconnected: 'data-wall-disconnected',
  /** The night view, shown outside the screen's hours. */
  night: 'data-wall-night',
  /** The night view's clock. */
  clock: 'data-wall-clock',
  /** On <html> while the wall is closed for the night. */
  closed: 'data-wall-closed',
  /** On <html>: how many files the offline cache holds. */
  cached: 'data-wall-cached',
  /** The setup panel (?setup). */
  setup: 'data-wall-setup',
  /** One line of the setup panel: what it tells. */
  setupLine: 'data-setup',
  /** On the setup panel when the text would be too small to read from across the room. */
  illegible: 'data-illegible',

  // The poster (src/poster/Poster.astro, src/poster/client/fit.ts).
  /** On <html>: the sheet's size (A3, A4) and orientation. */
  size: 'data-size',
  orientation: 'data-orientation',
  /** A box that must not overflow: page, voices or lower. */
  fitBox: 'data-fit-box',
  /** A block the fitting may drop, lowest rank first. */
  fitOptional: 'data-fit-optional',
  /** A quote kept in reserve (hidden) and its rank, for the fitting to bring back. */
  fitSpare: 'data-fit-spare',
  /** A quote, with its date, sentiment and whether it is featured. */
  quote: 'data-quote',
  quoteDate: 'data-date',
  featured: 'data-featured',
  /** On <html> once the fitting is done (`npm run poster` waits for it), with what it did. */
  fitted: 'data-fitted',
  restored: 'data-restored',
  dropped: 'data-dropped',
  scale: 'data-scale',
  grown: 'data-grown',
} as const;

export type DomAttribute = (typeof DOM)[keyof typeof DOM];

/** The attributes only client code sets, as the page runs (no template writes them). */
export const SET_BY_CLIENT: readonly (keyof typeof DOM)[] = [
  'done',
  'running',
  'strip',
  'disconnected',
  'closed',
  'cached',
  'setup',
  'setupLine',
  'illegible',
  'fitted',
  'restored',
  'dropped',
  'scale',
  'grown',
];

/** Hooks a look's own markup may carry, for the runtime's default styles (no template of ours writes them). */
export const FOR_LOOKS: readonly (keyof typeof DOM)[] = ['static', 'date'];

/** `[data-x]`, or `[data-x="value"]`: a selector for an attribute of the contract. */
export function sel(attribute: DomAttribute, value?: string): string {
  return value === undefined ? `[${attribute}]` : `[${attribute}="${value}"]`;
}
