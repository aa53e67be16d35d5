// A verbatim as its file says it: text and author as written, personal data included.
// Drafts never leave the load step: privacy/verbatims.ts masks their verbatims in place
// into the ones the model holds, warning at each field's own line and column, which the
// draft can still find.
import type { Position, SourceFile } from '../diagnostics.ts';
import type { Verbatim } from '../../model.ts';
import { deriveSentiment, type VerbatimFields } from './fields.ts';

/** The fields the privacy step reads: masked (text, author) or warned about (channel, site). */
export type PrivateField = 'text' | 'author' | 'channel' | 'site';

/** The file of a set of drafts, and how to find a field of one of its rows again. */
export interface Origin {
  file: SourceFile;
  /** Where `field` of the row or item `row` is, and the name it goes by (its column's header, or its key). */
  where(row: number, field: PrivateField): { at: Position; name: string };
}

export interface VerbatimDraft {
  /** The verbatim, unmasked until the privacy step masks it in place (it is the load step's own object). */
  readonly v: Verbatim;
  readonly origin: Origin;
  /** The row or item it was read from, as its origin counts them (kept small: 100,000 rows hold only this). */
  readonly row: number;
}

/** What a verbatims file gives: every valid verbatim, and those its dates left out. */
export interface VerbatimsRead {
  drafts: VerbatimDraft[];
  /** Rows read, then left out for a date in the other order than its column's: still checked for personal data. */
  dropped: VerbatimDraft[];
}

/** The draft of a row: sentiment derived when missing, featured false when not said. */
export function toDraft(f: VerbatimFields, origin: Origin, row: number): VerbatimDraft {
  // Assigned in the contract's field order, which the published verbatim keeps. Where it
  // was read from sits beside it, not in it: the privacy step then publishes this very
  // object instead of copying 100,000 of them without their origin.
  const v = { date: f.date } as Verbatim;
  if (f.time !== undefined) v.time = f.time;
  v.text = f.text;
  v.sentiment = f.sentiment ?? deriveSentiment(f.nps, f.stars);
  if (f.nps !== undefined) v.nps = f.nps;
  if (f.stars !== undefined) v.stars = f.stars;
  if (f.channel) v.channel = f.channel;
  if (f.site) v.site = f.site;
  if (f.team) v.team = f.team;
  if (f.theme) v.theme = f.theme;
  if (f.author) v.author = f.author;
  v.featured = f.featured ?? false;
  return { v, origin, row };
}
