// `npm run summary`: what a data change does to what people will see, in words, for a
// pull request's job summary. Pure: it words what diff.ts finds between two loaded
// projects; reading folders and git refs is main.ts's and git-data.ts's job.
import { formatDiagnostic, type Diagnostic } from '../../data/diagnostics.ts';
import type { LoadResult } from '../../project/load.ts';
import type { Action, Locale, Project, Verbatim, Wave } from '../../model.ts';
import { formatter, frenchSpacing, truncateWords } from '../../words/format.ts';
import { LABELS } from '../../words/labels.ts';
import { markdownText } from '../../words/markdown.ts';
import { countLine } from '../report.ts';
import { SUMMARY_TEXT } from '../../words/summary.ts';
import { CHANGE_WORDS } from '../../words/changes.ts';
import { keyChanges, nothingMoved } from '../../figures/story.ts';
import { diffProjects, hasChanges, KEY_FIGURES, type Changes, type FigureChange } from './diff.ts';

/** How many new verbatims are quoted before "… and N more". */
export const MAX_QUOTED = 10;
const QUOTE_CHARS = 160;

interface Ctx {
  locale: Locale;
  t: (typeof SUMMARY_TEXT)[Locale];
  f: ReturnType<typeof formatter>;
  labels: (typeof LABELS)[Locale];
  dimensionLabel: (id: string) => string;
  people: (s: string) => string;
}

function verbatimLine(v: Verbatim, onWall: boolean, c: Ctx): string {
  const parts = [c.t.quote(c.people(truncateWords(v.text, QUOTE_CHARS))), c.f.date(v.date)];
  if (v.site) parts.push(c.people(v.site));
  parts.push(c.labels.sentiment[v.sentiment]);
  if (onWall) parts.push(c.t.onWall);
  return `- ${parts.join(' · ')}`;
}

function verbatimSection(ch: Changes['verbatims'], c: Ctx): string[] {
  const { added, removed, addedOnWall } = ch;
  if (added.length + removed.length + ch.nowFeatured.length + ch.noLongerFeatured.length === 0) return [];
  const counts = c.t.verbatimCounts(added.length, removed.length, added.length > 0 ? c.t.onWallCount(addedOnWall.length) : undefined);
  const lines = [`**${c.t.verbatims}${c.t.colon}** ${counts}.`, ''];
  const wall = new Set(addedOnWall);
  // The ones the wall shows first: they are what people will actually read.
  const ordered = [...addedOnWall, ...added.filter((v) => !wall.has(v))];
  for (const v of ordered.slice(0, MAX_QUOTED)) lines.push(verbatimLine(v, wall.has(v), c));
  if (ordered.length > MAX_QUOTED) lines.push(`- ${c.t.more(ordered.length - MAX_QUOTED)}`);
  for (const v of ch.nowFeatured) lines.push(`- ${c.t.nowFeatured}${c.t.colon} ${c.t.quote(c.people(truncateWords(v.text, QUOTE_CHARS)))}`);
  for (const v of ch.noLongerFeatured) lines.push(`- ${c.t.noLongerFeatured}${c.t.colon} ${c.t.quote(c.people(truncateWords(v.text, QUOTE_CHARS)))}`);
  return [...lines, ''];
}

function figureValue(key: string, v: number | null, c: Ctx): string {
  if (v === null) return c.t.notGiven;
  return key === 'enps' ? c.f.signed(v) : c.f.percent(v);
}

function figureName(key: string, c: Ctx): string {
  if (key === 'participation' || key === 'engagement' || key === 'enps') return c.t[key];
  return c.dimensionLabel(key);
}

/** A new wave's key figures, each change worded by its verdict (« +6 pts, stable »), and the headline when nothing moved. */
function addedWaveLine(wave: Wave, previous: Wave | undefined, c: Ctx): string {
  const W = CHANGE_WORDS[c.locale];
  const changes = keyChanges(wave, previous);
  let deltas = false;
  const figures = KEY_FIGURES.map((key) => {
    const value = wave[key];
    const moved = changes[key];
    if (value === null || !moved) return `${c.t[key]} ${figureValue(key, value, c)}`;
    deltas = true;
    return `${c.t[key]} ${figureValue(key, value, c)} (${c.f.points(moved.delta)}, ${W.verdict[moved.direction]})`;
  });
  const vs = previous && deltas ? ` (${c.t.vs(markdownText(previous.id))})` : '';
  const steady = previous && nothingMoved(wave, previous) ? ` ${W.steady(c.labels.since(c.f.month(previous.date)))}.` : '';
  return `- ${c.t.waveAdded(markdownText(wave.id), c.f.date(wave.date))}${c.t.colon} ${figures.join(', ')}${vs}.${steady}`;
}

function changedWaveLine(wave: Wave, figures: FigureChange[], c: Ctx): string {
  if (figures.length === 0) return `- ${c.t.waveChanged(markdownText(wave.id))}${c.t.colon} ${c.t.waveOtherChanges}.`;
  const parts = figures.map(({ key, before, after }) => {
    let s = `${figureName(key, c)} ${figureValue(key, before, c)} → ${figureValue(key, after, c)}`;
    if (before !== null && after !== null) s += ` (${c.f.points(after - before)})`;
    return s;
  });
  return `- ${c.t.waveChanged(markdownText(wave.id))}${c.t.colon} ${parts.join(', ')}.`;
}

function barometerSection(ch: Changes, c: Ctx): string[] {
  const { added, removed, changed } = ch.waves;
  const lines: string[] = [];
  for (const { wave, previous } of added) lines.push(addedWaveLine(wave, previous, c));
  for (const { wave, figures } of changed) lines.push(changedWaveLine(wave, figures, c));
  for (const wave of removed) lines.push(`- ${c.t.waveRemoved(markdownText(wave.id))}`);
  return lines.length ? [`**${c.t.barometer}${c.t.colon}**`, '', ...lines, ''] : [];
}

function privacySection(p: Changes['withheld'], c: Ctx): string[] {
  const lines: string[] = [];
  const before = (now: number, then: number): string => (now !== then ? ` (${c.t.before(String(then))})` : '');
  if (p.segments > 0 || p.segmentsBefore > 0) lines.push(`- ${c.t.withheldSegments(p.segments)}${before(p.segments, p.segmentsBefore)}.`);
  if (p.waves > 0 || p.wavesBefore > 0) lines.push(`- ${c.t.withheldWaves(p.waves)}${before(p.waves, p.wavesBefore)}.`);
  return lines.length ? [`**${c.t.privacy}${c.t.colon}**`, '', ...lines, ''] : [];
}

function actionSection(ch: Changes['actions'], c: Ctx): string[] {
  const title = (a: Action): string => c.t.quote(c.people(a.title));
  const lines: string[] = [];
  for (const a of ch.added) lines.push(`- ${c.t.actionAdded}${c.t.colon} ${title(a)} (${c.labels.status[a.status]}, ${c.f.percent(a.progress)}).`);
  // One line per action whose status or progress moved, in the file's order.
  const moved = new Map<Action, string[]>();
  const note = (a: Action, s: string): void => void moved.set(a, [...(moved.get(a) ?? []), s]);
  for (const { action, from } of ch.status) note(action, `${c.labels.status[from]} → ${c.labels.status[action.status]}`);
  for (const { action, from } of ch.progress) {
    note(action, `${c.t.progress} ${c.f.percent(from)} → ${c.f.percent(action.progress)} (${c.f.points(action.progress - from)})`);
  }
  for (const [action, parts] of moved) lines.push(`- ${title(action)}${c.t.colon} ${parts.join(', ')}.`);
  for (const a of ch.nowOverdue) lines.push(`- ${c.t.nowOverdue}${c.t.colon} ${title(a)}${a.due ? ` (${c.t.due(c.f.date(a.due))})` : ''}.`);
  for (const a of ch.removed) lines.push(`- ${c.t.actionRemoved}${c.t.colon} ${title(a)}.`);
  return lines.length ? [`**${c.t.actions}${c.t.colon}**`, '', ...lines, ''] : [];
}

function context(locale: Locale, project?: Project): Ctx {
  const labels = new Map((project?.dimensions ?? []).map((d) => [d.id, d.label]));
  return {
    locale,
    t: SUMMARY_TEXT[locale],
    f: formatter(locale),
    labels: LABELS[locale],
    dimensionLabel: (id) => markdownText(labels.get(id) ?? id),
    people: (s) => markdownText(locale === 'fr' ? frenchSpacing(s) : s),
  };
}

const errorsIn = (diags: Diagnostic[]): Diagnostic[] => diags.filter((d) => d.severity === 'error');

/**
 * The Markdown account, in the new data's locale. When the new data has errors it says
 * so and lists them: nothing would be published.
 */
export function renderSummary(before: LoadResult, after: LoadResult): string {
  const locale = after.locale;
  const c = context(locale, after.project);
  const lines = [`### ${c.t.title}`, ''];
  if (!after.project) {
    const errors = errorsIn(after.diagnostics);
    lines.push(c.t.blocked(errors.length), '');
    for (const d of errors) lines.push(`- ${markdownText(formatDiagnostic(d, locale))}`);
    return `${lines.join('\n')}\n`;
  }
  if (!before.project) lines.push(c.t.oldUnreadable(errorsIn(before.diagnostics).length), '');
  const changes = diffProjects(before.project, after.project);
  if (hasChanges(changes)) {
    lines.push(
      ...verbatimSection(changes.verbatims, c),
      ...barometerSection(changes, c),
      ...actionSection(changes.actions, c),
      ...privacySection(changes.withheld, c),
      ...(changes.settings.length ? [`**${c.t.settings}${c.t.colon}** ${c.t.settingsChanged(changes.settings.map((k) => `\`${k}\``).join(', '))}`, ''] : []),
    );
  } else lines.push(c.t.nothing, '');
  lines.push(`**${c.t.check}${c.t.colon}** ${countLine(after.diagnostics, locale)}`);
  return `${lines.join('\n')}\n`;
}
