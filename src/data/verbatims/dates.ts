// The dates of a verbatims file once it is all read: the column's order of day and
// month applied, and what it implies reported (the order assumed, values in the other
// order, verbatims dated after today). Shared by verbatims.csv/.xlsx and verbatims.yaml.
import type { DateColumn } from '../date-column.ts';
import type { Diagnostics, SourceFile } from '../diagnostics.ts';
import type { VerbatimDraft, VerbatimsRead } from './draft.ts';

/** Applies the column's order of day and month to `out` and reports what it implies; values in the other order are left out. */
export function settleDates(dates: DateColumn, out: VerbatimDraft[], diags: Diagnostics, file: SourceFile, field: string, today: string): VerbatimsRead {
  const c = dates.finish();
  for (const { ref, when } of c.updates) {
    const v = out[ref]!.v;
    v.date = when.date;
    if (when.time === undefined) delete v.time;
    else v.time = when.time;
  }
  if (c.assumed) {
    diags.warning(file, c.assumed.at, 'date.order_assumed', { field, order: c.order, found: c.assumed.raw, date: c.assumed.date, reason: c.reason });
  }
  let kept = out;
  let dropped: VerbatimDraft[] = [];
  if (c.conflicts) {
    const k = c.conflicts;
    diags.error(file, k.first[0]!, 'date.order_conflict', {
      field,
      found: k.raw,
      order: c.order,
      other: c.order === 'dmy' ? 'mdy' : 'dmy',
      evidence: c.evidence.count,
      example: c.evidence.raw,
      ...k.params(),
    });
    const drop = new Set(k.refs);
    kept = out.filter((_, i) => !drop.has(i));
    dropped = out.filter((_, i) => drop.has(i));
  }
  if (c.future.count > 0) {
    diags.warning(file, c.future.first[0]!, 'verbatims.future', { field, found: c.future.example, today, ...c.future.params() });
  }
  return { drafts: kept, dropped };
}
