// Schemas shared by site.yaml and actions.yaml: ids that become URLs or anchors, and
// optional keys that people leave blank in a copied template (`owner:`).
import { z } from 'zod';
import { report, text } from './validate.ts';

const ID = /^[a-z0-9-]+$/;

/** `Accueil Lyon` → `accueil-lyon`: what the person most likely meant as an id. */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An id of lowercase letters, digits and dashes (it ends up in URLs and anchors). */
export function slugId() {
  return text().transform((v, ctx): string => {
    if (ID.test(v)) return v;
    const suggestion = slugify(v);
    return report(ctx, 'id.format', { found: v, suggestion: suggestion === '' ? undefined : suggestion });
  });
}

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** An optional leaf value where `key:` with nothing after it counts as absent. */
export function blankAsAbsent<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (isBlank(v) ? undefined : v), schema.optional());
}
