// zod schemas for people-written values, and the translation of zod's issues into
// miroir's diagnostics. Every helper reports a custom issue whose params carry a
// catalogue code, so the message is ours (and in the site's locale), not zod's.
import { z } from 'zod';
import type { MessageCode, MessageParams } from '../words/messages/index.ts';
import type { ChoiceWords } from '../words/choices.ts';
import { choices, enumParams, pick } from './choices.ts';
import { EXPECTED_KIND } from '../words/values.ts';
import { parseDate } from './dates.ts';
import { MAX_LISTED } from './caps.ts';
import type { Diagnostics } from './diagnostics.ts';
import { normalizeWord, suggest } from './sources/text.ts';
import type { Path, YamlSource } from './sources/yaml.ts';

type Ctx = { addIssue: (issue: { code: 'custom'; params: Record<string, unknown>; message: string; path?: PropertyKey[] }) => void };

/** Records a problem and carries on (several problems in one value). */
export function flag(ctx: Ctx, code: MessageCode, params: MessageParams = {}, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', params: { code, ...params }, message: code, ...(path ? { path } : {}) });
}

/** Records a problem and ends the transform: `return report(ctx, …)`. */
export function report(ctx: Ctx, code: MessageCode, params: MessageParams = {}, path?: PropertyKey[]): typeof z.NEVER {
  flag(ctx, code, params, path);
  return z.NEVER;
}

const EXPECTED = EXPECTED_KIND;
export type Expected = keyof typeof EXPECTED;

export function expected(kind: Expected): MessageParams {
  return { expected_fr: EXPECTED[kind].fr, expected_en: EXPECTED[kind].en };
}

/** A number (YAML number, or text such as `4,5`), optionally whole, within [min, max]. */
export function numberIn(min: number, max: number, opts: { int?: boolean } = {}) {
  return z.unknown().transform((v, ctx): number => {
    const n = toNumber(v);
    if (n === undefined || (opts.int && !Number.isInteger(n))) return report(ctx, 'value.type', expected(opts.int ? 'int' : 'number'));
    if (n < min || n > max) {
      return max === Infinity ? report(ctx, 'value.min', { min }) : report(ctx, 'value.range', { min, max });
    }
    return n;
  }).meta({ type: opts.int ? 'integer' : 'number', minimum: min, ...(max === Infinity ? {} : { maximum: max }) });
}

export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  return Number(s);
}

/** Non-empty text (numbers are taken as text: `owner: 2026` is fine). */
export function text(opts: { max?: number } = {}) {
  return z.unknown().transform((v, ctx): string => {
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return report(ctx, 'value.empty');
    if (typeof v !== 'string' && typeof v !== 'number') return report(ctx, 'value.type', expected('string'));
    const s = String(v).trim();
    if (opts.max !== undefined && s.length > opts.max) return report(ctx, 'value.too_long', { max: opts.max, found: s.length });
    return s;
  }).meta({ type: 'string', minLength: 1, ...(opts.max !== undefined ? { maxLength: opts.max } : {}) });
}

/** A date as `YYYY-MM-DD` or `DD/MM/YYYY` (time allowed), returned as `YYYY-MM-DD`. */
/** The values that are dates (with a time or not): a form editor shows them as date pickers (src/editor/). */
export const DATES = z.registry<{ time: boolean }>();

export function date() {
  return z.unknown().transform((v, ctx): string => {
    const parsed = typeof v === 'string' ? parseDate(v) : undefined;
    return parsed ? parsed.date : report(ctx, 'date.invalid');
  }).meta({ type: 'string', pattern: '^(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4})', description: 'YYYY-MM-DD or DD/MM/YYYY' }).register(DATES, { time: false });
}

/** Each choice's own values, without its aliases: what a form editor offers (src/editor/). */
export const CHOICES = z.registry<{ values: readonly string[] }>();

/**
 * One of `values`, written in any case/accents, as its name in a locale, or as one of
 * its aliases (src/words/choices.ts); a plain record is a list of aliases.
 */
export function choice<const T extends string>(values: readonly T[], words: ChoiceWords<T> | Record<string, T> = {}) {
  const plain = Object.values(words).every((w) => typeof w === 'string');
  const c = choices(values, plain ? { aliases: words as Record<string, T> } : (words as ChoiceWords<T>));
  return z.unknown().transform((v, ctx): T => pick(c, v) ?? report(ctx, 'value.enum', enumParams(c, String(v ?? '')))).meta({ enum: c.accepted }).register(CHOICES, { values });
}

const TRUE = new Set(['yes', 'true', 'oui', '1', 'vrai', 'x', 'y', 'o']);
const FALSE = new Set(['no', 'false', 'non', '0', 'faux', 'n', '']);

export function parseBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === null || v === undefined) return false;
  const w = normalizeWord(String(v));
  return TRUE.has(w) ? true : FALSE.has(w) ? false : undefined;
}

export function boolean() {
  return z
    .unknown()
    .transform((v, ctx): boolean => parseBoolean(v) ?? report(ctx, 'value.type', expected('boolean')))
    .meta({ anyOf: [{ type: 'boolean' }, { enum: ['oui', 'non', 'yes', 'no', 'true', 'false', 1, 0] }] });
}

/** A path inside the data folder: no absolute path, no `..` segment. */
export function relativePath() {
  return text().transform((v, ctx): string => {
    const p = v.replace(/\\/g, '/');
    if (p.startsWith('/') || /^[a-zA-Z]:/.test(p) || p.split('/').includes('..')) return report(ctx, 'path.escapes');
    return p.replace(/^\.\//, '');
  });
}

// --- from zod issues to diagnostics -------------------------------------------------

type AnySchema = z.core.$ZodType;

/** The sub-schema that validates the value at `path` (for "did you mean" on keys). */
function schemaAt(schema: AnySchema, path: Path): AnySchema | undefined {
  let s: AnySchema | undefined = schema;
  const unwrap = (x: AnySchema): AnySchema => {
    const def = x._zod.def as unknown as Record<string, AnySchema | undefined> & { type: string };
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type) && def.innerType) return unwrap(def.innerType);
    if (def.type === 'pipe' && def.in) return unwrap(def.in);
    return x;
  };
  for (const key of path) {
    if (!s) return undefined;
    s = unwrap(s);
    const def = s._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; valueType?: AnySchema };
    if (def.type === 'object') s = def.shape?.[String(key)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
  }
  return s ? unwrap(s) : undefined;
}

function knownKeys(schema: AnySchema, path: Path): string[] {
  const s = schemaAt(schema, path);
  const def = s?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function fieldName(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

function shown(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (v === null) return '';
  if (typeof v === 'object') return Array.isArray(v) ? '[…]' : '{…}';
  const s = String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Validates `src.value` with `schema`; returns the parsed value, or reports every issue. */
export function validate<S extends z.ZodType>(schema: S, src: YamlSource, diags: Diagnostics, base: Path = []): z.output<S> | undefined {
  const value = base.length ? src.raw(base) : src.value;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // A misspelt key is reported once, as unknown with its suggestion, not also as the missing key it stands for.
  const misspelt = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeys(schema, issue.path);
    // Only the first keys are listed (data/caps.ts): 100,000 unknown keys need no 100,000 suggestions.
    for (const key of issue.keys.slice(0, MAX_LISTED)) {
      const s = suggest(key, known);
      if (s) misspelt.add(JSON.stringify([...base, ...issue.path, s]));
    }
  }
  for (const issue of result.error.issues) {
    const path = [...base, ...issue.path];
    if (misspelt.has(JSON.stringify(path))) continue;
    const raw = src.raw(path);
    const field = fieldName(path);
    const params = (issue as { params?: Record<string, unknown> }).params;
    if (raw === undefined && path.length > 0 && (issue.code !== 'custom' || params?.code === 'value.empty')) {
      diags.error(src.file, src.locate(path.slice(0, -1), 'key'), 'key.required', { key: field });
    } else if (issue.code === 'custom' && params?.code) {
      const { code, ...rest } = params;
      diags.error(src.file, src.locate(path), code as MessageCode, { field, found: shown(raw), ...(rest as MessageParams) });
    } else if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      issue.keys.forEach((key, k) => {
        diags.error(src.file, src.locate([...path, key], 'key'), 'key.unknown', { key, suggestion: k < MAX_LISTED ? suggest(key, known) : undefined });
      });
    } else if (raw === null || raw === '') {
      diags.error(src.file, src.locate(path), 'value.empty', { field });
    } else {
      const kind = issue.code === 'invalid_type' && issue.expected in EXPECTED ? (issue.expected as Expected) : typeof raw === 'number' ? 'number' : 'string';
      const exp = Array.isArray(raw) ? 'object' : kind;
      diags.error(src.file, src.locate(path), 'value.type', { field, found: shown(raw), ...expected(issue.code === 'invalid_type' ? kind : exp) });
    }
  }
  return undefined;
}
