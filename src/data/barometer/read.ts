// barometer.yaml: the engagement survey's waves, written as figures or computed from
// respondent-level files, then passed through the privacy rules (suppression.ts) so
// that what this returns can be published as is.
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostics, Position } from '../diagnostics.ts';
import { checkDimensionKeys, defaultDimensions, isMapping, keyed, readDimensions, readEnps, readQuestions, type Dimension } from './fields.ts';
import { readYamlFile } from '../sources/files.ts';
import { checkRelative, refusedPath } from '../sources/safe-path.ts';
import type { Segment, SiteConfig, Wave } from '../../model.ts';
import { readResponses, type ResponsesSpec } from './responses.ts';
import { roundHalfAway } from '../rounding.ts';
import { highlightMentions, splitSegments, waveWithheld } from '../../privacy/suppression.ts';
import { normalizeWord } from '../sources/text.ts';
import { date, numberIn, relativePath, text, validate } from '../validate.ts';
import type { Path, YamlSource } from '../sources/yaml.ts';

export { defaultDimensions, type Dimension };

export interface Barometer {
  dimensions: Dimension[];
  /** Published waves, oldest first. */
  waves: Wave[];
  /** Waves left out whole for having fewer than `privacy.min_respondents` respondents. */
  withheld_waves: number;
}

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

const waveSchema = z.strictObject({
  id: text(),
  date: date(),
  invited: positive,
  respondents: positive.nullish(),
  enps: z.unknown().optional(),
  engagement: percent.nullish(),
  dimensions: scores.nullish(),
  customer: z.strictObject({ nps: numberIn(-100, 100).transform(roundHalfAway).nullish(), csat: percent.nullish() }).nullish(),
  segments: z.array(segmentSchema).nullish(),
  highlights: z.array(text()).nullish(),
  responses: relativePath().nullish(),
});

/** A wave read and computed, before the privacy rules. */
interface Draft {
  index: number;
  wave: Omit<Wave, 'segments' | 'withheld_segments' | 'highlights' | 'participation'>;
  /** Each segment with where a "withheld" warning should point. */
  segments: { segment: Segment; at: Position }[];
  highlights: { text: string; at: Position }[];
}

interface Context {
  src: YamlSource;
  dataDir: string;
  dimensionIds: string[];
  spec: ResponsesSpec;
  diags: Diagnostics;
}

export function loadBarometer(dataDir: string, site: SiteConfig, diags: Diagnostics): Barometer {
  const empty: Barometer = { dimensions: defaultDimensions(site.locale), waves: [], withheld_waves: 0 };
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
  const ids = new Map<string, number>();
  rawWaves.forEach((_, index) => {
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
  return { dimensions, ...publish(drafts, site.privacy.min_respondents, src, diags) };
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
    const dims = src.raw([...base, 'dimensions']);
    if (isMapping(dims)) checkDimensionKeys(src, [...base, 'dimensions'], dims as Record<string, number>, dimensionIds, diags);
    return undefined;
  }
  const at = (key: PropertyKey, which: 'key' | 'value' = 'value'): Position => src.locate([...base, key], which);

  if (w.responses) return readComputedWave(ctx, index, w, at);

  if (w.respondents === null || w.respondents === undefined) {
    diags.error(src.file, src.locate(base), 'key.required', { key: 'respondents' });
    return undefined;
  }
  let ok = true;
  if (w.respondents > w.invited) {
    diags.error(src.file, at('respondents'), 'barometer.respondents.over_invited', { respondents: w.respondents, invited: w.invited });
    ok = false;
  }
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
    const segment: Segment = {
      name: s.name,
      respondents: s.respondents,
      engagement: s.engagement ?? null,
      enps: readEnps(src, [...sPath, 'enps'], s.respondents, diags) ?? null,
      dimensions: checkDimensionKeys(src, [...sPath, 'dimensions'], s.dimensions, dimensionIds, diags),
    };
    segments.push({ segment, at: sAt });
  });
  if (!ok) return undefined;
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
      customer: customerOf(w.customer),
    },
    segments,
    highlights: highlightsOf(src, base, w.highlights),
  };
}

type ParsedWave = z.output<typeof waveSchema>;

/** A wave whose respondents, eNPS, engagement, dimensions and segments come from a CSV. */
function readComputedWave(ctx: Context, index: number, w: ParsedWave, at: (key: PropertyKey, which?: 'key' | 'value') => Position): Draft | undefined {
  const { src, diags, dataDir, spec, dimensionIds } = ctx;
  const base: Path = ['waves', index];
  const rel = w.responses!;
  for (const key of ['respondents', 'enps', 'engagement', 'dimensions', 'segments'] as const) {
    const raw = src.raw([...base, key]);
    if (raw !== undefined && raw !== null) diags.warning(src.file, at(key, 'key'), 'barometer.computed_ignored', { field: key, file: rel });
  }
  if (path.extname(rel).toLowerCase() !== '.csv') {
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
  const { result } = readResponses(dataDir, rel, spec, dimensionIds, diags);
  if (!result) return undefined;
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
      customer: customerOf(w.customer),
    },
    segments: result.segments.map((s) => ({ segment: s, at: segmentAt })),
    highlights: highlightsOf(src, base, w.highlights),
  };
}

function customerOf(c: ParsedWave['customer']): Wave['customer'] {
  const out: Wave['customer'] = {};
  if (c?.nps !== null && c?.nps !== undefined) out.nps = c.nps;
  if (c?.csat !== null && c?.csat !== undefined) out.csat = c.csat;
  return out;
}

function highlightsOf(src: YamlSource, base: Path, list: string[] | null | undefined): Draft['highlights'] {
  return (list ?? []).map((t, k) => ({ text: t, at: src.locate([...base, 'highlights', k]) }));
}

/**
 * The privacy rules: small waves out whole, small segments out (and the next smallest
 * when subtraction would give them away), each with a warning that carries no figure;
 * then highlights that would name what was withheld.
 */
function publish(drafts: Draft[], min: number, src: YamlSource, diags: Diagnostics): { waves: Wave[]; withheld_waves: number } {
  let withheldWaves = 0;
  const kept: { draft: Draft; published: Segment[]; withheld: Set<string> }[] = [];
  const published = new Set<string>();
  const withheldAnywhere = new Map<string, string>();
  for (const draft of drafts) {
    if (waveWithheld(draft.wave.respondents, min)) {
      withheldWaves++;
      diags.warning(src.file, src.locate(['waves', draft.index]), 'barometer.wave.withheld', { id: draft.wave.id, min });
      for (const { segment } of draft.segments) withheldAnywhere.set(normalizeWord(segment.name), segment.name);
      continue;
    }
    const split = splitSegments(
      draft.segments.map((s) => s.segment),
      min,
    );
    const withheld = new Set<string>();
    for (const { segment, index, reason } of split.withheld) {
      withheld.add(segment.name);
      withheldAnywhere.set(normalizeWord(segment.name), segment.name);
      const at = draft.segments[index]!.at;
      if (reason === 'threshold') diags.warning(src.file, at, 'barometer.segment.withheld', { name: segment.name, wave: draft.wave.id, min });
      else diags.warning(src.file, at, 'barometer.segment.withheld_secondary', { name: segment.name, wave: draft.wave.id });
    }
    for (const s of split.published) published.add(normalizeWord(s.name));
    kept.push({ draft, published: split.published, withheld });
  }
  // A name published in some wave is on the wall anyway; one never published must not
  // reach it through a highlight, nor may a highlight speak of a segment withheld in
  // its own wave (its sentence may carry the withheld figures).
  const neverPublished = [...withheldAnywhere].filter(([key]) => !published.has(key)).map(([, name]) => name);
  const waves = kept.map(({ draft, published: segments, withheld }): Wave => {
    const mentions = highlightMentions(
      draft.highlights.map((h) => h.text),
      [...new Set([...withheld, ...neverPublished])],
    );
    const highlights: string[] = [];
    draft.highlights.forEach((h, k) => {
      const name = mentions[k];
      if (name === undefined) highlights.push(h.text);
      else diags.warning(src.file, h.at, 'barometer.highlight.names_withheld', { name });
    });
    return {
      ...draft.wave,
      participation: roundHalfAway((100 * draft.wave.respondents) / draft.wave.invited),
      segments,
      withheld_segments: draft.segments.length - segments.length,
      highlights,
    };
  });
  return { waves, withheld_waves: withheldWaves };
}

// The schemas editors get as JSON Schema (src/editor/json-schemas.ts, npm run schemas).
export { top as barometerKeysSchema, waveSchema, segmentSchema };
