// What each output shows: the screens, each screen's selection, and data.json.
// Everything here is already past the privacy rules (load.ts applies them), so what
// these functions return can be published as is.
import type { Action, Pillar, Project, Screen, Segment, SegmentChanges, Verbatim, Wave, WaveChanges } from '../model.ts';
import { changesOf, segmentChanges } from './changes.ts';
import { normalizeWord } from '../data/sources/text.ts';
import { selectVerbatims } from '../data/verbatims/read.ts';

/** The default wall (id `default`, at /wall/) followed by site.yaml's screens. */
export function screensOf(project: Project): Screen[] {
  const { site } = project;
  return [{ id: 'default', title: site.organisation, ...site.wall }, ...site.screens];
}

// A build asks for a selection per screen (plus the poster and data.json): the
// verbatims are grouped by site once per project and each selection is kept, so 40
// screens over 100,000 verbatims cost two passes, not 40. The groups keep the files'
// order, which is what breaks ties, so a selection is the same as from the whole list.
interface Selections {
  bySite: Map<string, Verbatim[]>;
  chosen: Map<string, Verbatim[]>;
}
const cache = new WeakMap<Project, Selections>();

function selectionsOf(project: Project): Selections {
  let s = cache.get(project);
  if (!s) {
    const bySite = new Map<string, Verbatim[]>();
    const keys = new Map<string, string>();
    for (const v of project.verbatims) {
      if (v.site === undefined) continue;
      let key = keys.get(v.site);
      if (key === undefined) keys.set(v.site, (key = normalizeWord(v.site)));
      const list = bySite.get(key);
      if (list) list.push(v);
      else bySite.set(key, [v]);
    }
    s = { bySite, chosen: new Map() };
    cache.set(project, s);
  }
  return s;
}

export function verbatimsFor(project: Project, screen: Pick<Screen, 'site'>): Verbatim[] {
  const { count, max_age_days } = project.site.verbatims;
  const site = screen.site === undefined || screen.site.trim() === '' ? undefined : screen.site;
  const key = site === undefined ? '' : normalizeWord(site);
  const s = selectionsOf(project);
  let chosen = s.chosen.get(key);
  if (!chosen) {
    const pool = site === undefined ? project.verbatims : (s.bySite.get(key) ?? []);
    chosen = selectVerbatims(pool, { count, maxAgeDays: max_age_days, today: project.today, site });
    s.chosen.set(key, chosen);
  }
  return [...chosen];
}

/** Waves as a screen shows them: a screen with a `site` keeps only that site's segments. */
export function wavesFor(project: Project, screen: Pick<Screen, 'site'>): Wave[] {
  if (!screen.site) return project.waves;
  const site = normalizeWord(screen.site);
  return project.waves.map((w) => ({ ...w, segments: w.segments.filter((s) => normalizeWord(s.name) === site) }));
}

/** A segment as data.json publishes it: its figures and, when it was published in the previous wave too, its changes. */
export type PublishedSegment = Omit<Segment, 'bases'> & { changes?: SegmentChanges };

/** A wave as data.json publishes it (the contract's fields; the bases of the verdicts stay inside). */
export type PublishedWave = Omit<Wave, 'bases' | 'segments'> & { segments: PublishedSegment[]; changes?: WaveChanges };

export interface PublishedData {
  organisation: string;
  locale: string;
  today: string;
  verbatims: Verbatim[];
  waves: PublishedWave[];
  actions: Action[];
  pillars: Pillar[];
}

/** `data.json`: the default wall's figures, for other tools (intranet widgets, chat bots). */
export function publishedData(project: Project): PublishedData {
  return {
    organisation: project.site.organisation,
    locale: project.site.locale,
    today: project.today,
    verbatims: verbatimsFor(project, {}),
    waves: publishedWaves(project.waves),
    actions: project.actions,
    pillars: project.pillars,
  };
}

/** The waves with their changes since the previous published wave (from the second on), segments likewise. */
function publishedWaves(waves: readonly Wave[]): PublishedWave[] {
  const changes = changesOf(waves);
  return waves.map((w, i) => {
    const previous = waves[i - 1];
    const segments = w.segments.map((s): PublishedSegment => {
      const c = previous ? segmentChanges(previous, s) : undefined;
      return { name: s.name, respondents: s.respondents, engagement: s.engagement, enps: s.enps, dimensions: s.dimensions, ...(c ? { changes: c } : {}) };
    });
    return {
      id: w.id,
      date: w.date,
      invited: w.invited,
      respondents: w.respondents,
      participation: w.participation,
      enps: w.enps,
      engagement: w.engagement,
      dimensions: w.dimensions,
      customer: w.customer,
      segments,
      withheld_segments: w.withheld_segments,
      highlights: w.highlights,
      ...(changes[i] ? { changes: changes[i] } : {}),
    };
  });
}
