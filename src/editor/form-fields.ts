// The fields of a data file as a form sees them, read from the zod schema the checker
// validates with (the same one schemas/*.json come from), so the form editor at /admin/
// can never offer a key, a choice or a limit that `check` does not know.
//
// The checker's schemas are built from transforms (they forgive `60 %`, `en_cours`,
// `15/03/2026`); what a value is shows in each leaf's metadata (`.meta()`, read by the
// JSON Schemas too), in the DATES registry for dates, and, for choices, in the CHOICES
// registry, which holds the contract's values without their aliases — a form offers
// those and stores those.
import { z } from 'zod';
import { CHOICES, DATES } from '../data/validate.ts';

export type Leaf =
  | { kind: 'text'; max?: number }
  | { kind: 'number'; int: boolean; min?: number; max?: number }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'boolean' }
  /** A value the schema leaves open (a transform with no metadata). */
  | { kind: 'any' };

export type Shape =
  | { kind: 'object'; fields: FormField[] }
  | { kind: 'list'; of: Shape }
  /** Keys chosen by the data (dimension ids, export headers), each holding `of`. */
  | { kind: 'record'; of: Shape }
  /** Two ways of writing one value: the form offers the first, the file may hold either. */
  | { kind: 'union'; options: Shape[] }
  | Leaf;

export interface FormField {
  name: string;
  /** Dotted path from the file's root, lists left out: `waves.segments.name`. */
  path: string;
  required: boolean;
  shape: Shape;
}

type AnySchema = z.core.$ZodType;
type Def = { type: string; innerType?: AnySchema; in?: AnySchema; out?: AnySchema; shape?: Record<string, AnySchema>; element?: AnySchema; valueType?: AnySchema; options?: AnySchema[] };

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

type Meta = { type?: string; enum?: unknown[]; minimum?: number; maximum?: number; maxLength?: number; anyOf?: Meta[] };

function leafOf(meta: Meta, schema: AnySchema): Leaf {
  const choice = CHOICES.get(schema);
  if (choice) return { kind: 'choice', values: choice.values };
  const date = DATES.get(schema);
  if (date) return { kind: date.time ? 'datetime' : 'date' };
  if (meta.type === 'integer' || meta.type === 'number') {
    return { kind: 'number', int: meta.type === 'integer', ...(meta.minimum !== undefined ? { min: meta.minimum } : {}), ...(meta.maximum !== undefined ? { max: meta.maximum } : {}) };
  }
  if (meta.type === 'string') return { kind: 'text', ...(meta.maxLength !== undefined ? { max: meta.maxLength } : {}) };
  if (meta.anyOf?.some((m) => m.type === 'boolean')) return { kind: 'boolean' };
  // A number also written as text (`"4,5"`): the form writes the number.
  const number = meta.anyOf?.find((m) => m.type === 'integer' || m.type === 'number');
  if (number) return leafOf(number, schema);
  return { kind: 'any' };
}

/** The shape of a schema, and whether a file may leave it out. */
function read(schema: AnySchema, path: string): { shape: Shape; required: boolean } {
  const def = schema._zod.def as unknown as Def;
  const meta = z.globalRegistry.get(schema as z.ZodType) as Meta | undefined;
  if (WRAPPERS.has(def.type) && def.innerType) {
    const inner = read(def.innerType, path);
    // `default`/`prefault` fill what the file leaves out: the file need not write it.
    return { shape: inner.shape, required: false };
  }
  if (meta || CHOICES.has(schema) || DATES.has(schema)) return { shape: leafOf(meta ?? {}, schema), required: true };
  switch (def.type) {
    case 'pipe': {
      // A preprocess (transform → schema), or a bare mapping check before a record, is
      // read by what it hands over; a refinement (schema → transform) by what it accepts.
      const first = def.in!._zod.def as unknown as Def;
      const handsOver = first.type === 'transform' || (first.type === 'object' && Object.keys(first.shape ?? {}).length === 0);
      return read(handsOver ? def.out! : def.in!, path);
    }
    case 'object':
      return { shape: { kind: 'object', fields: fieldsOf(def.shape ?? {}, path) }, required: true };
    case 'array':
      return { shape: { kind: 'list', of: read(def.element!, path).shape }, required: true };
    case 'record':
      return { shape: { kind: 'record', of: read(def.valueType!, path).shape }, required: true };
    case 'union':
      return { shape: { kind: 'union', options: (def.options ?? []).map((o) => read(o, path).shape) }, required: true };
    default:
      return { shape: { kind: 'any' }, required: true };
  }
}

function fieldsOf(shape: Record<string, AnySchema>, base: string): FormField[] {
  return Object.entries(shape).map(([name, s]) => {
    const path = base ? `${base}.${name}` : name;
    return { name, path, ...read(s, path) };
  });
}

/** The top-level shape of a data file's schema. */
export function fileShape(schema: AnySchema): Shape {
  return read(schema, '').shape;
}

/** Every leaf of a shape with its path (all the options of a union, every list's items). */
export function leaves(shape: Shape, path = ''): { path: string; leaf: Leaf | { kind: 'record' } }[] {
  switch (shape.kind) {
    case 'object':
      return shape.fields.flatMap((f) => leaves(f.shape, f.path));
    case 'list':
      return leaves(shape.of, path);
    case 'union':
      return shape.options.flatMap((o) => leaves(o, path));
    case 'record':
      return [{ path, leaf: { kind: 'record' } }];
    default:
      return [{ path, leaf: shape }];
  }
}
