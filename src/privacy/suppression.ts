// Small-group privacy for barometer results: which waves and segments may be
// published. Pure: it decides, the loader reports and removes.
//
// 1. Threshold. A wave or a segment with fewer than `min` respondents is withheld:
//    its figures could point at a handful of people.
// 2. Secondary suppression. A wave's published total minus its published segments
//    gives the figures of what remains. If the withheld segments are that remainder
//    and count fewer than `min` respondents together, the subtraction undoes step 1.
//    So, as survey tools do, the smallest published segments are withheld too, one at
//    a time, until the withheld ones count at least `min` together (or none is left).
//    (A published segment has at least `min` respondents, so one always suffices
//    today; the loop keeps the contract's wording should segments of 0 ever count.)
//
// Respondents outside every segment (a blank segment cell, or YAML segments that do
// not cover the whole wave) also end up in that remainder. We deliberately do not
// count them towards `min`:
//  - the contract's rule counts the withheld segments only; counting blanks would
//    relax it, and for YAML segments we cannot even tell blanks from overlapping
//    segments (a wave split both by site and by team sums to more than its total);
//  - when withheld segments reach `min` on their own, the remainder (withheld + blank)
//    is larger still, so subtraction reveals a group of at least `min` people;
//  - when nothing is withheld, the remainder is only the people who left the segment
//    blank. Their figures can be worked out, but that group has no name and no
//    membership anyone can see (nobody knows who skipped the question), so it points
//    at no one; withholding a real segment to hide it would cost the wall a figure for
//    no protection. This is why secondary suppression starts only once a segment is
//    withheld.
// Figures that are not published at all (a segment whose eNPS is null) cannot be
// subtracted either way, so the rule works on respondent counts, like the threshold.

export type WithheldReason = 'threshold' | 'secondary';

export interface SuppressionResult {
  /** Indices (into the input) of the segments that may be published, in input order. */
  published: number[];
  /** Indices of the withheld segments, in input order, with why. */
  withheld: { index: number; reason: WithheldReason }[];
}

/** True when a whole wave must be withheld. */
export function waveWithheld(respondents: number, min: number): boolean {
  return respondents < min;
}

/** Which of a wave's segments (given by their respondent counts) may be published. */
export function suppressSegments(respondents: readonly number[], min: number): SuppressionResult {
  const reason = new Map<number, WithheldReason>();
  let withheldTotal = 0;
  respondents.forEach((n, i) => {
    if (n < min) {
      reason.set(i, 'threshold');
      withheldTotal += n;
    }
  });
  if (reason.size > 0 && withheldTotal < min) {
    // Smallest first; ties keep the input order so that the result is reproducible.
    const candidates = respondents
      .map((n, i) => ({ n, i }))
      .filter(({ i }) => !reason.has(i))
      .sort((a, b) => a.n - b.n || a.i - b.i);
    for (const { n, i } of candidates) {
      if (withheldTotal >= min) break;
      reason.set(i, 'secondary');
      withheldTotal += n;
    }
  }
  const published: number[] = [];
  const withheld: SuppressionResult['withheld'] = [];
  respondents.forEach((_, i) => {
    const r = reason.get(i);
    if (r) withheld.push({ index: i, reason: r });
    else published.push(i);
  });
  return { published, withheld };
}

/** The same, on objects that carry their respondent count. */
export function splitSegments<T extends { respondents: number }>(
  segments: readonly T[],
  min: number,
): { published: T[]; withheld: { segment: T; index: number; reason: WithheldReason }[] } {
  const r = suppressSegments(
    segments.map((s) => s.respondents),
    min,
  );
  return {
    published: r.published.map((i) => segments[i]!),
    withheld: r.withheld.map(({ index, reason }) => ({ segment: segments[index]!, index, reason })),
  };
}

/**
 * Highlights are free text: one naming a segment that is never published would put
 * that name on the wall. `withheldNames` are the names withheld in every wave they
 * appear in (a name published in another wave is on the wall anyway). Returns, for
 * each highlight, the withheld name it mentions (whole word, accents and case ignored;
 * case kept for names of one or two letters, so that a segment `A` does not match the
 * French word « a »), or undefined.
 */
export function highlightMentions(highlights: readonly string[], withheldNames: readonly string[]): (string | undefined)[] {
  // Most waves have no highlight: their names are then never made into patterns.
  if (highlights.length === 0) return [];
  const patterns = withheldNames.flatMap((name) => {
    const p = mentionPattern(name);
    return p ? [{ name, ...p }] : [];
  });
  return highlights.map((h) => {
    const text = fold(h);
    const lower = text.toLowerCase();
    // A highlight without the name's first word cannot match: the pattern (slow to compile,
    // with its Unicode classes) is then not even asked.
    return patterns.find((p) => lower.includes(p.first) && p.re().test(text))?.name;
  });
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

interface Pattern {
  /** The name's first word, folded and in lower case. */
  first: string;
  re: () => RegExp;
}

// One pattern per name, made once: the same withheld names are looked for in every wave.
const patternOf = new Map<string, Pattern | null>();

/**
 * The words of the name in order, anything but letters and digits between them:
 * « Saint Etienne » also finds « Saint-Étienne », as segments are grouped that way.
 */
function mentionPattern(name: string): Pattern | null {
  let p = patternOf.get(name);
  if (p === undefined) {
    const words = fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const flags = words.join('').length <= 2 ? 'u' : 'iu';
    let re: RegExp | undefined;
    p =
      words.length === 0
        ? null
        : {
            first: words[0]!.toLowerCase(),
            re: () => (re ??= new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, flags)),
          };
    patternOf.set(name, p);
  }
  return p;
}
