// Limits on what miroir prints about hostile or broken input: a file with 100,000
// unknown keys gets the first 50 lines and one line with the count, and a list of
// 100,002 column names is cut to the first 50 and "and N more". A message must stay
// readable in a terminal, a pull-request annotation and a job summary.
import type { Diagnostic } from './diagnostics.ts';

/** How many problems of one kind a file lists, and how many names a list shows. */
export const MAX_LISTED = 50;

/** The first `max` items and how many are left out. */
export function firstOf<T>(items: readonly T[], max = MAX_LISTED): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/**
 * Keeps, for each file, the first MAX_LISTED problems of each code (in reading order);
 * the rest are told as one `problems.more` line, where the first left-out one is.
 */
export function capRepeats(sorted: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>();
  const more = new Map<string, Diagnostic>();
  const out: Diagnostic[] = [];
  for (const d of sorted) {
    const key = `${d.file.display}\0${d.severity}\0${d.code}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= MAX_LISTED) {
      out.push(d);
      continue;
    }
    const line = more.get(key);
    if (line) line.params.count = Number(line.params.count) + 1;
    else {
      const first: Diagnostic = { ...d, code: 'problems.more', params: { count: 1, shown: MAX_LISTED } };
      more.set(key, first);
      out.push(first);
    }
  }
  return out;
}

/** `a, b, c` for a message's list of choices, cut after the first MAX_LISTED with `, …`. */
export function cappedList(items: readonly string[]): string {
  const { shown, more } = firstOf(items);
  return more > 0 ? `${shown.join(', ')}, …` : shown.join(', ');
}
