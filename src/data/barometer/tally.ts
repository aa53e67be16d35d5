// A wave's figures from counted answers, pure and apart from reading the file
// (responses.ts): what one cell says (an agreement label or number, a 0–10 score), and
// the arithmetic of eNPS, engagement and dimensions with the bases they rest on.
import { roundHalfAway } from '../rounding.ts';
import type { Basis, Bases } from '../../model.ts';
import { normalizeWord } from '../sources/text.ts';

export interface Figures {
  respondents: number;
  enps: number | null;
  engagement: number | null;
  /** Dimension id → % favourable, for the dimensions that got at least one answer. */
  dimensions: Record<string, number>;
  /** What each figure rests on: its respondents and its unrounded share (the verdicts and the privacy rule need both). */
  bases: Bases;
}

// The usual agreement labels, on five points. Whatever the scale, "agree" and
// "strongly agree" are its top two points (on 4, 5 and 7-point scales alike), so a
// label is favourable when it is 4 or 5 here.
const LABELS: Record<string, number> = {};
for (const [value, labels] of [
  [5, ['Tout à fait d’accord', 'Totalement d’accord', 'Strongly agree', 'Completely agree']],
  [4, ['Plutôt d’accord', 'D’accord', 'Agree', 'Somewhat agree', 'Mostly agree']],
  [3, ['Ni d’accord ni pas d’accord', 'Ni d’accord, ni pas d’accord', 'Neutre', 'Sans avis', 'Neither agree nor disagree', 'Neither agree or disagree', 'Neutral']],
  [2, ['Plutôt pas d’accord', 'Pas d’accord', 'Plutôt en désaccord', 'En désaccord', 'Disagree', 'Somewhat disagree', 'Mostly disagree']],
  [1, ['Pas du tout d’accord', 'Tout à fait en désaccord', 'Totalement en désaccord', 'Strongly disagree', 'Completely disagree']],
] as const) {
  for (const label of labels) LABELS[normalizeWord(label)] = value;
}

export const INVALID = -1;
const FAVOURABLE = 1;
const UNFAVOURABLE = 0;

/** 1 when `cell` (trimmed, not blank) is in the top two points, 0 when not, -1 when unreadable. */
export function likertCode(cell: string, scale: number): number {
  if (/^\d{1,2}$/.test(cell)) {
    const v = Number(cell);
    return v < 1 || v > scale ? INVALID : v >= scale - 1 ? FAVOURABLE : UNFAVOURABLE;
  }
  const label = LABELS[normalizeWord(cell)];
  return label === undefined ? INVALID : label >= 4 ? FAVOURABLE : UNFAVOURABLE;
}

const PROMOTER = 2;
const PASSIVE = 1;
const DETRACTOR = 0;

/** 2 promoter (9–10), 1 passive (7–8), 0 detractor (0–6), -1 unreadable. */
export function enpsCode(cell: string): number {
  if (!/^\d{1,2}$/.test(cell)) return INVALID;
  const v = Number(cell);
  return v > 10 ? INVALID : v >= 9 ? PROMOTER : v >= 7 ? PASSIVE : DETRACTOR;
}

/** Counts for one group (the wave, or a segment). */
export class Tally {
  respondents = 0;
  readonly nps = [0, 0, 0];
  readonly fav: number[];
  readonly answered: number[];
  // Respondents with at least one answer counted in each figure: the n of its verdict
  // and of the privacy rule (one person answering the eNPS must not be published).
  npsRespondents = 0;
  likertRespondents = 0;
  readonly dimensionRespondents: number[];
  constructor(dimensions: number) {
    this.fav = new Array<number>(dimensions).fill(0);
    this.answered = new Array<number>(dimensions).fill(0);
    this.dimensionRespondents = new Array<number>(dimensions).fill(0);
  }
  /** Counts one respondent into the figures they answered (`dimensions`: which dimensions). */
  answeredBy(nps: boolean, dimensions: readonly boolean[]): void {
    if (nps) this.npsRespondents++;
    let any = false;
    dimensions.forEach((yes, k) => {
      if (yes) {
        this.dimensionRespondents[k]!++;
        any = true;
      }
    });
    if (any) this.likertRespondents++;
  }
  figures(dimensionIds: readonly string[]): Figures {
    const npsAnswers = this.nps[0]! + this.nps[1]! + this.nps[2]!;
    const dimensions: Record<string, number> = {};
    const bases: Bases = { dimensions: {}, customer: {} };
    let fav = 0;
    let answered = 0;
    dimensionIds.forEach((id, k) => {
      if (this.answered[k]! > 0) {
        const share = this.fav[k]! / this.answered[k]!;
        dimensions[id] = roundHalfAway(100 * share);
        bases.dimensions[id] = { n: this.dimensionRespondents[k]!, share };
      }
      fav += this.fav[k]!;
      answered += this.answered[k]!;
    });
    let enps: number | null = null;
    if (npsAnswers > 0) {
      const promoters = this.nps[PROMOTER]! / npsAnswers;
      const detractors = this.nps[DETRACTOR]! / npsAnswers;
      const net = this.nps[PROMOTER]! - this.nps[DETRACTOR]!;
      enps = roundHalfAway((100 * net) / npsAnswers);
      bases.enps = { n: this.npsRespondents, share: net / npsAnswers, promoters, detractors } satisfies Basis;
    }
    let engagement: number | null = null;
    if (answered > 0) {
      engagement = roundHalfAway((100 * fav) / answered);
      bases.engagement = { n: this.likertRespondents, share: fav / answered };
    }
    return { respondents: this.respondents, enps, engagement, dimensions, bases };
  }
}
