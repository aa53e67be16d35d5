// `npm run summary`: what a data change does to what people will see, in words, for a
// pull request's job summary. Pure: it compares two loaded projects; reading folders
// and git refs is scripts/summary.ts's and git-data.ts's job.
import { formatDiagnostic, type Diagnostic } from '../../data/diagnostics.ts';
import type { LoadResult } from '../../project/load.ts';
import type { Action, ActionStatus, Locale, Project, Verbatim, Wave } from '../../model.ts';
import { verbatimsFor } from '../../figures/selections.ts';
import { formatter, frenchSpacing, truncateWords } from '../../words/format.ts';
import { LABELS } from '../../words/labels.ts';
import { markdownText } from '../../words/markdown.ts';
import { countLine } from '../report.ts';
import { SUMMARY_TEXT } from '../../words/summary.ts';
import { CHANGE_WORDS } from '../../words/changes.ts';
import { keyChanges, nothingMoved } from '../../figures/story.ts';
import { COMMAND_WORDS, TERMINAL_LOCALE } from '../../words/commands.ts';

export { markdownText };

/** How many new verbatims are quoted before "… and N more". */
export const MAX_QUOTED = 10;
const QUOTE_CHARS = 160;

export interface FigureChange {
  /** `participation`, `enps`, `engagement`, or a dimension id. */
  key: string;
  before: number | null;
  after: number | null;
}

export interface Changes {
  verbatims: {
    added: Verbatim[];
    removed: Verbatim[];
    /** Added verbatims that the default wall shows. */
    addedOnWall: Verbatim[];
    nowFeatured: Verbatim[];
    noLongerFeatured: Verbatim[];
  };
  waves: {
    /** With the wave before it in the new data, for the deltas. */
    added: { wave: Wave; previous?: Wave }[];
    removed: Wave[];
    changed: { wave: Wave; figures: FigureChange[] }[];
  };
  actions: {
    added: Action[];
    removed: Action[];
    status: { action: Action; from: ActionStatus }[];
    progress: { action: Action; from: number }[];
    nowOverdue: Action[];
  };
  withheld: { segments: number; segmentsBefore: number; waves: number; wavesBefore: number };
  /** Top-level keys of site.yaml whose settings changed (screens, poster, brand…). */
  settings: string[];
}

/** What identifies a verbatim across two versions of the data (it has no id). */
function verbatimKey(v: Verbatim): string {
  return JSON.stringify([v.date, v.time ?? '', v.text, v.author ?? '', v.site ?? '', v.channel ?? '']);
}

/** Items of `a` not matched in `b`, counting duplicates (two identical rows are two verbatims). */
function multisetMinus(a: Verbatim[], b: Verbatim[]): Verbatim[] {
  const left = new Map<string, number>();
  for (const v of b) left.set(verbatimKey(v), (left.get(verbatimKey(v)) ?? 0) + 1);
  return a.filter((v) => {
    const k = verbatimKey(v);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
}

const KEY_FIGURES = ['participation', 'enps', 'engagement'] as const;

function figureChanges(before: Wave, after: Wave, dimensionIds: string[]): FigureChange[] {
  const out: FigureChange[] = [];
  for (const key of KEY_FIGURES) if (before[key] !== after[key]) out.push({ key, before: before[key], after: after[key] });
  for (const id of dimensionIds) {
    const b = before.dimensions[id] ?? null;
    const a = after.dimensions[id] ?? null;
    if (b !== a) out.push({ key: id, before: b, after: a });
  }
  return out;
}

const sumWithheld = (p: Project | undefined): number => (p ? p.waves.reduce((n, w) => n + w.withheld_segments, 0) : 0);

/** Compares two projects; `before` is absent when there was no readable data before. */
export function diffProjects(before: Project | undefined, after: Project): Changes {
  const oldVerbatims = before?.verbatims ?? [];
  const added = multisetMinus(after.verbatims, oldVerbatims);
  const wall = new Set(verbatimsFor(after, {}).map(verbatimKey));
  const oldByKey = new Map(oldVerbatims.map((v) => [verbatimKey(v), v]));
  const nowFeatured: Verbatim[] = [];
  const noLongerFeatured: Verbatim[] = [];
  for (const v of after.verbatims) {
    const old = oldByKey.get(verbatimKey(v));
    if (old && old.featured !== v.featured) (v.featured ? nowFeatured : noLongerFeatured).push(v);
  }

  const oldWaves = new Map((before?.waves ?? []).map((w) => [w.id, w]));
  const newIds = new Set(after.waves.map((w) => w.id));
  const dimensionIds = after.dimensions.map((d) => d.id);
  const waves: Changes['waves'] = { added: [], removed: (before?.waves ?? []).filter((w) => !newIds.has(w.id)), changed: [] };
  after.waves.forEach((w, i) => {
    const old = oldWaves.get(w.id);
    if (!old) waves.added.push({ wave: w, ...(i > 0 ? { previous: after.waves[i - 1] } : {}) });
    else if (JSON.stringify(old) !== JSON.stringify(w)) waves.changed.push({ wave: w, figures: figureChanges(old, w, dimensionIds) });
  });

  const oldActions = new Map((before?.actions ?? []).map((a) => [a.id, a]));
  const newActionIds = new Set(after.actions.map((a) => a.id));
  const actions: Changes['actions'] = {
    added: [],
    removed: (before?.actions ?? []).filter((a) => !newActionIds.has(a.id)),
    status: [],
    progress: [],
    nowOverdue: [],
  };
  for (const a of after.actions) {
    const old = oldActions.get(a.id);
    if (!old) actions.added.push(a);
    else {
      if (old.status !== a.status) actions.status.push({ action: a, from: old.status });
      if (old.progress !== a.progress) actions.progress.push({ action: a, from: old.progress });
    }
    if (a.overdue && !old?.overdue) actions.nowOverdue.push(a);
  }

  const settings = before
    ? (Object.keys(after.site) as (keyof Project['site'])[]).filter((k) => JSON.stringify(before.site[k]) !== JSON.stringify(after.site[k]))
    : [];
  return {
    settings,
    verbatims: { added, removed: multisetMinus(oldVerbatims, after.verbatims), addedOnWall: added.filter((v) => wall.has(verbatimKey(v))), nowFeatured, noLongerFeatured },
    waves,
    actions,
    withheld: {
      segments: sumWithheld(after),
      segmentsBefore: sumWithheld(before),
      waves: after.withheld_waves,
      wavesBefore: before?.withheld_waves ?? 0,
    },
  };
}

function hasChanges(c: Changes): boolean {
  const { verbatims: v, waves: w, actions: a, withheld: p } = c;
  return (
    v.added.length + v.removed.length + v.nowFeatured.length + v.noLongerFeatured.length +
      w.added.length + w.removed.length + w.changed.length +
      a.added.length + a.removed.length + a.status.length + a.progress.length + a.nowOverdue.length >
      0 || p.segments !== p.segmentsBefore || p.waves !== p.wavesBefore || c.settings.length > 0
  );
}

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

export type SummaryArgs = { old: string; new?: string } | { error: string };

// Usage errors come before any site.yaml is read: they speak the terminal's locale.
const say = COMMAND_WORDS[TERMINAL_LOCALE].summary;
export const SUMMARY_USAGE = say.usage;

/** `OLD NEW`, `OLD` (NEW = the data folder), or `--base REF [NEW]`. */
export function parseSummaryArgs(argv: readonly string[]): SummaryArgs {
  let base: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--base') {
      base = argv[++i];
      if (base === undefined || base === '') return { error: say.baseNeedsRef };
    } else if (a.startsWith('--base=')) base = a.slice('--base='.length);
    else if (a.startsWith('-')) return { error: say.unknownOption(a) };
    else positional.push(a);
  }
  if (base !== undefined) {
    if (positional.length > 1) return { error: say.baseOneFolder };
    return positional[0] === undefined ? { old: base } : { old: base, new: positional[0] };
  }
  if (positional.length === 0) return { error: say.nothingToCompare };
  if (positional.length > 2) return { error: say.tooMany };
  return positional[1] === undefined ? { old: positional[0]! } : { old: positional[0]!, new: positional[1] };
}
