// How much of people's text a wall slide keeps: dimension and pillar labels on two
// lines of a bar list, highlights within a line budget. Shared by the barometer and
// the action-plan slides so they cut the same way.
import { truncateWords } from '../../words/format.ts';

/** Labels (user data) are kept to two lines of a bar list. */
export const LABEL_MAX = 46;
/** A label longer than this takes two lines: the list then has less room under it. */
export const LONG_LABEL = 28;

/**
 * Highlights are written by people: each is kept to two lines (at least 58 characters
 * a line in the story column, at 16:9 and in portrait), and they stop when the next
 * one would pass `budget` lines.
 */
export const HIGHLIGHT_MAX = 116;
export const HIGHLIGHT_LINE = 58;

export function fitHighlights(all: readonly string[], budget: number): string[] {
  const out: string[] = [];
  let lines = 0;
  for (const h of all) {
    const text = truncateWords(h, HIGHLIGHT_MAX);
    const need = Math.ceil(text.length / HIGHLIGHT_LINE);
    if (lines + need > budget) break;
    out.push(text);
    lines += need;
  }
  return out;
}
