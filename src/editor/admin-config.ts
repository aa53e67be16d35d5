// The configuration of the form editor at /admin/ (Decap CMS), generated at build time
// from the zod schemas the checker validates with (form-fields.ts reads them) and the
// words of src/words/fields.ts: a field, a choice or a limit exists in the form exactly
// when `check` knows it (tests/unit/editor/admin-config.test.ts holds it to that).
import type { Locale, SiteConfig, Weekday } from '../model.ts';
import { SLIDES, WEEKDAYS } from '../model.ts';
import { EXPORT_WORDS } from '../words/admin.ts';
import { choiceWords, fieldWords, FILE_WORDS, itemWords, limitWords } from '../words/fields.ts';
import { fileShape, type FormField, type Leaf, type Shape } from './form-fields.ts';
import type { z } from 'zod';
import { announcementsFileSchema } from '../data/announcements.ts';
import { zodSchema, type SchemaName } from './json-schemas.ts';

/** The data files the form edits, in the menu's order. */
export const FORM_FILES = ['actions', 'announcements', 'verbatims', 'barometer', 'site'] as const;
export type FormFile = (typeof FORM_FILES)[number];

/** The zod schema of a form's file: the JSON Schemas' own, and announcements.yaml's. */
export function formSchema(file: FormFile): z.ZodType {
  return file === 'announcements' ? announcementsFileSchema() : zodSchema(file satisfies SchemaName);
}

const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
const WEEK: readonly Weekday[] = WEEKDAYS;

/**
 * Values whose schema is a custom transform with no metadata a form could read: what the
 * form offers instead, stated once here. Keyed by file and path.
 */
export const FORM_OVERRIDES: Record<string, Leaf | { kind: 'choices'; values: readonly string[] } | { kind: 'colour' }> = {
  'site.wall.slides': { kind: 'choices', values: SLIDES },
  'site.screens.slides': { kind: 'choices', values: SLIDES },
  'site.wall.days': { kind: 'choices', values: WEEK },
  'site.screens.days': { kind: 'choices', values: WEEK },
  'site.brand.accent': { kind: 'colour' },
  'verbatims.verbatims.sentiment': { kind: 'choice', values: SENTIMENTS },
  // Ids of site.yaml's screens: filled in from the site (screenChoices).
  'announcements.announcements.screens': { kind: 'choices', values: [] },
};

/**
 * What stays in the file, with why: keys chosen by the export's own headers (set once by
 * whoever connects the survey tool), and the second way of writing an eNPS.
 */
export const FILE_ONLY: Record<string, string> = {
  'site.verbatims.columns': 'export headers → fields, set once with the export',
  // The form lists the slides in their order; a slide shown only some hours is written in the file.
  'site.wall.slides.slide': 'a slide with its own hours: written in the file',
  'site.wall.slides.hours': 'a slide with its own hours: written in the file',
  'site.wall.slides.days': 'a slide with its own hours: written in the file',
  'site.screens.slides.slide': 'a slide with its own hours: written in the file',
  'site.screens.slides.hours': 'a slide with its own hours: written in the file',
  'site.screens.slides.days': 'a slide with its own hours: written in the file',
  'barometer.questions': 'question headers → dimensions, set once with the survey',
  'barometer.waves.enps.promoters': 'eNPS as counts: the form writes the score',
  'barometer.waves.enps.passives': 'eNPS as counts: the form writes the score',
  'barometer.waves.enps.detractors': 'eNPS as counts: the form writes the score',
  'barometer.waves.segments.enps.promoters': 'eNPS as counts: the form writes the score',
  'barometer.waves.segments.enps.passives': 'eNPS as counts: the form writes the score',
  'barometer.waves.segments.enps.detractors': 'eNPS as counts: the form writes the score',
};

/** Values also written another way in the file, which the form does not write (it writes the figures). */
export const OTHER_SPELLINGS: Record<string, string> = {
  'barometer.waves.customer': '`customer: auto`, figures worked out from the verbatims',
};

/** Fields written as paragraphs rather than one line. */
const LONG = new Set(['text', 'you_said', 'we_did', 'highlights']);

/** A list's line when folded: what tells one item from the next. */
// The status shows as its stored value; the editor's page puts the locale's word in its
// place (src/editor/client/previews.ts).
function summary(key: string, locale: Locale): string | undefined {
  const day = `date('${locale === 'fr' ? 'DD/MM/YYYY' : 'YYYY-MM-DD'}')`;
  const lines: Record<string, string> = {
    'actions.actions': '{{fields.title}} · {{fields.status}}',
    'actions.actions.milestones': '{{fields.title}}',
    'barometer.waves': `{{fields.id}} · {{fields.date | ${day}}}`,
    'barometer.waves.segments': '{{fields.name}}',
    'site.screens': '{{fields.title}}',
    'verbatims.verbatims': `{{fields.date | ${day}}} · {{fields.text | truncate(70, '…')}}`,
  };
  return lines[key];
}

/** What a field is drawn with, and that widget's settings. */
type Widget = Record<string, unknown> & { widget: string };
export type DecapField = Widget & { name: string; label: string };

export interface AdminOptions {
  locale: Locale;
  admin: NonNullable<SiteConfig['admin']>;
  /** The data folder's path inside the repository (`data`). */
  dataPath: string;
  /** Ids and labels of the barometer's dimensions (the pillars of actions). */
  dimensions: readonly { id: string; label: string }[];
  /** site.yaml's extra screens (an announcement may name them), besides the main one. */
  screens: readonly { id: string; title: string }[];
  /** decap-server's API (`http://localhost:8081/api/v1`), for editing a local checkout. */
  localBackend?: string;
  /** The verbatims export in the data folder when the site was built (`verbatims.csv`), if any. */
  exportFile?: string;
}

interface Ctx extends AdminOptions {
  file: string;
}

function words(ctx: Ctx, path: string, name: string): { label: string; hint?: string } {
  return fieldWords(ctx.locale, ctx.file, path) ?? { label: name };
}

function options(ctx: Ctx, name: string, values: readonly string[]) {
  if (name === 'pillar') return ctx.dimensions.map((d) => ({ label: d.label, value: d.id }));
  if (name === 'screens') return [{ label: choiceWords(ctx.locale).screens!.default!, value: 'default' }, ...ctx.screens.map((s) => ({ label: s.title, value: s.id }))];
  const said = choiceWords(ctx.locale)[name] ?? {};
  return [...new Set(values)].map((v) => ({ label: said[v] ?? v, value: v }));
}

/** The widget of the forms' dates (src/editor/client/date-field.ts). */
export const DATE_WIDGET = 'miroir-date';

/**
 * A date field: shown and typed in the site's order (day first in French), stored as the
 * contract's `YYYY-MM-DD` (with `THH:mm` where the field takes a time, the time then
 * optional), without an offset: the checker reads it in the site's timezone. Decap's own
 * datetime widget shows the browser's order instead (10/15/2026 in an English browser).
 */
export function dateWidget(locale: Locale, withTime: boolean): Widget {
  const shown = locale === 'fr' ? 'DD/MM/YYYY' : 'YYYY-MM-DD';
  return withTime
    ? { widget: DATE_WIDGET, format: 'YYYY-MM-DDTHH:mm', date_format: shown, time_format: 'HH:mm' }
    : { widget: DATE_WIDGET, format: 'YYYY-MM-DD', date_format: shown, time_format: false };
}

function leafWidget(ctx: Ctx, name: string, leaf: Leaf): Widget | undefined {
  switch (leaf.kind) {
    case 'text': {
      const widget = LONG.has(name) || (leaf.max ?? 0) > 500 ? 'text' : 'string';
      // Decap checks a pattern as one types; the checker counts characters the same way.
      return leaf.max === undefined ? { widget } : { widget, pattern: [`^[\\s\\S]{0,${leaf.max}}$`, limitWords(ctx.locale).maxChars(leaf.max)] };
    }
    case 'number':
      return { widget: 'number', value_type: leaf.int ? 'int' : 'float', ...(leaf.min !== undefined ? { min: leaf.min } : {}), ...(leaf.max !== undefined ? { max: leaf.max } : {}) };
    case 'choice':
      return { widget: 'select', options: options(ctx, name, leaf.values) };
    case 'date':
      return dateWidget(ctx.locale, false);
    case 'datetime':
      return dateWidget(ctx.locale, true);
    case 'boolean':
      return { widget: 'boolean' };
    case 'any':
      return undefined;
  }
}

function shapeWidget(ctx: Ctx, f: { name: string; path: string }, shape: Shape): Widget | undefined {
  const key = `${ctx.file}.${f.path}`;
  const override = FORM_OVERRIDES[key];
  if (override?.kind === 'choices') return { widget: 'select', multiple: true, options: options(ctx, f.name, override.values) };
  if (override?.kind === 'colour') return { widget: 'color' };
  if (override) return leafWidget(ctx, f.name, override);
  if (key in FILE_ONLY) return undefined;
  if (f.path === 'responses' || f.path.endsWith('.responses')) {
    // Respondent files go with the wave, in barometer/, and into the same pull request.
    return { widget: 'file', media_folder: `/${ctx.dataPath}/barometer`, public_folder: 'barometer', choose_url: false };
  }
  switch (shape.kind) {
    case 'object':
      return { widget: 'object', collapsed: true, fields: fields(ctx, shape.fields) };
    case 'record':
      // Keyed by dimension id (a wave's results, the dimensions' names): one field each.
      if (f.name !== 'dimensions') return undefined;
      return {
        widget: 'object',
        collapsed: true,
        fields: ctx.dimensions.map((d) => ({ name: d.id, label: d.label, required: false, ...(leafWidget(ctx, d.id, shape.of.kind === 'number' ? shape.of : { kind: 'text' }) ?? {}) })),
      };
    case 'list': {
      const line = summary(key, ctx.locale);
      const item = itemWords(ctx.locale, key);
      const named = { ...(line ? { summary: line } : {}), ...(item ? { label_singular: item } : {}) };
      if (shape.of.kind === 'object') return { widget: 'list', collapsed: true, ...named, fields: fields(ctx, shape.of.fields) };
      if (shape.of.kind === 'choice') return { widget: 'select', multiple: true, options: options(ctx, f.name, shape.of.values) };
      const each = leafWidget(ctx, f.name, shape.of as Leaf);
      return each ? { widget: 'list', ...named, field: { name: f.name, label: words(ctx, f.path, f.name).label, ...each } } : undefined;
    }
    case 'union': {
      // The first way of writing the value that a form can show (a score rather than
      // counts; the figures rather than `auto`).
      const shown = shape.options.find((o) => o.kind !== 'any') ?? shape.options[0]!;
      return shapeWidget(ctx, f, shown);
    }
    default:
      return leafWidget(ctx, f.name, shape);
  }
}

function fields(ctx: Ctx, list: FormField[]): DecapField[] {
  const out: DecapField[] = [];
  for (const f of list) {
    const widget = shapeWidget(ctx, f, f.shape);
    if (!widget) continue;
    const { label, hint } = words(ctx, f.path, f.name);
    out.push({ name: f.name, label, ...(hint ? { hint } : {}), required: f.required, ...widget });
  }
  return out;
}

/**
 * The folders the forms upload into: the data folder (the verbatims export) and
 * barometer/ (a wave's respondent file). Their listings are hidden from the entries that
 * upload there, so that a replacement never deletes the published file
 * (src/editor/client/export-upload.ts, hideUploadFolders).
 */
export function uploadFolders(dataPath: string): string[] {
  return [dataPath, `${dataPath}/barometer`];
}

/** The widget of the verbatims export's upload (src/editor/client/export-upload.ts). */
export const EXPORT_WIDGET = 'miroir-export';

/**
 * The verbatims export's upload, first in the Verbatims form. Decap's media library would
 * commit the file at once, outside any pull request (decaporg/decap-cms#5061); this widget
 * adds it to the entry's draft files instead, which the save commits into the entry's own
 * branch (its pull request), as `verbatims.csv` or `verbatims.xlsx` in the data folder. It
 * has no value: nothing of it is written into verbatims.yaml.
 */
function exportField(opts: AdminOptions): DecapField {
  const w = EXPORT_WORDS[opts.locale];
  return {
    name: 'export',
    label: w.label,
    hint: w.hint,
    required: false,
    widget: EXPORT_WIDGET,
    media_folder: `/${opts.dataPath}`,
    ...(opts.exportFile ? { current: opts.exportFile } : {}),
  };
}

/** The top-level fields of a data file's form. */
export function fileFields(opts: AdminOptions, file: FormFile): DecapField[] {
  let shape = fileShape(formSchema(file));
  // verbatims.yaml may be a bare list or `verbatims:` holding it: the form writes the latter.
  if (shape.kind === 'union') shape = shape.options.find((o) => o.kind === 'object') ?? shape.options[0]!;
  if (shape.kind !== 'object') return [];
  const own = fields({ ...opts, file }, shape.fields);
  return file === 'verbatims' ? [exportField(opts), ...own] : own;
}

const COMMITS: Record<Locale, Record<string, string>> = {
  fr: {
    create: 'Formulaire : {{collection}} créé',
    update: 'Formulaire : {{collection}} modifié',
    delete: 'Formulaire : {{collection}} supprimé',
    uploadMedia: 'Formulaire : fichier {{path}} déposé',
    deleteMedia: 'Formulaire : fichier {{path}} retiré',
  },
  en: {
    create: 'Form: {{collection}} created',
    update: 'Form: {{collection}} changed',
    delete: 'Form: {{collection}} deleted',
    uploadMedia: 'Form: file {{path}} added',
    deleteMedia: 'Form: file {{path}} removed',
  },
};

/** Decap's `base_url` and `auth_endpoint` from the one address site.yaml gives. */
export function authParts(authUrl: string): { base_url: string; auth_endpoint?: string } {
  const u = new URL(authUrl);
  const endpoint = u.pathname.replace(/^\/+|\/+$/g, '');
  return { base_url: u.origin, ...(endpoint ? { auth_endpoint: endpoint } : {}) };
}

/** The whole configuration, as config.yml holds it. */
export function adminConfig(opts: AdminOptions): Record<string, unknown> {
  const { admin, locale, dataPath } = opts;
  return {
    backend: { name: 'github', repo: admin.repo, branch: admin.branch, ...authParts(admin.auth_url), commit_messages: COMMITS[locale] },
    ...(opts.localBackend ? { local_backend: { url: opts.localBackend, allowed_hosts: ['localhost', '127.0.0.1'] } } : {}),
    // Every save is a branch and a pull request: the checks run before a screen changes.
    publish_mode: 'editorial_workflow',
    locale,
    // Decap wants a media folder, and its media library commits at once, outside any pull
    // request (decaporg/decap-cms#5061): it is pointed at the respondent files, never at
    // the data files themselves, which only the forms (and so pull requests) change — the
    // verbatims export included (exportField).
    media_folder: `${dataPath}/barometer`,
    public_folder: 'barometer',
    show_preview_links: false,
    collections: FORM_FILES.map((file) => {
      const w = FILE_WORDS[locale][file]!;
      return {
        name: file,
        label: w.label,
        ...(w.hint ? { description: w.hint } : {}),
        editor: { preview: file === 'actions' || file === 'verbatims' },
        format: 'yaml',
        files: [{ name: file, label: w.label, file: `${dataPath}/${file}.yaml`, fields: fileFields(opts, file) }],
      };
    }),
  };
}
