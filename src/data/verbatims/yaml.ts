// verbatims.yaml: the form people edit in git (a list of verbatims, or `verbatims:`
// holding that list). Keys are the contract's field names; values go through the same
// parsers as the CSV cells, wrapped in zod so positions come from the YAML nodes.
import { z } from 'zod';
import type { Diagnostics } from '../diagnostics.ts';
import { dataFile, isPresent, readYamlFile } from '../sources/files.ts';
import { DateColumn } from '../date-column.ts';
import { todayIn } from '../dates.ts';
import { settleDates } from './dates.ts';
import type { Sentiment, SiteConfig } from '../../model.ts';
import { DATES, report, validate } from '../validate.ts';
import type { Path } from '../sources/yaml.ts';
import { toDraft, type Origin, type VerbatimDraft, type VerbatimsRead } from './draft.ts';
import {
  parseFeatured,
  parseLabel,
  parseNps,
  parseSentiment,
  parseStars,
  parseText,
  readWhen,
  LABEL_MAX,
  Problem,
  TEXT_MAX,
  type Parsed,
} from './fields.ts';

/** `meta` says what the value is to the JSON Schemas and the form editor (src/editor/). */
function field<T>(parse: (v: unknown) => Parsed<T>, meta: Record<string, unknown>) {
  return z
    .unknown()
    .transform((v, ctx): T => {
      const r = parse(v);
      return r instanceof Problem ? report(ctx, r.code, r.params) : r;
    })
    .meta(meta);
}

/** `author:` left blank in an editor means no author, not an error. */
function optional<T>(parse: (v: unknown) => Parsed<T>, meta: Record<string, unknown>) {
  return z.preprocess((v) => (v === null || v === '' ? undefined : v), field(parse, meta).optional());
}

const label = { type: 'string', maxLength: LABEL_MAX };
const SENTIMENTS: readonly Sentiment[] = ['positive', 'neutral', 'negative'];

// The timezone converts a date with an offset (`2026-03-15T14:02Z`) to the site's clock.
const itemSchema = (timezone: string) => z.strictObject({
  date: field((v) => readWhen(v, timezone), { type: 'string', minLength: 1 }).register(DATES, { time: true }),
  text: field(parseText, { type: 'string', minLength: 1, maxLength: TEXT_MAX }),
  // The contract's words; the checker also reads other spellings (satisfait, 👍…).
  sentiment: optional(parseSentiment, { anyOf: [{ enum: [...SENTIMENTS, 'positif', 'neutre', 'negatif'] }, { type: 'string' }] }),
  nps: optional(parseNps, { type: 'integer', minimum: 0, maximum: 10 }),
  // `"4,5"`: a decimal comma is text to YAML, a number to the checker.
  stars: optional(parseStars, { anyOf: [{ type: 'number', minimum: 1, maximum: 5 }, { type: 'string', pattern: '^[1-5]([.,]\\d+)?$' }] }),
  channel: optional(parseLabel, label),
  site: optional(parseLabel, label),
  team: optional(parseLabel, label),
  theme: optional(parseLabel, label),
  author: optional(parseLabel, label),
  // As boolean() says it (validate.ts): the checker also reads « vrai », « x »…
  featured: optional(parseFeatured, { anyOf: [{ type: 'boolean' }, { enum: ['oui', 'non', 'yes', 'no', 'true', 'false', 1, 0] }] }),
});

const wrapper = z.strictObject({ verbatims: z.array(z.unknown()).nullish() });

/** Every valid verbatim of verbatims.yaml, as written (undefined when the file is absent). */
export function readVerbatimsYaml(dataDir: string, site: SiteConfig, diags: Diagnostics, today = todayIn(site.timezone)): VerbatimsRead | undefined {
  const src = readYamlFile(dataDir, 'verbatims.yaml', diags);
  if (!src) return undefined;
  const none: VerbatimsRead = { drafts: [], dropped: [] };
  let base: Path = [];
  let list: unknown[] = [];
  if (Array.isArray(src.value)) {
    list = src.value;
  } else if (src.value !== null && typeof src.value === 'object') {
    const top = validate(wrapper, src, diags);
    if (!top) return none;
    base = ['verbatims'];
    list = top.verbatims ?? [];
  } else if (src.value !== null) {
    diags.error(src.file, src.locate([]), 'verbatims.yaml_shape');
    return none;
  }
  if (list.length === 0) {
    // Beside an export, an empty verbatims.yaml is what the form editor writes when only
    // the export was uploaded (`{}`): the verbatims are in the export, nothing to say.
    const besideExport = ['verbatims.csv', 'verbatims.xlsx'].some((name) => isPresent(dataFile(dataDir, name)));
    if (!besideExport) diags.warning(src.file, src.locate(base, 'key'), 'verbatims.no_rows');
    return none;
  }
  // A field of item `row` is at its key's value; the key is its name.
  const origin: Origin = { file: src.file, where: (row, field) => ({ at: src.locate([...base, row, field]), name: field }) };
  const out: VerbatimDraft[] = [];
  const item = itemSchema(site.timezone);
  // The list is a column of dates like a CSV's: one order of day and month for all.
  const dates = new DateColumn(site.locale, today);
  list.forEach((_, i) => {
    const at = [...base, i];
    const v = validate(item, src, diags, at);
    if (!v) return;
    const when = dates.note(v.date, out.length, String((list[i] as { date?: unknown }).date).trim(), () => src.locate([...at, 'date']))!;
    out.push(toDraft({ ...v, date: when.date, time: when.time }, origin, i));
  });
  return settleDates(dates, out, diags, src.file, 'date', today);
}

export const verbatimItemSchema = itemSchema('Europe/Paris');
