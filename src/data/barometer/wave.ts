// One wave of barometer.yaml: the keys every wave reads alike (customer, highlights),
// then its figures as typed by hand, here, or computed from a responses file
// (computed-wave.ts). The file-level reading (order, duplicates, `customer: auto`) is read.ts's.
import { z } from 'zod';
import type { Diagnostics, Position } from '../diagnostics.ts';
import { checkDimensionKeys, enpsBasis, isMapping, keyed, readEnps } from './fields.ts';
import type { Bases, Segment, Wave } from '../../model.ts';
import type { ResponsesSpec } from './responses.ts';
import { draftOf, type Draft, type WaveCustomer } from './draft.ts';
import { normalizeWord } from '../sources/text.ts';
import { validate } from '../validate.ts';
import type { Path, YamlSource } from '../sources/yaml.ts';
import { customerSchema, waveSchema } from './schema.ts';
import { readComputedWave } from './computed-wave.ts';

export interface Context {
  src: YamlSource;
  dataDir: string;
  dimensionIds: string[];
  spec: ResponsesSpec;
  diags: Diagnostics;
}

export function readWave(ctx: Context, index: number): Draft | undefined {
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
    const draft = readComputedWave(ctx, index, w, at, customer, highlightsOf(src, base, w.highlights));
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
  const figures = {
    respondents: w.respondents,
    enps: enps ?? null,
    engagement: w.engagement ?? null,
    dimensions: checkDimensionKeys(src, [...base, 'dimensions'], w.dimensions, dimensionIds, diags),
    ...basesOf(enps, src.raw([...base, 'enps'])),
  };
  return draftOf(index, w, figures, customer, {
    segments,
    highlights: highlightsOf(src, base, w.highlights),
    figureAt: (figure) => at(figure.startsWith('customer:') ? 'customer' : figure.startsWith('dimension:') ? 'dimensions' : figure),
  });
}

/** Figures typed in YAML rest on the respondents, except an eNPS given as counts: its basis is theirs. */
function basesOf(enps: number | undefined, raw: unknown): { bases?: Bases } {
  const basis = enps === undefined ? undefined : enpsBasis(raw);
  return basis ? { bases: { enps: basis, dimensions: {}, customer: {} } } : {};
}

/** `customer:` as typed figures, or `auto` (then its position, for warnings about the computed figures). */
export function readCustomer(src: YamlSource, base: Path, diags: Diagnostics): WaveCustomer | undefined {
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
