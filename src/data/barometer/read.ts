// barometer.yaml: the engagement survey's waves, written as figures or computed from
// respondent-level files. What this returns is not published as is: the load step
// passes it through the privacy rules (privacy/barometer.ts) first. One wave is read by
// wave.ts (typed figures) or computed-wave.ts (a responses file); this is the file's level.
import { z } from 'zod';
import type { Diagnostics } from '../diagnostics.ts';
import { defaultDimensions, isMapping, readDimensions, readQuestions, type Dimension } from './fields.ts';
import { readYamlFile } from '../sources/files.ts';
import { shownAt, type Shown } from '../shown.ts';
import type { SiteConfig, Verbatim } from '../../model.ts';
import type { ResponsesSpec } from './responses.ts';
import type { BarometerRead, Draft } from './draft.ts';
import { customerFromVerbatims } from './customer.ts';
import { numberIn, text, validate } from '../validate.ts';
import type { Path, YamlSource } from '../sources/yaml.ts';
import { customerSchema, segmentSchema, top, waveSchema } from './schema.ts';
import { readWave, type Context } from './wave.ts';

export { defaultDimensions, type Dimension };

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

// The schemas editors get as JSON Schema (src/editor/json-schemas.ts, npm run schemas).
export { top as barometerKeysSchema, waveSchema, segmentSchema, customerSchema };
