// JSON Schemas for editors (VS Code's YAML extension, GitHub's web editor through it,
// JetBrains): generated from the zod schemas the checker validates with, so they cannot
// drift from it. `check` stays the authority: a schema only completes keys and
// underlines the obvious mistakes as people type.
//
// The checker validates some parts piece by piece (each wave, each action, the eNPS as a
// score or as counts), so the whole-file schemas are assembled here from its pieces.
// What depends on barometer.yaml's own `dimensions` (an action's pillar, a question's
// target) is generated with the six default dimensions and left open to any other id,
// so a site with its own dimensions sees no false error.
import { z } from 'zod';
import { actionSchema } from '../data/actions.ts';
import { announcementsFileSchema } from '../data/announcements.ts';
import { defaultDimensions, enpsCounts, enpsScore } from '../data/barometer/fields.ts';
import { barometerKeysSchema, customerSchema, segmentSchema, waveSchema } from '../data/barometer/read.ts';
import { siteSchema } from '../data/site/read.ts';
import { choice, numberIn, text } from '../data/validate.ts';
import { verbatimItemSchema } from '../data/verbatims/yaml.ts';

export const SCHEMA_NAMES = ['site', 'barometer', 'actions', 'verbatims', 'announcements'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** Folder of the committed schemas, relative to the repository root. */
export const SCHEMAS_DIR = 'schemas';

const DIMENSION_IDS = defaultDimensions('en').map((d) => d.id);

/** Schemas whose enum is widened to "or any text" (see the header). */
const open = new Set<z.core.$ZodType>();

function barometerFile() {
  const enps = z.union([enpsScore, enpsCounts]);
  const target = choice(['enps', ...DIMENSION_IDS]);
  open.add(target);
  return barometerKeysSchema.extend({
    // null keeps a default dimension's label (`onboarding:` alone).
    dimensions: z.record(z.string(), text().nullable()).optional(),
    // Same bounds as loadBarometer's.
    scale: numberIn(2, 11, { int: true }).optional(),
    questions: z.record(z.string(), target).optional(),
    segment_column: text().optional(),
    waves: z
      .array(
        waveSchema.extend({
          enps: enps.optional(),
          // `auto`: computed from the verbatims of the wave's period.
          customer: z.union([z.literal('auto'), customerSchema]).nullish(),
          segments: z.array(segmentSchema.extend({ enps: enps.nullish() })).nullish(),
        }),
      )
      .nullish(),
  });
}

function actionsFile() {
  // Pillars may be written as their label, in either language.
  const action = actionSchema([...defaultDimensions('fr'), ...defaultDimensions('en')]);
  open.add(action.shape.pillar);
  return z.strictObject({ actions: z.array(action).nullish() });
}

function verbatimsFile() {
  // verbatims.yaml is a list, or `verbatims:` holding that list.
  return z.union([z.array(verbatimItemSchema), z.strictObject({ verbatims: z.array(verbatimItemSchema).nullish() })]);
}

const ABOUT: Record<SchemaName, { title: string; description: string }> = {
  site: { title: 'miroir site.yaml', description: 'Organisation, language, screens, poster, privacy and brand of a miroir site.' },
  barometer: { title: 'miroir barometer.yaml', description: 'Engagement barometer waves and the customer indicators beside them.' },
  actions: { title: 'miroir actions.yaml', description: 'The action plan: “you said, we did”.' },
  verbatims: { title: 'miroir verbatims.yaml', description: 'Customer verbatims, the YAML form of verbatims.csv.' },
  announcements: { title: 'miroir announcements.yaml', description: 'Short messages for some or all screens, each between a start and an end.' },
};

/** The zod schema of a whole data file, as the editors see it (also the form editor's source). */
export function zodSchema(name: SchemaName): z.ZodType {
  switch (name) {
    case 'site':
      return siteSchema;
    case 'barometer':
      return barometerFile();
    case 'actions':
      return actionsFile();
    case 'announcements':
      return announcementsFileSchema();
    case 'verbatims':
      return verbatimsFile();
  }
}

type Json = Record<string, unknown>;

/** The JSON Schema (draft 2020-12) of one data file. */
export function jsonSchema(name: SchemaName): Json {
  const generated = z.toJSONSchema(zodSchema(name), {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as Json;
      const def = ctx.zodSchema._zod.def as { type: string; in?: z.core.$ZodType };
      if (open.has(ctx.zodSchema)) {
        const { enum: values, ...rest } = json;
        replace(json, { ...rest, anyOf: [{ enum: values }, { type: 'string' }] });
      } else if (def.type === 'pipe' && def.in?._zod.def.type === 'transform' && Object.keys(json).length > 0) {
        // Every preprocess of the data layer reads a blank value (`owner:`) as absent.
        replace(json, { anyOf: [{ ...json }, { type: 'null' }] });
      }
    },
  }) as Json;
  const { $schema, ...body } = generated;
  return { $schema, ...ABOUT[name], ...(dedupeEnums(body) as Json) };
}

function replace(target: Json, by: Json): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, by);
}

/** `choice` lists a value once as itself and again as an alias; JSON Schema wants each once. */
function dedupeEnums(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dedupeEnums);
  if (v === null || typeof v !== 'object') return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) out[k] = k === 'enum' && Array.isArray(x) ? [...new Set(x)] : dedupeEnums(x);
  return out;
}

/** The file's text as committed: two-space JSON and a final newline. */
export function schemaText(name: SchemaName): string {
  return `${JSON.stringify(jsonSchema(name), null, 2)}\n`;
}

export function schemaFile(name: SchemaName): string {
  return `${SCHEMAS_DIR}/${name}.schema.json`;
}
