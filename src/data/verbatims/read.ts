// Customer verbatims: reading them from verbatims.csv (or .xlsx) and/or verbatims.yaml,
// as written (the load step has them masked, privacy/verbatims.ts), and choosing which
// ones a wall or poster shows.
import { START, type Diagnostics } from '../diagnostics.ts';
import { dataFile, isPresent, readBytes } from '../sources/files.ts';
import type { Sentiment, SiteConfig, Verbatim } from '../../model.ts';
import { normalizeWord } from '../sources/text.ts';
import { readVerbatimsCsv, readVerbatimsTable } from './csv.ts';
import { todayIn } from '../dates.ts';
import { readVerbatimsYaml } from './yaml.ts';
import { verbatimsCandidate, verbatimsName } from '../unread-files.ts';
import type { VerbatimDraft, VerbatimsRead } from './draft.ts';

export { deriveSentiment } from './fields.ts';

/** `date` + `time`, comparable as a string; a verbatim without a time counts as earlier than any time of its day. */
const when = (v: Verbatim): string => (v.time ? `${v.date}T${v.time}` : v.date);

/**
 * Every valid verbatim of `verbatims.csv` then `verbatims.yaml` (either or both may exist),
 * as written, latest first; equal dates keep the files' order. Problems go to `diags`.
 */
export function readVerbatims(dataDir: string, site: SiteConfig, diags: Diagnostics, today = todayIn(site.timezone)): VerbatimsRead {
  const csv = dataFile(dataDir, 'verbatims.csv');
  const xlsx = dataFile(dataDir, 'verbatims.xlsx');
  const all: VerbatimDraft[] = [];
  const dropped: VerbatimDraft[] = [];
  const add = (read: VerbatimsRead | undefined): void => {
    if (!read) return;
    // push(...) would overflow the call stack with 100,000 rows.
    for (const v of read.drafts) all.push(v);
    for (const v of read.dropped) dropped.push(v);
  };
  let found = false;
  // Two exports of the same verbatims: reading one would silently leave the other out.
  if (isPresent(csv) && isPresent(xlsx)) {
    diags.error(xlsx, START, 'verbatims.csv_and_xlsx', { csv: 'verbatims.csv', xlsx: 'verbatims.xlsx' });
    return { drafts: [], dropped };
  }
  if (isPresent(xlsx)) {
    found = true;
    const bytes = readBytes(xlsx, diags);
    if (bytes) add(readVerbatimsTable(xlsx, bytes, site, diags, today, 'xlsx'));
  }
  if (isPresent(csv)) {
    found = true;
    const bytes = readBytes(csv, diags);
    if (bytes) add(readVerbatimsCsv(csv, bytes, site, diags, today));
  }
  if (isPresent(dataFile(dataDir, 'verbatims.yaml'))) {
    found = true;
    add(readVerbatimsYaml(dataDir, site, diags, today));
  }
  if (!found) {
    // An export dropped under another name (« verbatims (1).csv », « Form1.xlsx ») is named, with its right name.
    const candidate = verbatimsCandidate(dataDir);
    diags.error(csv, START, 'verbatims.missing', { found: candidate, rename: candidate && verbatimsName(candidate) });
  }
  return { drafts: sortLatestFirst(all), dropped };
}

/** `2026-03-15` at `14:02` → 202603151403 (a time adds 1 + HHMM, so any time sorts after none). */
function numericWhen(v: Verbatim): number {
  // Read digit by digit (the readers write dates and times in these shapes): no substring
  // and no number parsing per verbatim.
  const d = v.date;
  const ymd = digits(d, 0, 4) * 10000 + digits(d, 5, 7) * 100 + digits(d, 8, 10);
  return ymd * 10000 + (v.time ? 1 + digits(v.time, 0, 2) * 100 + digits(v.time, 3, 5) : 0);
}

/** The number the ASCII digits of `s` from `start` to `end` write. */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

function sortLatestFirst(list: VerbatimDraft[]): VerbatimDraft[] {
  // Numeric keys computed once and indices sorted: 100,000 verbatims in a few tens of
  // milliseconds. Equal keys keep the files' order (the index breaks ties).
  const keys = new Float64Array(list.length);
  const order = new Array<number>(list.length);
  for (let i = 0; i < list.length; i++) {
    keys[i] = numericWhen(list[i]!.v);
    order[i] = i;
  }
  order.sort((a, b) => keys[b]! - keys[a]! || a - b);
  return order.map((i) => list[i]!);
}

export interface SelectOptions {
  /** How many to show. */
  count: number;
  /** Older ones are not shown. */
  maxAgeDays: number;
  /** `YYYY-MM-DD`; verbatims dated after it are not shown either. */
  today: string;
  /** Keep only this site's verbatims (case, accents and spaces ignored). */
  site?: string;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The verbatims a wall or poster shows, in the order it shows them:
 * 1. only those dated from `today − maxAgeDays` to `today` included, of `site` when given;
 * 2. featured ones first, then the latest (date, then time; ties keep `all`'s order);
 * 3. when those kept hold both positive and negative verbatims, the `count` shown hold
 *    at least one of each (the contract: a wall of praise only is not listening). A
 *    missing kind's best verbatim (featured, else latest) replaces, in this order of
 *    preference, the lowest-ranked non-featured verbatim of the kind that has several
 *    (the majority), else the lowest-ranked non-featured neutral one, else the
 *    lowest-ranked featured neutral one, else the lowest-ranked featured one of the
 *    majority kind; it then takes its place by rank (usually last). With `count` 1
 *    only one can be shown: the best one, as ranked.
 * One pass over `all`, keeping the best `count` in a small sorted list: linear in the number
 * of verbatims (times `count` at worst, when `all` comes oldest first).
 */
export function selectVerbatims(all: Verbatim[], opts: SelectOptions): Verbatim[] {
  const count = Math.max(0, Math.floor(opts.count));
  if (count === 0) return [];
  const from = addDays(opts.today, -opts.maxAgeDays);
  const site = opts.site === undefined || opts.site.trim() === '' ? undefined : normalizeWord(opts.site);
  // Rank: featured first, then latest, then input order (the index breaks ties).
  type Ranked = { v: Verbatim; k: string; i: number };
  const better = (a: Ranked, b: Ranked): boolean =>
    a.v.featured !== b.v.featured ? a.v.featured : a.k !== b.k ? a.k > b.k : a.i < b.i;
  const top: Ranked[] = [];
  const best: Partial<Record<Sentiment, Ranked>> = {};
  for (let i = 0; i < all.length; i++) {
    const v = all[i]!;
    if (v.date > opts.today || v.date < from) continue;
    if (site !== undefined && (v.site === undefined || normalizeWord(v.site) !== site)) continue;
    const r: Ranked = { v, k: when(v), i };
    const b = best[v.sentiment];
    if (!b || better(r, b)) best[v.sentiment] = r;
    if (top.length === count && !better(r, top[count - 1]!)) continue;
    // Insertion into a list of at most `count` entries.
    let j = Math.min(top.length, count - 1);
    if (top.length === count) top.pop();
    while (j > 0 && better(r, top[j - 1]!)) j--;
    top.splice(j, 0, r);
  }
  if (best.positive && best.negative) {
    const missing = (['positive', 'negative'] as const)
      .filter((s) => !top.some((r) => r.v.sentiment === s))
      .map((s) => best[s]!)
      .sort((a, b) => (better(a, b) ? -1 : 1));
    for (const add of missing) {
      const victim = victimIndex(top);
      if (victim < 0) break;
      top.splice(victim, 1);
      let j = top.length;
      while (j > 0 && better(add, top[j - 1]!)) j--;
      top.splice(j, 0, add);
    }
  }
  return top.map((r) => r.v);
}

/** Which shown verbatim gives way to a missing sentiment (see selectVerbatims), or −1. */
function victimIndex(top: { v: Verbatim }[]): number {
  const n = { positive: 0, neutral: 0, negative: 0 };
  for (const r of top) n[r.v.sentiment]++;
  const majority: Sentiment = n.positive >= n.negative ? 'positive' : 'negative';
  const last = (ok: (v: Verbatim) => boolean): number => {
    for (let i = top.length - 1; i >= 0; i--) if (ok(top[i]!.v)) return i;
    return -1;
  };
  const several = n[majority] >= 2;
  const tries = [
    (v: Verbatim) => several && !v.featured && v.sentiment === majority,
    (v: Verbatim) => !v.featured && v.sentiment === 'neutral',
    (v: Verbatim) => v.featured && v.sentiment === 'neutral',
    (v: Verbatim) => several && v.sentiment === majority,
  ];
  for (const t of tries) {
    const i = last(t);
    if (i >= 0) return i;
  }
  return -1;
}
