// barometer.yaml: the engagement survey's waves, written as figures or computed from
// respondent-level files. What this returns is not published as is: the load step
// passes it through the privacy rules (privacy/barometer.ts) first.
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostics, Position } from '../diagnostics.ts';
import { checkDimensionKeys, defaultDimensions, enpsBasis, isMapping, keyed, readDimensions, readEnps, readQuestions, type Dimension } from './fields.ts';
import { readYamlFile } from '../sources/files.ts';
import { checkRelative, refusedPath } from '../sources/safe-path.ts';
import { shownAt, type Shown } from '../shown.ts';
import type { Bases, Segment, SiteConfig, Verbatim, Wave } from '../../model.ts';
import { readResponses, type ResponsesSpec } from './responses.ts';
import { roundHalfAway } from '../rounding.ts';
import type { BarometerRead, Draft } from './draft.ts';
import { customerFromVerbatims } from './customer.ts';
import { normalizeWord } from '../sources/text.ts';
import { date, numberIn, relativePath, text, validate } from '../validate.ts';
import type { Path, YamlSource } from '../sources/yaml.ts';

export { defaultDimensions, type Dimension };

const top = z.strictObject({
  dimensions: z.unknown().optional(),
  scale: z.unknown().optional(),
  questions: z.unknown().optional(),
  segment_column: z.unknown().optional(),
  waves: z.unknown().optional(),
});

const positive = numberIn(1, Infinity, { int: true });
// Percentages written by hand may carry decimals (72,5 from a survey tool's report);
// they are published as whole numbers, like the computed ones.
const percent = numberIn(0, 100).transform(roundHalfAway);
const scores = keyed(percent);

const segmentSchema = z.strictObject({
  name: text(),
  respondents: positive,
  engagement: percent.nullish(),
  enps: z.unknown().optional(),
  dimensions: scores.nullish(),
});

const customerSchema = z.strictObject({ nps: numberIn(-100, 100).transform(roundHalfAway).nullish(), csat: percent.nullish() });

const waveSchema = z.strictObject({
  id: text(),
  date: date(),
  invited: positive,
  respondents: positive.nullish(),
  enps: z.unknown().optional(),
  engagement: percent.nullish(),
  dimensions: scores.nullish(),
  // The figures, or `auto` (computed from the verbatims): read by readCustomer.
  customer: z.unknown().optional(),
  segments: z.array(segmentSchema).nullish(),
  highlights: z.array(text()).nullish(),
  responses: relativePath().nullish(),
  // The sheet of an .xlsx `responses` (default the first).
  sheet: text().nullish(),
});

interface Context {
  src: YamlSource;
  dataDir: string;
  dimensionIds: string[];
  spec: ResponsesSpec;
  diags: Diagnostics;
}

/** `verbatims`: every valid verbatim, for the waves whose customer figures are `auto`. */
export function readBarometer(dataDir: string, site: SiteConfig, diags: Diagnostics, verbatims: readonly Verbatim[] = []): BarometerRead {
  const empty: BarometerRead = { dimensions: defaultDimensions(site.locale), drafts: [], shown: [] };
  const src = readYamlFile(dataDir, 'barometer.yaml', diags);
  // An absent file, or one holding only comments, means "no barometer yet".
  if (!src || src.value === null || src.value === undefined) return empty;
  if (!isMapping(src.value)) {
    diags.error(src.file, src.locate([]), 'yaml.not_mapping');
    return empty;
  }
  validate(top, src, diags);
  const dimensions = readDimensions(src, site.locale, diags);
  const dimensionIds = dimensions.map((d) => d.id);
  const optional = <T>(key: string, schema: z.ZodType<T>): T | undefined =>
    src.raw([key]) === null || src.raw([key]) === undefined ? undefined : validate(schema, src, diags, [key]);
  const spec: ResponsesSpec = {
    scale: optional('scale', numberIn(2, 11, { int: true })) ?? 5,
    questions: readQuestions(src, dimensionIds, diags),
    segmentColumn: optional('segment_column', text()),
  };
  const rawWaves = optional('waves', z.array(z.unknown())) ?? [];
  const ctx: Context = { src, dataDir, dimensionIds, spec, diags };
  const drafts: Draft[] = [];
  const shown: Shown[] = [];
  const ids = new Map<string, number>();
  rawWaves.forEach((_, index) => {
    // push(...): a wave lists a few highlights and segments.
    shown.push(...shownAt(src, contactPaths(src, index), diags));
    const draft = readWave(ctx, index);
    if (!draft) return;
    const first = ids.get(draft.wave.id);
    if (first !== undefined) {
      diags.error(src.file, src.locate(['waves', index, 'id']), 'id.duplicate', { id: draft.wave.id, first_line: first });
      return;
    }
    ids.set(draft.wave.id, src.locate(['waves', index, 'id']).line);
    drafts.push(draft);
  });
  // Stable: waves of the same date keep the file's order.
  drafts.sort((a, b) => (a.wave.date < b.wave.date ? -1 : a.wave.date > b.wave.date ? 1 : 0));
  autoCustomers(drafts, verbatims, src, diags);
  return { dimensions, drafts, src, shown };
}

/** A wave's highlights and typed segment names: shown as written, so checked for a phone or an e-mail. */
function contactPaths(src: YamlSource, index: number): Path[] {
  const list = (key: string): unknown[] => {
    const v = src.raw(['waves', index, key]);
    return Array.isArray(v) ? v : [];
  };
  return [
    ...list('highlights').map((_, k): Path => ['waves', index, 'highlights', k]),
    ...list('segments').map((_, k): Path => ['waves', index, 'segments', k, 'name']),
  ];
}

/**
 * `customer: auto`: each such wave's customer figures from the verbatims dated after the
 * previous wave (published or not: the periods follow the calendar) up to its own date.
 */
function autoCustomers(drafts: Draft[], verbatims: readonly Verbatim[], src: YamlSource, diags: Diagnostics): void {
  drafts.forEach((draft, i) => {
    if (!draft.autoCustomer) return;
    const after = i > 0 ? drafts[i - 1]!.wave.date : undefined;
    const { customer, bases } = customerFromVerbatims(verbatims, after, draft.wave.date);
    if (customer.nps === undefined && customer.csat === undefined) {
      diags.warning(src.file, draft.autoCustomer, 'barometer.customer.auto_empty', { ...(after ? { after } : {}), until: draft.wave.date });
    }
    draft.wave.customer = customer;
    draft.wave.bases = { ...(draft.wave.bases ?? { dimensions: {} }), customer: bases };
  });
}

function readWave(ctx: Context, index: number): Draft | undefined {
  const { src, diags, dimensionIds } = ctx;
  const base: Path = ['waves', index];
  if (src.raw(base) === null || !isMapping(src.raw(base))) {
    validate(keyed(z.unknown()), src, diags, base);
    return undefined;
  }
  const w = validate(waveSchema, src, diags, base);
  if (!w) {
    // Still check what zod leaves to us, so that one run lists every problem.
    readEnps(src, [...base, 'enps'], undefined, diags);
    readCustomer(src, base, diags);
    const dims = src.raw([...base, 'dimensions']);
    if (isMapping(dims)) checkDimensionKeys(src, [...base, 'dimensions'], dims as Record<string, number>, dimensionIds, diags);
    return undefined;
  }
  const at = (key: PropertyKey, which: 'key' | 'value' = 'value'): Position => src.locate([...base, key], which);

  const customer = readCustomer(src, base, diags);
  if (w.responses) {
    const draft = readComputedWave(ctx, index, w, at, customer);
    return customer ? draft : undefined;
  }

  if (w.respondents === null || w.respondents === undefined) {
    diags.error(src.file, src.locate(base), 'key.required', { key: 'respondents' });
    return undefined;
  }
  let ok = true;
  if (w.respondents > w.invited) {
    diags.error(src.file, at('respondents'), 'barometer.respondents.over_invited', { respondents: w.respondents, invited: w.invited });
    ok = false;
  }
  if (!customer) ok = false;
  const enps = readEnps(src, [...base, 'enps'], w.respondents, diags);
  const segments: Draft['segments'] = [];
  const names = new Map<string, number>();
  (w.segments ?? []).forEach((s, j) => {
    const sPath = [...base, 'segments', j];
    const sAt = src.locate(sPath);
    const key = normalizeWord(s.name);
    const first = names.get(key);
    if (first !== undefined) {
      diags.error(src.file, src.locate([...sPath, 'name']), 'barometer.segment.duplicate', { name: s.name, first_line: first });
      ok = false;
      return;
    }
    names.set(key, src.locate([...sPath, 'name']).line);
    if (s.respondents > w.respondents!) {
      diags.error(src.file, src.locate([...sPath, 'respondents']), 'barometer.segment.over_wave', {
        name: s.name,
        respondents: s.respondents,
        wave_respondents: w.respondents!,
      });
      ok = false;
    }
    const segmentEnps = readEnps(src, [...sPath, 'enps'], s.respondents, diags);
    const segment: Segment = {
      name: s.name,
      respondents: s.respondents,
      engagement: s.engagement ?? null,
      enps: segmentEnps ?? null,
      dimensions: checkDimensionKeys(src, [...sPath, 'dimensions'], s.dimensions, dimensionIds, diags),
      ...basesOf(segmentEnps, src.raw([...sPath, 'enps'])),
    };
    segments.push({ segment, at: sAt });
  });
  // Segments are one split of the wave (by site, or by team): two splits side by side
  // would let a withheld segment be worked out by subtraction across them.
  const total = segments.reduce((n, s) => n + s.segment.respondents, 0);
  if (total > w.respondents && segments.every((s) => s.segment.respondents <= w.respondents!)) {
    diags.error(src.file, at('segments', 'key'), 'barometer.segments.over_wave', { total, respondents: w.respondents });
    ok = false;
  }
  if (!ok || !customer) return undefined;
  return {
    index,
    wave: {
      id: w.id,
      date: w.date,
      invited: w.invited,
      respondents: w.respondents,
      enps: enps ?? null,
      engagement: w.engagement ?? null,
      dimensions: checkDimensionKeys(src, [...base, 'dimensions'], w.dimensions, dimensionIds, diags),
      customer: customer.customer,
      ...basesOf(enps, src.raw([...base, 'enps'])),
    },
    segments,
    highlights: highlightsOf(src, base, w.highlights),
    figureAt: (figure) => at(figure.startsWith('customer:') ? 'customer' : figure.startsWith('dimension:') ? 'dimensions' : figure),
    ...(customer.auto ? { autoCustomer: customer.auto } : {}),
  };
}

/** Figures typed in YAML rest on the respondents, except an eNPS given as counts: its basis is theirs. */
function basesOf(enps: number | undefined, raw: unknown): { bases?: Bases } {
  const basis = enps === undefined ? undefined : enpsBasis(raw);
  return basis ? { bases: { enps: basis, dimensions: {}, customer: {} } } : {};
}

type ParsedWave = z.output<typeof waveSchema>;

/** A wave whose respondents, eNPS, engagement, dimensions and segments come from a CSV. */
function readComputedWave(
  ctx: Context,
  index: number,
  w: ParsedWave,
  at: (key: PropertyKey, which?: 'key' | 'value') => Position,
  customer: ReturnType<typeof readCustomer>,
): Draft | undefined {
  const { src, diags, dataDir, spec, dimensionIds } = ctx;
  const base: Path = ['waves', index];
  const rel = w.responses!;
  for (const key of ['respondents', 'enps', 'engagement', 'dimensions', 'segments'] as const) {
    const raw = src.raw([...base, key]);
    if (raw !== undefined && raw !== null) diags.warning(src.file, at(key, 'key'), 'barometer.computed_ignored', { field: key, file: rel });
  }
  if (!['.csv', '.xlsx'].includes(path.extname(rel).toLowerCase())) {
    diags.error(src.file, at('responses'), 'barometer.responses.not_csv', { found: rel });
    return undefined;
  }
  const checked = checkRelative(dataDir, rel);
  if (!checked.ok) {
    diags.error(src.file, at('responses'), refusedPath(checked.reason), { field: 'responses', found: rel });
    return undefined;
  }
  if (spec.questions.length === 0) {
    diags.error(src.file, at('responses'), 'barometer.responses.no_questions');
    return undefined;
  }
  const errorsBefore = diags.list.filter((d) => d.severity === 'error').length;
  const { result } = readResponses(dataDir, rel, spec, dimensionIds, diags, w.sheet ?? undefined);
  // A file with unreadable answers is not published (the build stops): its figures are
  // not worth privacy warnings that would bury the errors to fix.
  if (!result || diags.list.filter((d) => d.severity === 'error').length > errorsBefore) return undefined;
  if (result.respondents > w.invited) {
    diags.error(src.file, at('responses'), 'barometer.responses.over_invited', { file: rel, respondents: result.respondents, invited: w.invited });
    return undefined;
  }
  // Computed segments have no line of their own: warnings about them point at the
  // `segment_column` key, which is what made them.
  const segmentAt = src.locate(['segment_column'], 'key');
  return {
    index,
    wave: {
      id: w.id,
      date: w.date,
      invited: w.invited,
      respondents: result.respondents,
      enps: result.enps,
      engagement: result.engagement,
      dimensions: result.dimensions,
      customer: customer?.customer ?? {},
      bases: result.bases,
    },
    segments: result.segments.map((s) => ({ segment: s, at: segmentAt })),
    highlights: highlightsOf(src, base, w.highlights),
    // Computed figures have no line of their own: warnings point at the file that made them.
    figureAt: (figure) => at(figure.startsWith('customer:') ? 'customer' : 'responses'),
    ...(customer?.auto ? { autoCustomer: customer.auto } : {}),
  };
}

/** `customer:` as typed figures, or `auto` (then its position, for warnings about the computed figures). */
function readCustomer(src: YamlSource, base: Path, diags: Diagnostics): { customer: Wave['customer']; auto?: Position } | undefined {
  const path = [...base, 'customer'];
  const raw = src.raw(path);
  if (raw === null || raw === undefined) return { customer: {} };
  if (typeof raw === 'string' && raw.trim().toLowerCase() === 'auto') return { customer: {}, auto: src.locate(path) };
  if (typeof raw === 'string' || typeof raw === 'number') {
    diags.error(src.file, src.locate(path), 'barometer.customer.not_auto', { found: String(raw) });
    return undefined;
  }
  const c = validate(customerSchema, src, diags, path);
  return c ? { customer: customerOf(c) } : undefined;
}

function customerOf(c: z.output<typeof customerSchema>): Wave['customer'] {
  const out: Wave['customer'] = {};
  if (c?.nps !== null && c?.nps !== undefined) out.nps = c.nps;
  if (c?.csat !== null && c?.csat !== undefined) out.csat = c.csat;
  return out;
}

function highlightsOf(src: YamlSource, base: Path, list: string[] | null | undefined): Draft['highlights'] {
  return (list ?? []).map((t, k) => ({ text: t, at: src.locate([...base, 'highlights', k]) }));
}

// The schemas editors get as JSON Schema (src/editor/json-schemas.ts, npm run schemas).
export { top as barometerKeysSchema, waveSchema, segmentSchema, customerSchema };
