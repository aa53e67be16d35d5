// The form editor's configuration and the checker's schemas say the same thing: the
// schemas are walked here as zod itself renders them (z.toJSONSchema, the route of
// schemas/*.json, not the form's own reader), the generated Decap configuration as
// Decap reads it, and a field, a choice or a limit in one and not in the other fails.
import { describe, expect, it } from 'vitest';
import { defaultDimensions } from '../../../src/data/barometer/fields.ts';
import { z } from 'zod';
import { adminConfig, DATE_WIDGET, EXPORT_WIDGET, FILE_ONLY, FORM_FILES, FORM_OVERRIDES, formSchema, OTHER_SPELLINGS, type DecapField } from '../../../src/editor/admin-config.ts';
import { jsonSchema } from '../../../src/editor/json-schemas.ts';
import type { Locale } from '../../../src/model.ts';

type Json = Record<string, unknown>;
interface Leaf {
  path: string;
  kind: 'number' | 'enum' | 'record' | 'other';
  min?: number;
  max?: number;
  /** A text's length limit. */
  chars?: number;
  values?: unknown[];
}

/** Every leaf of a JSON Schema, by dotted path (lists left out), each option of a union. */
function schemaLeaves(s: Json, path: string, out: Leaf[] = []): Leaf[] {
  const options = ((s.anyOf as Json[] | undefined) ?? []).filter((o) => o.type !== 'null');
  // A yes/no, also written `oui`/`non`: a checkbox.
  if (options.some((o) => o.type === 'boolean')) {
    out.push({ path, kind: 'other' });
    return out;
  }
  if (options.length === 1) return schemaLeaves({ ...options[0] }, path, out);
  // An open choice: one of these, or any text (`pillar` with a site's own dimensions).
  if (options.length === 2 && options[0]!.enum && options[1]!.type === 'string') return schemaLeaves(options[0]!, path, out);
  if (options.length > 1) {
    for (const o of options) schemaLeaves(o, path, out);
    return out;
  }
  if (s.type === 'array') return schemaLeaves(s.items as Json, path, out);
  const props = s.properties as Record<string, Json> | undefined;
  if (props && Object.keys(props).length > 0) {
    for (const [k, v] of Object.entries(props)) schemaLeaves(v, path ? `${path}.${k}` : k, out);
    return out;
  }
  if (s.type === 'object') out.push({ path, kind: 'record' });
  else if (s.enum || s.const !== undefined) out.push({ path, kind: 'enum', values: (s.enum as unknown[]) ?? [s.const] });
  else if (s.type === 'integer' || s.type === 'number') out.push({ path, kind: 'number', ...(s.minimum !== undefined ? { min: s.minimum as number } : {}), ...(s.maximum !== undefined ? { max: s.maximum as number } : {}) });
  else out.push({ path, kind: 'other', ...(s.maxLength !== undefined ? { chars: s.maxLength as number } : {}) });
  return out;
}

/** Every field of a Decap configuration, by the same dotted paths. */
function configLeaves(fields: DecapField[], base = '', out: (Leaf & { field: DecapField })[] = []): (Leaf & { field: DecapField })[] {
  for (const f of fields) {
    const path = base ? `${base}.${f.name}` : f.name;
    const children = (f.fields as DecapField[] | undefined) ?? undefined;
    if (children) {
      configLeaves(children, path, out);
      continue;
    }
    const field = f.widget === 'list' && f.field ? (f.field as DecapField) : f;
    if (field.widget === 'select') out.push({ path, kind: 'enum', values: (field.options as { value: string }[]).map((o) => o.value), field });
    else if (field.widget === 'number') out.push({ path, kind: 'number', ...(field.min !== undefined ? { min: field.min as number } : {}), ...(field.max !== undefined ? { max: field.max as number } : {}), field });
    else {
      const limit = /^\^\[\\s\\S\]\{0,(\d+)\}\$$/.exec(String((field.pattern as string[] | undefined)?.[0] ?? ''));
      out.push({ path, kind: 'other', field, ...(limit ? { chars: Number(limit[1]) } : {}) });
    }
  }
  return out;
}

const DIMENSIONS = defaultDimensions('fr');
const SCREENS = [{ id: 'accueil-lyon', title: 'Accueil Lyon' }];
const config = (locale: Locale = 'fr') =>
  adminConfig({ locale, admin: { repo: 'fait-maison/miroir-data', branch: 'main', auth_url: 'https://oauth.example/auth' }, dataPath: 'data', dimensions: DIMENSIONS, screens: SCREENS });
const filesOf = (c: Json) => new Map((c.collections as { name: string; files: { fields: DecapField[] }[] }[]).map((col) => [col.name, col.files[0]!.fields]));

function fileSchema(name: (typeof FORM_FILES)[number]): Json {
  const s = name === 'announcements' ? (z.toJSONSchema(formSchema(name), { io: 'input', unrepresentable: 'any' }) as Json) : jsonSchema(name);
  // verbatims.yaml: the form writes the `verbatims:` form of the file.
  return name === 'verbatims' ? ((s.anyOf as Json[]).find((o) => o.type === 'object') as Json) : s;
}

/** What differs between a file's schema and its form, in words. */
function differences(file: string, schema: Json, fields: DecapField[]): string[] {
  const key = (p: string) => `${file}.${p}`;
  const exempt = (p: string) => Object.keys(FILE_ONLY).some((k) => key(p) === k || key(p).startsWith(`${k}.`));
  const inSchema = schemaLeaves(schema, '');
  // The export's upload has no value in the file (it adds verbatims.csv or .xlsx to the draft).
  const inForm = configLeaves(fields.filter((f) => f.widget !== EXPORT_WIDGET));
  const records = new Set(inSchema.filter((l) => l.kind === 'record').map((l) => l.path));
  const out: string[] = [];
  for (const l of inSchema) {
    if (exempt(l.path) || (l.kind === 'enum' && key(l.path) in OTHER_SPELLINGS && l.values?.length === 1)) continue;
    const form = inForm.filter((f) => f.path === l.path || (l.kind === 'record' && f.path.startsWith(`${l.path}.`)));
    if (form.length === 0) {
      out.push(`${key(l.path)}: in the schema, not in the form`);
      continue;
    }
    if (l.kind === 'number' && !form.some((f) => f.kind === 'number' && f.min === l.min && f.max === l.max)) {
      out.push(`${key(l.path)}: limits ${l.min}..${l.max} in the schema, ${form.map((f) => `${f.min}..${f.max}`).join(' ')} in the form`);
    }
    if (l.kind === 'other' && !form.some((f) => f.chars === l.chars)) out.push(`${key(l.path)}: ${l.chars ?? 'no'} characters at most in the schema, ${form.map((f) => f.chars ?? 'no').join(' ')} in the form`);
    if (l.kind === 'enum') {
      const offered = form.flatMap((f) => f.values ?? []);
      const refused = offered.filter((v) => !l.values!.includes(v));
      if (offered.length === 0 || refused.length > 0) out.push(`${key(l.path)}: the form offers ${JSON.stringify(offered)}, the checker takes ${JSON.stringify(l.values)}`);
    }
  }
  for (const f of inForm) {
    const l = inSchema.find((s) => s.path === f.path) ?? (records.has(f.path.slice(0, f.path.lastIndexOf('.'))) ? { kind: 'record' } : undefined);
    if (!l) out.push(`${key(f.path)}: in the form, not in the schema`);
    else if (f.kind === 'enum' && l.kind !== 'enum' && !(key(f.path) in FORM_OVERRIDES) && !records.has(f.path)) out.push(`${key(f.path)}: a choice in the form only`);
    else if (f.kind === 'number' && l.kind !== 'number' && l.kind !== 'record') out.push(`${key(f.path)}: a number in the form only`);
  }
  return out;
}

describe('the form editor’s configuration (config.yml of /admin/)', () => {
  const files = filesOf(config());

  it.each(FORM_FILES)('%s.yaml: every field, choice and limit of the schema is in the form, and nothing else', (file) => {
    expect(differences(file, fileSchema(file), files.get(file)!)).toEqual([]);
  });

  it('fails when the form lacks a field, offers a choice the checker refuses, or changes a limit', () => {
    const fields = structuredClone(files.get('actions')!);
    const action = fields[0]!.fields as DecapField[];
    action.splice(action.findIndex((f) => f.name === 'owner'), 1);
    const status = action.find((f) => f.name === 'status')!;
    status.options = [...(status.options as object[]), { label: 'Annulé', value: 'cancelled' }];
    action.find((f) => f.name === 'progress')!.max = 120;
    const found = differences('actions', fileSchema('actions'), fields);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^actions\.actions\.status: the form offers \["planned","in_progress","done","blocked","cancelled"\], the checker takes \["planned","in_progress","done","blocked",/);
    expect(found.slice(1)).toEqual(['actions.actions.progress: limits 0..100 in the schema, 0..120 in the form', 'actions.actions.owner: in the schema, not in the form']);
    const schema = structuredClone(fileSchema('site'));
    (schema.properties as Record<string, Json>).mood = { type: 'string' };
    expect(differences('site', schema, files.get('site')!)).toEqual(['site.mood: in the schema, not in the form']);
  });

  it('offers the contract’s values, shown in the locale’s words', () => {
    const leaves = new Map(configLeaves(files.get('actions')!).map((l) => [l.path, l.field]));
    expect(leaves.get('actions.status')!.options).toEqual([
      { label: 'Prévu', value: 'planned' },
      { label: 'En cours', value: 'in_progress' },
      { label: 'Terminé', value: 'done' },
      { label: 'Bloqué', value: 'blocked' },
    ]);
    expect((leaves.get('actions.pillar')!.options as { value: string }[]).map((o) => o.value)).toEqual(['onboarding', 'training', 'culture', 'empowerment', 'wellbeing', 'tools']);
    expect((leaves.get('actions.pillar')!.options as { label: string }[])[0]!.label).toBe('Intégration');
    const site = new Map(configLeaves(files.get('site')!).map((l) => [l.path, l.field]));
    expect(site.get('wall.slides')).toMatchObject({ widget: 'select', multiple: true });
    expect((site.get('wall.days')!.options as { label: string; value: string }[])[0]).toEqual({ label: 'Lundi', value: 'mon' });
    expect(site.get('locale')!.options).toEqual([
      { label: 'Français', value: 'fr' },
      { label: 'English', value: 'en' },
    ]);
    const screens = configLeaves(files.get('announcements')!).find((l) => l.path === 'announcements.screens')!.field;
    expect(screens).toMatchObject({ widget: 'select', multiple: true, options: [{ label: 'Écran principal (/wall/)', value: 'default' }, { label: 'Accueil Lyon', value: 'accueil-lyon' }] });
    const sentiment = configLeaves(files.get('verbatims')!).find((l) => l.path === 'verbatims.sentiment')!.field;
    expect(sentiment.options).toEqual([
      { label: 'Positif', value: 'positive' },
      { label: 'Neutre', value: 'neutral' },
      { label: 'Négatif', value: 'negative' },
    ]);
  });

  it('has every date shown day first in French (year first in English) and stored as YYYY-MM-DD, with a time where the file takes one', () => {
    const dates = (locale: Locale) =>
      Object.fromEntries([...filesOf(config(locale))].flatMap(([file, fields]) => configLeaves(fields).filter((l) => l.field.widget === DATE_WIDGET).map((l) => [`${file}.${l.path}`, l.field])));
    const day = { widget: DATE_WIDGET, format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false };
    const withTime = { widget: DATE_WIDGET, format: 'YYYY-MM-DDTHH:mm', date_format: 'DD/MM/YYYY', time_format: 'HH:mm' };
    const fr = dates('fr');
    expect(Object.keys(fr).sort()).toEqual([
      'actions.actions.due',
      'actions.actions.milestones.date',
      'actions.actions.start',
      'announcements.announcements.end',
      'announcements.announcements.start',
      'barometer.waves.date',
      'verbatims.verbatims.date',
    ]);
    for (const key of ['actions.actions.due', 'actions.actions.milestones.date', 'actions.actions.start', 'barometer.waves.date']) expect(fr[key], key).toMatchObject(day);
    for (const key of ['announcements.announcements.end', 'announcements.announcements.start', 'verbatims.verbatims.date']) expect(fr[key], key).toMatchObject(withTime);
    expect(dates('en')['barometer.waves.date']).toMatchObject({ ...day, date_format: 'YYYY-MM-DD' });
    // Decap's own datetime widget (the browser's order of day and month) is used nowhere.
    expect(JSON.stringify([...filesOf(config())])).not.toContain('"widget":"datetime"');
  });

  it('uploads respondent files into barometer/', () => {
    const waves = new Map(configLeaves(files.get('barometer')!).map((l) => [l.path, l.field]));
    expect(waves.get('waves.responses')).toMatchObject({ widget: 'file', media_folder: '/data/barometer', public_folder: 'barometer' });
    expect(waves.get('waves.dimensions.onboarding')).toMatchObject({ widget: 'number', min: 0, max: 100, label: 'Intégration' });
  });

  it('uploads the verbatims export into the data folder, with the draft, in both locales’ words', () => {
    for (const locale of ['fr', 'en'] as const) {
      const first = filesOf(config(locale)).get('verbatims')![0]!;
      expect(first).toMatchObject({ widget: EXPORT_WIDGET, media_folder: '/data', required: false });
      expect(first.label).toMatch(locale === 'fr' ? /^Export des verbatims \(\.csv ou \.xlsx\)$/ : /^Verbatims export \(\.csv or \.xlsx\)$/);
      expect(String(first.hint)).toContain(locale === 'fr' ? 'même demande de modification' : 'same pull request');
    }
    // The export the data folder holds when the site is built, for the widget's warning.
    const withCsv = adminConfig({ locale: 'fr', admin: { repo: 'a/b', branch: 'main', auth_url: 'https://o.example' }, dataPath: 'data', dimensions: DIMENSIONS, screens: [], exportFile: 'verbatims.csv' });
    expect(filesOf(withCsv).get('verbatims')![0]).toMatchObject({ current: 'verbatims.csv' });
    expect(filesOf(config()).get('verbatims')![0]).not.toHaveProperty('current');
    // No other form uploads into the data folder itself.
    for (const [file, fields] of filesOf(config())) if (file !== 'verbatims') expect(JSON.stringify(fields)).not.toContain('"media_folder":"/data"');
  });

  it('labels and explains every field in both locales, from the catalogue', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const [file, fields] of filesOf(config(locale))) {
        for (const l of configLeaves(fields)) {
          // A field without words would show its key: the catalogue gives each a label.
          if (!/^waves(\.segments)?\.dimensions\./.test(l.path)) expect(l.field.label, `${locale} ${file}.${l.path}`).not.toBe(l.field.name);
        }
      }
    }
    const fr = configLeaves(filesOf(config('fr')).get('actions')!).find((l) => l.path === 'actions.progress')!.field;
    const en = configLeaves(filesOf(config('en')).get('actions')!).find((l) => l.path === 'actions.progress')!.field;
    expect([fr.label, en.label]).toEqual(['Avancement (%)', 'Progress (%)']);
    expect(fr.hint).toContain('Une action terminée est toujours à 100');
  });

  it('uses the GitHub backend of site.yaml, with the editorial workflow, and the local backend only when asked', () => {
    const c = config();
    expect(c.backend).toMatchObject({ name: 'github', repo: 'fait-maison/miroir-data', branch: 'main', base_url: 'https://oauth.example', auth_endpoint: 'auth' });
    expect(c.publish_mode).toBe('editorial_workflow');
    expect(c).not.toHaveProperty('local_backend');
    const local = adminConfig({ locale: 'fr', admin: { repo: 'a/b', branch: 'main', auth_url: 'https://o.example' }, dataPath: 'data', dimensions: DIMENSIONS, screens: [], localBackend: 'http://localhost:8081/api/v1' });
    expect(local.local_backend).toEqual({ url: 'http://localhost:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] });
    expect(filesOf(c).size).toBe(FORM_FILES.length);
  });
});
