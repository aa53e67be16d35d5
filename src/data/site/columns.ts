// `verbatims.columns` of site.yaml, apart from the rest because it is the bridge to the
// verbatims export: which header of the survey tool's file fills which field of the
// contract, read in either direction and checked against the contract's fields.
import { z } from 'zod';
import { suggest, normalizeWord } from '../sources/text.ts';
import { flag } from '../validate.ts';
// The verbatim fields of the contract are the targets of `verbatims.columns`.
import { FIELDS } from '../verbatims/fields.ts';

const fieldOf = (s: string) => FIELDS.find((f) => f === normalizeWord(s));

/**
 * Export header → field. The contract's example writes `text: "Votre commentaire"`
 * (field: header) while its comment says "export header -> field": both are read,
 * the key being taken as the field when it is one.
 */
export function columns() {
  return z.record(z.string(), z.unknown()).transform((map, ctx): Record<string, string> => {
    const out: Record<string, string> = {};
    const taken = new Map<string, string>();
    for (const [key, raw] of Object.entries(map)) {
      // `text: [Titre, Contenu]`: several headers, their cells joined with a line break (Trustpilot's title and content).
      const list = fieldOf(key) === 'text' && Array.isArray(raw) && raw.length > 0 && raw.every((r) => typeof r === 'string' && r.trim() !== '');
      const value = list ? (raw as string[]).map((r) => r.trim()).join('\n') : typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
      if (value === '') {
        flag(ctx, 'value.empty', {}, [key]);
        continue;
      }
      let field = fieldOf(key);
      let header = value;
      if (!field) [field, header] = [fieldOf(value), key];
      if (!field) {
        const onKey = suggest(key, FIELDS);
        const onValue = suggest(value, FIELDS);
        const found = onKey || !onValue ? key : value;
        flag(ctx, 'site.column_field', { found, choices: FIELDS.join(', '), suggestion: onKey ?? onValue }, [key]);
        continue;
      }
      const other = taken.get(field);
      if (other !== undefined) {
        flag(ctx, 'site.column_twice', { target: field, other }, [key]);
        continue;
      }
      if (header === '__proto__') {
        // As a key of `out` it would set the object's prototype and the column would vanish.
        flag(ctx, 'key.reserved', { key: header }, [key]);
        continue;
      }
      taken.set(field, header);
      out[header] = field;
    }
    return out;
  });
}
