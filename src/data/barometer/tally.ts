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

// The usual agreement labels, on five points, as survey tools and questionnaires made by
// hand write them (France's and Québec's French: « d’accord », « en accord »). Whatever
// the scale, "agree" and "strongly agree" are its top two points (on 4, 5 and 7-point
// scales alike), so a label is favourable when it is 4 or 5 here.
const LABELS: Record<string, number> = {};
for (const [value, labels] of [
  [5, ['Tout à fait d’accord', 'Totalement d’accord', 'Entièrement d’accord', 'Complètement d’accord', 'Tout à fait en accord', 'Totalement en accord', 'Fortement en accord', 'Strongly agree', 'Completely agree', 'Totally agree', 'Fully agree', 'Agree strongly']],
  [4, ['Plutôt d’accord', 'D’accord', 'Assez d’accord', 'Plutôt en accord', 'En accord', 'Agree', 'Somewhat agree', 'Mostly agree', 'Tend to agree', 'Agree somewhat']],
  [3, ['Ni d’accord ni pas d’accord', 'Ni d’accord, ni pas d’accord', 'Ni d’accord ni en désaccord', 'Ni en accord ni en désaccord', 'Neutre', 'Sans avis', 'Neither agree nor disagree', 'Neither agree or disagree', 'Neutral', 'Neither']],
  [2, ['Plutôt pas d’accord', 'Pas d’accord', 'Pas vraiment d’accord', 'Plutôt en désaccord', 'En désaccord', 'Disagree', 'Somewhat disagree', 'Mostly disagree', 'Tend to disagree', 'Disagree somewhat']],
  [1, ['Pas du tout d’accord', 'Tout à fait en désaccord', 'Totalement en désaccord', 'Entièrement en désaccord', 'Complètement en désaccord', 'Fortement en désaccord', 'Pas du tout en accord', 'Strongly disagree', 'Completely disagree', 'Totally disagree', 'Disagree strongly']],
] as const) {
  for (const label of labels) LABELS[normalizeWord(label)] = value;
}

// The answers that give no opinion: counted like a blank cell (not in the question's
// answers), and told once by the reader (responses.ts).
const NO_OPINION = new Set(
  ['Je ne sais pas', 'Ne sait pas', 'NSP', 'Ne se prononce pas', 'Non concerné', 'Non concernée', 'Pas concerné', 'Non applicable', 'Sans objet', 'Je préfère ne pas répondre', 'Préfère ne pas répondre', 'N/A', 'NA', "Don't know", 'Do not know', 'Not applicable', 'Not sure', 'Prefer not to say', 'Prefer not to answer'].map(normalizeWord),
);

export const INVALID = -1;
/** An answer that says it is none (« Je ne sais pas », "N/A"). */
export const NO_ANSWER = -2;
const FAVOURABLE = 1;
const UNFAVOURABLE = 0;

// A choice numbered by hand: « 5 - Tout à fait d’accord », "10 (Extremely likely)", "1. Strongly disagree".
const NUMBERED = /^(\d{1,2})\s*(?:[-–—=:.)(]|\s)\s*(.*?)\)?$/;

/** 1 when `cell` (trimmed, not blank) is in the top two points, 0 when not, NO_ANSWER, or -1 when unreadable. */
export function likertCode(cell: string, scale: number): number {
  if (/^\d{1,2}$/.test(cell)) {
    const v = Number(cell);
    return v < 1 || v > scale ? INVALID : v >= scale - 1 ? FAVOURABLE : UNFAVOURABLE;
  }
  const word = normalizeWord(cell);
  const label = LABELS[word];
  if (label !== undefined) return label >= 4 ? FAVOURABLE : UNFAVOURABLE;
  if (NO_OPINION.has(word)) return NO_ANSWER;
  // Numbered: the words say what was meant when they are known, else the number does.
  const m = NUMBERED.exec(cell);
  if (!m || !/\p{L}/u.test(m[2]!)) return INVALID;
  const named = LABELS[normalizeWord(m[2]!)];
  return named !== undefined ? (named >= 4 ? FAVOURABLE : UNFAVOURABLE) : likertCode(m[1]!, scale);
}

const PROMOTER = 2;
const PASSIVE = 1;
const DETRACTOR = 0;

/** 2 promoter (9–10), 1 passive (7–8), 0 detractor (0–6), NO_ANSWER, -1 unreadable. */
export function enpsCode(cell: string): number {
  let digits = cell;
  if (!/^\d{1,2}$/.test(cell)) {
    if (NO_OPINION.has(normalizeWord(cell))) return NO_ANSWER;
    // « 10 - Extrêmement probable », "0 (Not at all likely)": the score is the number.
    const m = NUMBERED.exec(cell);
    if (!m || !/\p{L}/u.test(m[2]!)) return INVALID;
    digits = m[1]!;
  }
  const v = Number(digits);
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
