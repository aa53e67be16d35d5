// data/actions.yaml: the action plan that follows each barometer wave. Optional: no
// file is an empty plan. Each action is validated on its own, so one broken action
// does not hide the problems of the others, and computes its progress and overdue.
import { z } from 'zod';
import { blankAsAbsent, slugId } from './common-schemas.ts';
import { START, type Diagnostics } from './diagnostics.ts';
import { idChecker } from './ids.ts';
import { readYamlFile } from './sources/files.ts';
import type { Action, ActionStatus, Pillar } from '../model.ts';
import { roundHalfAway } from './rounding.ts';
import { boolean, choice, date, numberIn, text, validate } from './validate.ts';
import type { YamlSource } from './sources/yaml.ts';
import { STATUS_WORDS } from '../words/choices.ts';
import { shownAt, type Shown } from './shown.ts';

const STATUSES: readonly ActionStatus[] = ['planned', 'in_progress', 'done', 'blocked'];

/** `60 %` is how people write a progress; the number is what matters. */
const withoutPercent = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/\s*%\s*$/, '') : v);

function actionSchema(dimensions: readonly { id: string; label: string }[]) {
  // A pillar may be written as its label (`Intégration`) as well as its id (`onboarding`).
  const labels: Record<string, string> = {};
  for (const d of dimensions) labels[d.label] = d.id;
  return z.strictObject({
    id: slugId(),
    title: text(),
    pillar: choice(
      dimensions.map((d) => d.id),
      labels,
    ),
    status: choice(STATUSES, STATUS_WORDS).default('planned'),
    progress: blankAsAbsent(z.preprocess(withoutPercent, numberIn(0, 100, { int: true }))),
    owner: blankAsAbsent(text()),
    start: blankAsAbsent(date()),
    due: blankAsAbsent(date()),
    you_said: blankAsAbsent(text()),
    we_did: blankAsAbsent(text()),
    milestones: z
      .array(
        z.strictObject({
          title: text(),
          done: boolean().default(false),
          date: blankAsAbsent(date()),
        }),
      )
      .nullish(),
  });
}

type Parsed = z.output<ReturnType<typeof actionSchema>>;

/** done → 100; else the progress written; else the share of milestones done; else 0. */
export function derivedProgress(a: Pick<Parsed, 'status' | 'progress' | 'milestones'>): number {
  if (a.status === 'done') return 100;
  if (a.progress !== undefined) return a.progress;
  const milestones = a.milestones ?? [];
  if (milestones.length === 0) return 0;
  return roundHalfAway((100 * milestones.filter((m) => m.done).length) / milestones.length);
}

function toAction(a: Parsed, today: string): Action {
  const action: Action = {
    id: a.id,
    title: a.title,
    pillar: a.pillar,
    status: a.status,
    progress: derivedProgress(a),
    // YYYY-MM-DD strings compare in date order.
    overdue: a.due !== undefined && a.due < today && a.status !== 'done',
    milestones: (a.milestones ?? []).map((m) => ({ title: m.title, done: m.done, ...(m.date ? { date: m.date } : {}) })),
  };
  for (const key of ['owner', 'start', 'due', 'you_said', 'we_did'] as const) {
    const v = a[key];
    if (v !== undefined) action[key] = v;
  }
  return action;
}

/** One pillar per dimension, in the dimensions' order: the mean progress of its actions. */
export function pillarsOf(dimensions: readonly { id: string; label: string }[], actions: readonly Action[]): Pillar[] {
  return dimensions.map((d) => {
    const mine = actions.filter((a) => a.pillar === d.id);
    const progress = mine.length ? roundHalfAway(mine.reduce((s, a) => s + a.progress, 0) / mine.length) : null;
    return { id: d.id, label: d.label, progress };
  });
}

/** Rules across fields, reported at the value a person would change. */
function checkAction(src: YamlSource, base: readonly PropertyKey[], a: Parsed, diags: Diagnostics): void {
  if (a.start !== undefined && a.due !== undefined && a.due < a.start) {
    diags.error(src.file, src.locate([...base, 'due']), 'actions.due_before_start', { due: a.due, start: a.start });
  }
  if (a.status === 'done' && a.progress !== undefined && a.progress < 100) {
    diags.error(src.file, src.locate([...base, 'progress']), 'actions.done_progress', { found: a.progress });
  }
}

export function loadActions(
  dataDir: string,
  dimensions: { id: string; label: string }[],
  today: string,
  diags: Diagnostics,
): { actions: Action[]; pillars: Pillar[]; shown: Shown[] } {
  const none = { actions: [], pillars: pillarsOf(dimensions, []), shown: [] };
  const src = readYamlFile(dataDir, 'actions.yaml', diags);
  // A file of comments only is an empty plan, like no file at all.
  if (!src || src.value === null) return none;
  if (Array.isArray(src.value)) {
    diags.error(src.file, START, 'actions.bare_list');
    return none;
  }
  if (typeof src.value !== 'object') {
    diags.error(src.file, START, 'actions.not_mapping');
    return none;
  }
  const top = validate(z.strictObject({ actions: z.array(z.unknown()).nullish() }), src, diags);
  if (!top) return none;

  const schema = actionSchema(dimensions);
  const repeated = idChecker(src, diags);
  const actions: Action[] = [];
  const shown: Shown[] = [];
  (top.actions ?? []).forEach((_, i) => {
    const base = ['actions', i] as const;
    const duplicate = repeated([...base, 'id']);
    const parsed = validate(schema, src, diags, base);
    if (!parsed) return;
    checkAction(src, base, parsed, diags);
    // Shown as written on the wall: the privacy step warns about a phone number or an e-mail there.
    const texts: PropertyKey[][] = ['title', 'owner', 'you_said', 'we_did'].map((k) => [...base, k]);
    (parsed.milestones ?? []).forEach((_, m) => texts.push([...base, 'milestones', m, 'title']));
    shown.push(...shownAt(src, texts, diags));
    if (!duplicate) actions.push(toAction(parsed, today));
  });
  return { actions, pillars: pillarsOf(dimensions, actions), shown };
}

export { actionSchema };
