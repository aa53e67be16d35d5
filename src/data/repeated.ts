// A problem found on many rows is told once: where it first happens, how many times,
// and the first few lines, so a pull request shows a handful of lines, not 200.
import type { MessageParams } from '../words/messages/index.ts';
import type { Position } from './diagnostics.ts';

/** How many positions a repeated problem lists. */
export const FIRST_POSITIONS = 5;

export class Repeated {
  count = 0;
  readonly first: Position[] = [];
  /** The first value found, to quote in the message. */
  example?: string;

  /** Counts one more; `at` is only called for the first few (finding a cell costs a walk of its row). */
  add(at: Position | (() => Position), example?: string): void {
    if (this.count++ === 0) this.example = example;
    if (this.first.length < FIRST_POSITIONS) this.first.push(typeof at === 'function' ? at() : at);
  }

  /** Both lists as one, in file order. */
  static merge(a: Repeated, b: Repeated): Repeated {
    const out = new Repeated();
    out.count = a.count + b.count;
    const aFirst = a.first[0];
    const bFirst = b.first[0];
    out.example = !bFirst || (aFirst && (aFirst.line < bFirst.line || (aFirst.line === bFirst.line && aFirst.col <= bFirst.col))) ? a.example : b.example;
    out.first.push(...[...a.first, ...b.first].sort((x, y) => x.line - y.line || x.col - y.col).slice(0, FIRST_POSITIONS));
    return out;
  }

  /** `count` and `lines` ("4, 9, 12…") for a catalogue message. */
  params(): MessageParams {
    const lines = this.first.map((p) => p.line).join(', ');
    return { count: this.count, lines: this.count > this.first.length ? `${lines}…` : lines };
  }
}
