// verbatims.csv: an export from Excel, Google Forms or a survey tool. Headers are
// matched the forgiving way (contract aliases, then site.yaml `verbatims.columns`),
// and each cell is checked by the plain parsers of verbatim-fields.ts so problems
// point at the cell's own line and column.
import type { MessageCode, MessageParams } from '../../words/messages/index.ts';
import { ITEM_SEP, SUGGESTION_SEP } from '../../words/messages/verbatims.ts';
import { streamCsv, type CsvHead, type CsvRow } from '../sources/csv.ts';
import { streamXlsx } from '../sources/xlsx.ts';
import { respondentRows, type ExportLayout } from '../sources/header-rows.ts';
import type { Diagnostics, Position, SourceFile } from '../diagnostics.ts';
import { DateColumn } from '../date-column.ts';
import { settleDates } from './dates.ts';
import { todayIn, type DateReading } from '../dates.ts';
import { Repeated } from '../repeated.ts';
import { firstOf } from '../caps.ts';
import type { SiteConfig } from '../../model.ts';
import { toDraft, type Origin, type PrivateField, type VerbatimDraft, type VerbatimsRead } from './draft.ts';
import { normalizeWord, suggest } from '../sources/text.ts';
import {
  ALIASES,
  FIELDS,
  REQUIRED,
  columnOverrides,
  textColumns,
  fieldOfHeader,
  dateZone,
  isUnansweredRating,
  parseFeatured,
  parseLabel,
  parseNps,
  parseSentiment,
  parseStars,
  parseText,
  readWhen,
  type Field,
  Problem,
  type Parsed,
  type VerbatimFields,
} from './fields.ts';
import { DELIMITER_NAME } from '../../words/values.ts';

/** Words that make an unrecognised header a likely home for a field, for the mapping hint. */
const HINTS: Partial<Record<Field, RegExp>> = {
  date: /date|jour|heure|horodat|time/,
  text: /comment|avis|verbatim|remarque|message|texte|text|pense/,
};

type Columns = Partial<Record<Field, number>> & {
  /** The columns joined into the text, when `verbatims.columns.text` lists several. */
  textParts?: number[];
};

/**
 * Which column holds which field; reports missing, unknown and doubled columns. A column
 * of `verbatims.columns` may be named by any of its names (`layout.names`: a survey tool's
 * short name, question text, statement…); the contract's headers are the header row's.
 */
function resolveColumns(table: CsvHead, layout: ExportLayout, site: SiteConfig, diags: Diagnostics): Columns | undefined {
  const { file, header } = table;
  const overrides = columnOverrides(site.verbatims.columns ?? {});
  const names = header.map((_, i) => (layout.names[i] ?? []).map(normalizeWord));
  const named = (i: number, wanted: string): boolean => names[i]!.includes(wanted);
  const columns: Columns = {};
  const byOverride = new Set<number>();
  header.forEach((_, i) => {
    const o = names[i]!.map((n) => overrides.get(n)).find((x) => x !== undefined);
    if (o && columns[o.field] === undefined) {
      columns[o.field] = i;
      byOverride.add(i);
    }
  });
  // `text: [Titre, Contenu]`: several columns, joined with a line break.
  const parts = textColumns(site.verbatims.columns ?? {});
  const partIndex = parts?.map((p) => header.findIndex((_, i) => named(i, normalizeWord(p))));
  if (parts && partIndex!.every((i) => i >= 0)) {
    columns.text = partIndex![0];
    columns.textParts = partIndex;
    for (const i of partIndex!) byOverride.add(i);
  }
  const unknown: number[] = [];
  header.forEach((h, i) => {
    if (byOverride.has(i) || normalizeWord(h) === '') return;
    const field = overrides.get(normalizeWord(h))?.field ?? fieldOfHeader(h);
    if (field === undefined) unknown.push(i);
    else if (columns[field] === undefined) columns[field] = i;
    else diags.warning(file, table.cellPos(undefined, i), 'verbatims.column_duplicate', { column: h, field, used: header[columns[field]!] });
  });
  // A 100,002-column header is named by its first columns only (data/caps.ts).
  const listed = firstOf(header.filter((h) => h !== ''));
  const headers = listed.shown.join(ITEM_SEP);
  const headers_more = listed.more;
  let ok = true;
  const mapped = new Set<Field>();
  const present = new Set(names.flat());
  for (const [key, { field, header: column }] of overrides) {
    if (present.has(key)) continue;
    mapped.add(field);
    const params = { field, column, headers, headers_more };
    if (REQUIRED.includes(field) && columns[field] === undefined) {
      ok = false;
      diags.error(file, table.cellPos(undefined, 0), 'verbatims.column_mapped_missing', params);
    } else {
      diags.warning(file, table.cellPos(undefined, 0), 'verbatims.column_mapped_missing', params);
    }
  }
  parts?.forEach((column, k) => {
    mapped.add('text');
    if (partIndex![k]! >= 0) return;
    ok = false;
    diags.error(file, table.cellPos(undefined, 0), 'verbatims.column_mapped_missing', { field: 'text', column, headers, headers_more });
  });
  for (const field of REQUIRED) {
    if (columns[field] !== undefined || mapped.has(field)) continue;
    ok = false;
    const guess = unknown.find((i) => HINTS[field]?.test(normalizeWord(header[i]!))) ?? unknown[0];
    diags.error(file, table.cellPos(undefined, 0), 'verbatims.column_missing', {
      field,
      headers,
      headers_more,
      aliases: ALIASES[field].join(', '),
      example: guess !== undefined ? header[guess] : field === 'date' ? 'Date' : 'Commentaire',
    });
  }
  if (unknown.length > 0) {
    const known = FIELDS.flatMap((f) => ALIASES[f]);
    const cut = firstOf(unknown);
    const listed = cut.shown.map((i) => {
      const s = suggest(header[i]!, known);
      return s ? `${header[i]}${SUGGESTION_SEP}${s}` : header[i]!;
    });
    diags.warning(file, table.cellPos(undefined, unknown[0]!), 'verbatims.columns_unknown', { columns: listed.join(ITEM_SEP), more: cut.more, fields: FIELDS.join(', ') });
  }
  return ok ? columns : undefined;
}

/** Parses every row of verbatims.csv (see readVerbatimsTable). */
export function readVerbatimsCsv(file: SourceFile, bytes: Uint8Array, site: SiteConfig, diags: Diagnostics, today = todayIn(site.timezone)): VerbatimsRead {
  return readVerbatimsTable(file, bytes, site, diags, today, 'csv');
}

/**
 * Parses every row of verbatims.csv or verbatims.xlsx (its first sheet, or `verbatims.sheet`);
 * rows with an error are reported and left out. Rows are converted as they are read
 * (streamCsv, streamXlsx give the same rows), so only the verbatims stay in memory.
 */
export function readVerbatimsTable(file: SourceFile, bytes: Uint8Array, site: SiteConfig, diags: Diagnostics, today: string, kind: 'csv' | 'xlsx'): VerbatimsRead {
  const out: VerbatimDraft[] = [];
  let convert: Converter | undefined;
  let rows = 0;
  // A survey tool's header rows and Qualtrics' preview or spam rows are no customer's word (header-rows.ts).
  const respondents = respondentRows((head, layout) => {
    const columns = resolveColumns(head, layout, site, diags);
    if (!columns) return undefined;
    const c = (convert = converter(head, layout, columns, site, today, diags, out));
    return (row) => {
      rows++;
      c.row(row);
    };
  });
  const { onHeader, onRow } = respondents;
  const table =
    kind === 'xlsx'
      ? streamXlsx(file, bytes, diags, onHeader, onRow, { sheet: site.verbatims.sheet })
      : streamCsv(file, bytes, diags, onHeader, onRow);
  respondents.end();
  if (table && convert && rows === 0) diags.warning(file, table.cellPos(undefined, 0), 'verbatims.no_rows');
  return convert ? convert.finish() : { drafts: out, dropped: [] };
}

interface Converter {
  row: (row: CsvRow) => void;
  /** Settles what needs the whole file (the order of day and month) and returns the verbatims. */
  finish: () => VerbatimsRead;
}

/** What turns one row into a verbatim (pushed onto `out`) or into problems. */
function converter(table: CsvHead, layout: ExportLayout, columns: Columns, site: SiteConfig, today: string, diags: Diagnostics, out: VerbatimDraft[]): Converter {
  const { file, header } = table;
  const width = header.length;
  const locale = site.locale;
  const timezone = site.timezone;
  const at = (field: Field): number => columns[field] ?? -1;
  const [cDate, cText, cSentiment, cNps, cStars, cChannel, cSite, cTeam, cTheme, cAuthor, cFeatured] = FIELDS.map(at) as number[] as [
    number, number, number, number, number, number, number, number, number, number, number,
  ];

  // The closures are made once, not per row: they read the current row from `row`.
  let row: CsvRow = { start: 0, cells: [] };
  let bad = false;
  const report = (index: number, code: MessageCode, params: MessageParams): void => {
    bad = true;
    const raw = row.cells[index]?.trim() ?? '';
    // As validate() shows YAML values: a whole paragraph would drown the message.
    const found = raw === '' ? undefined : raw.length > 60 ? `${raw.slice(0, 57)}…` : raw;
    diags.error(file, table.cellPos(row, index), code, { field: header[index], found, ...params });
  };
  // One cell through `parse`; a blank optional cell is absent.
  const read = <T>(index: number, parse: (v: string) => Parsed<T>, required = false): T | undefined => {
    if (index < 0) return undefined;
    const raw = row.cells[index] ?? '';
    if (!required && raw.trim() === '') return undefined;
    const r = parse(raw);
    if (r instanceof Problem) {
      report(index, r.code, r.params);
      return undefined;
    }
    return r;
  };
  // A draft keeps only its row's start: the privacy step finds a cell again from there.
  const columnOf: Record<PrivateField, number> = { text: cText, author: cAuthor, channel: cChannel, site: cSite };
  const origin: Origin = {
    file,
    where: (start, field) => ({ at: table.cellPosAt(start, columnOf[field]), name: header[columnOf[field]]! }),
  };
  // A workbook's number in the date column is an Excel serial date.
  const serial = table.serialDate;
  const from = dateZone(header[cDate], layout.importIds?.[cDate]);
  const parseDateCell = (v: string): Parsed<DateReading> => {
    const cell = serial?.(v.trim());
    return readWhen(cell ?? v, timezone, from);
  };
  const dates = new DateColumn(locale, today);
  const datePos = (): Position => table.cellPos(row, cDate);
  const blank = new Repeated();
  const unanswered = new Repeated();
  const parts = columns.textParts;
  const textPos = (): Position => table.cellPos(row, cText);

  const convertRow = (current: CsvRow): void => {
    row = current;
    const cells = row.cells;
    bad = false;
    if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
      const d = DELIMITER_NAME[table.delimiter] ?? DELIMITER_NAME[',']!;
      diags.error(file, table.cellPos(row, width), 'verbatims.extra_cells', { found: cells.length, expected: width, delimiter_fr: d.fr, delimiter_en: d.en });
      return;
    }
    const rawText = parts ? parts.map((i) => (cells[i] ?? '').trim()).filter((s) => s !== '').join('\n') : (cells[cText] ?? '');
    // A survey sent but never answered (Zendesk's Offered / Unoffered): no customer's word.
    if (cSentiment >= 0 && isUnansweredRating(cells[cSentiment])) {
      unanswered.add(() => table.cellPos(row, cSentiment), cells[cSentiment]!.trim());
      return;
    }
    // Optional comment questions, ratings without a comment: not a verbatim, not an error.
    if (rawText.trim() === '') {
      blank.add(textPos);
      return;
    }
    const reading = read(cDate, parseDateCell, true);
    const text = parts ? read(cText, () => parseText(rawText), true) : read(cText, parseText, true);
    const f: VerbatimFields = {
      date: '',
      text: text ?? '',
      sentiment: read(cSentiment, parseSentiment),
      nps: read(cNps, parseNps),
      stars: read(cStars, parseStars),
      channel: read(cChannel, parseLabel),
      site: read(cSite, parseLabel),
      team: read(cTeam, parseLabel),
      theme: read(cTheme, parseLabel),
      author: read(cAuthor, parseLabel),
      featured: read(cFeatured, parseFeatured),
    };
    if (bad || !reading) return;
    const when = dates.note(reading, out.length, cells[cDate]!.trim(), datePos)!;
    f.date = when.date;
    f.time = when.time;
    out.push(toDraft(f, origin, row.start));
  };

  return {
    row: convertRow,
    finish: () => {
      if (unanswered.count > 0) diags.warning(file, unanswered.first[0]!, 'verbatims.rating_unanswered', { field: header[cSentiment], found: unanswered.example, ...unanswered.params() });
      if (blank.count > 0) diags.warning(file, blank.first[0]!, 'verbatims.text_blank', { field: header[cText], ...blank.params() });
      return settleDates(dates, out, diags, file, header[cDate]!, today);
    },
  };
}
