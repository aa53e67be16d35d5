// `customer: auto`: a wave's customer indicators computed from the verbatims of its
// period instead of typed by hand (the contract's "Changes between waves"), with the
// counts their verdicts and the privacy rule need.
import type { Bases, Verbatim, Wave } from '../../model.ts';
import { roundHalfAway } from '../rounding.ts';

export interface CustomerFigures {
  customer: Wave['customer'];
  bases: Bases['customer'];
}

/**
 * NPS = round(100 × (answers 9–10 − answers 0–6) / nps answers), CSAT = round(100 ×
 * stars ≥ 4 / star answers), over the verbatims dated after `after` (the previous
 * wave's date; undefined for the first wave) up to and including `until`. A figure
 * with no answer is absent.
 */
export function customerFromVerbatims(verbatims: readonly Verbatim[], after: string | undefined, until: string): CustomerFigures {
  let promoters = 0;
  let detractors = 0;
  let npsAnswers = 0;
  let satisfied = 0;
  let starAnswers = 0;
  for (const v of verbatims) {
    if (v.date > until || (after !== undefined && v.date <= after)) continue;
    if (v.nps !== undefined) {
      npsAnswers++;
      if (v.nps >= 9) promoters++;
      else if (v.nps <= 6) detractors++;
    }
    if (v.stars !== undefined) {
      starAnswers++;
      if (v.stars >= 4) satisfied++;
    }
  }
  const out: CustomerFigures = { customer: {}, bases: {} };
  if (npsAnswers > 0) {
    out.customer.nps = roundHalfAway((100 * (promoters - detractors)) / npsAnswers);
    out.customer.nps_n = npsAnswers;
    const [P, D] = [promoters / npsAnswers, detractors / npsAnswers];
    out.bases.nps = { n: npsAnswers, share: (promoters - detractors) / npsAnswers, promoters: P, detractors: D };
  }
  if (starAnswers > 0) {
    out.customer.csat = roundHalfAway((100 * satisfied) / starAnswers);
    out.customer.csat_n = starAnswers;
    out.bases.csat = { n: starAnswers, share: satisfied / starAnswers };
  }
  return out;
}
