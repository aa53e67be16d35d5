// Reading the parts of barometer.yaml that need more than one zod schema: the
// dimensions (whose ids the rest of the file refers to), the question map, an eNPS
// written either as a score or as counts, and dimension scores keyed by id.
import { z } from 'zod';
import type { Diagnostics } from '../diagnostics.ts';
import type { Basis, Locale } from '../../model.ts';
import type { QuestionSpec } from './responses.ts';
import { roundHalfAway } from '../rounding.ts';
import { normalizeWord, suggest } from '../sources/text.ts';
import { choice, numberIn, text, validate } from '../validate.ts';
import type { Path, YamlSource } from '../sources/yaml.ts';
import { cappedList } from '../caps.ts';

export interface Dimension {
  id: string;
  label: string;
}

const DEFAULT_LABELS: Record<Locale, Record<string, string>> = {
  fr: {
    onboarding: 'Intégration',
    training: 'Formation',
    culture: "Culture d'entreprise",
    empowerment: 'Autonomie',
    wellbeing: 'Qualité de vie au travail',
    tools: 'Outils',
  },
  en: {
    onboarding: 'Onboarding',
    training: 'Training',
    culture: 'Company culture',
    empowerment: 'Empowerment',
    wellbeing: 'Wellbeing at work',
    tools: 'Tools',
  },
};

/** The six pillars of the usual action plan, labelled in `locale`. */
export function defaultDimensions(locale: Locale): Dimension[] {
  return Object.entries(DEFAULT_LABELS[locale]).map(([id, label]) => ({ id, label }));
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * A mapping whose values all follow `value`. The object check comes first so that a
 * list or a text gets "must be a set of keys" (zod names records in a way validate
 * does not translate).
 */
export function keyed<T extends z.ZodType>(value: T) {
  return z.looseObject({}).pipe(z.record(z.string(), value));
}

const mapping = keyed(z.unknown());

/**
 * `dimensions:` replaces the default list when given (a partial list means "these
 * only"). A pillar id with no label keeps its default label.
 */
export function readDimensions(src: YamlSource, locale: Locale, diags: Diagnostics): Dimension[] {
  const defaults = defaultDimensions(locale);
  const raw = src.raw(['dimensions']);
  if (raw === null || raw === undefined) return defaults;
  if (!validate(mapping, src, diags, ['dimensions'])) return defaults;
  const dims: Dimension[] = [];
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const path = ['dimensions', id];
    if (normalizeWord(id) === 'enps') {
      diags.error(src.file, src.locate(path, 'key'), 'barometer.dimension.reserved');
      continue;
    }
    const fallback = DEFAULT_LABELS[locale][id];
    const label = value === null && fallback ? fallback : validate(text(), src, diags, path);
    if (label !== undefined) dims.push({ id, label });
  }
  return dims.length > 0 ? dims : defaults;
}

/** `questions:` column header → `enps` or a dimension id, checked one by one. */
export function readQuestions(src: YamlSource, dimensionIds: readonly string[], diags: Diagnostics): QuestionSpec[] {
  const raw = src.raw(['questions']);
  if (raw === null || raw === undefined || !validate(mapping, src, diags, ['questions'])) return [];
  const target = choice(['enps', ...dimensionIds]);
  const seen = new Map<string, number>();
  const questions: QuestionSpec[] = [];
  for (const header of Object.keys(raw as Record<string, unknown>)) {
    const path = ['questions', header];
    const key = normalizeWord(header);
    const first = seen.get(key);
    if (first !== undefined) {
      diags.error(src.file, src.locate(path, 'key'), 'barometer.question.duplicate', { header, first_line: first });
      continue;
    }
    seen.set(key, src.locate(path, 'key').line);
    const t = validate(target, src, diags, path);
    if (t !== undefined) questions.push({ header, target: t });
  }
  return questions;
}

const count = numberIn(0, Infinity, { int: true });
const enpsCounts = z.strictObject({ promoters: count, passives: count, detractors: count });
const enpsScore = numberIn(-100, 100, { int: true });

/**
 * An eNPS written as a score, or as `{promoters, passives, detractors}` counts (then
 * round(100 × (P − D) / (P + Pa + D))). Counts may add up to fewer than the
 * respondents (some skip the question) but not to more. Undefined when absent or wrong.
 */
export function readEnps(src: YamlSource, path: Path, respondents: number | undefined, diags: Diagnostics): number | undefined {
  const raw = src.raw(path);
  if (raw === null || raw === undefined) return undefined;
  if (!isMapping(raw)) return validate(enpsScore, src, diags, path);
  const c = validate(enpsCounts, src, diags, path);
  if (!c) return undefined;
  const total = c.promoters + c.passives + c.detractors;
  if (total === 0) {
    diags.error(src.file, src.locate(path), 'barometer.enps.counts_empty');
    return undefined;
  }
  if (respondents !== undefined && total > respondents) {
    diags.error(src.file, src.locate(path), 'barometer.enps.counts_over', { total, respondents });
    return undefined;
  }
  return roundHalfAway((100 * (c.promoters - c.detractors)) / total);
}

/**
 * Dimension scores keyed by id (written in any case), already validated as 0–100;
 * an unknown id is an error at its key, with the closest id.
 */
export function checkDimensionKeys(
  src: YamlSource,
  path: Path,
  scores: Record<string, number> | null | undefined,
  dimensionIds: readonly string[],
  diags: Diagnostics,
): Record<string, number> {
  const out: Record<string, number> = {};
  if (!scores) return out;
  const byKey = new Map(dimensionIds.map((id) => [normalizeWord(id), id]));
  for (const [key, value] of Object.entries(scores)) {
    const id = byKey.get(normalizeWord(key));
    if (id !== undefined) out[id] = value;
    else {
      diags.error(src.file, src.locate([...path, key], 'key'), 'barometer.dimension.unknown', {
        key,
        choices: cappedList(dimensionIds),
        suggestion: suggest(key, dimensionIds),
      });
    }
  }
  return out;
}

/** The basis of an eNPS written as counts (their total, the promoters' and detractors' shares); undefined for a score. */
export function enpsBasis(raw: unknown): Basis | undefined {
  if (!isMapping(raw)) return undefined;
  const [P, Pa, D] = [raw.promoters, raw.passives, raw.detractors].map(Number) as [number, number, number];
  const n = P + Pa + D;
  return Number.isFinite(n) && n > 0 ? { n, promoters: P / n, detractors: D / n } : undefined;
}

export { enpsScore, enpsCounts };
