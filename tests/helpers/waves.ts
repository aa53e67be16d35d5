// A published wave for the pure tests of the story and the changes: 60 of 100 answered,
// no figure unless given.
import type { Wave } from '../../src/model.ts';

export function waveOf(over: Partial<Wave> & { id: string }): Wave {
  return {
    date: '2026-01-01',
    invited: 100,
    respondents: 60,
    participation: 60,
    enps: null,
    engagement: null,
    dimensions: {},
    customer: {},
    segments: [],
    withheld_segments: 0,
    highlights: [],
    ...over,
  };
}
