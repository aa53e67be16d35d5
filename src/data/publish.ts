// What each output shows: the screens, each screen's selection, and data.json.
// Everything here is already past the privacy rules (load.ts applies them), so what
// these functions return can be published as is.
import type { Action, Pillar, Project, Screen, Verbatim, Wave } from './model.ts';
import { normalizeWord } from './text.ts';
import { selectVerbatims } from './verbatims.ts';

/** The default wall (id `default`, at /wall/) followed by site.yaml's screens. */
export function screensOf(project: Project): Screen[] {
  const { site } = project;
  return [{ id: 'default', title: site.organisation, ...site.wall }, ...site.screens];
}

export function verbatimsFor(project: Project, screen: Pick<Screen, 'site'>): Verbatim[] {
  const { count, max_age_days } = project.site.verbatims;
  return selectVerbatims(project.verbatims, { count, maxAgeDays: max_age_days, today: project.today, site: screen.site });
}

/** Waves as a screen shows them: a screen with a `site` keeps only that site's segments. */
export function wavesFor(project: Project, screen: Pick<Screen, 'site'>): Wave[] {
  if (!screen.site) return project.waves;
  const site = normalizeWord(screen.site);
  return project.waves.map((w) => ({ ...w, segments: w.segments.filter((s) => normalizeWord(s.name) === site) }));
}

export interface PublishedData {
  organisation: string;
  locale: string;
  today: string;
  verbatims: Verbatim[];
  waves: Wave[];
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
    waves: project.waves.map((w) => ({
      id: w.id,
      date: w.date,
      invited: w.invited,
      respondents: w.respondents,
      participation: w.participation,
      enps: w.enps,
      engagement: w.engagement,
      dimensions: w.dimensions,
      customer: w.customer,
      segments: w.segments,
      withheld_segments: w.withheld_segments,
      highlights: w.highlights,
    })),
    actions: project.actions,
    pillars: project.pillars,
  };
}
