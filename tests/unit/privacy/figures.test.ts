// Item non-response, decided purely: which figures of a group rest on too few answers,
// and the group without them.
import { describe, expect, it } from 'vitest';
import { thinFigures, withoutFigures } from '../../../src/privacy/figures.ts';
import type { Segment } from '../../../src/model.ts';

const lyon: Segment = {
  name: 'Lyon',
  respondents: 6,
  enps: -100,
  engagement: 86,
  dimensions: { onboarding: 100, tools: 0 },
  bases: { enps: { n: 1, share: -1, promoters: 0, detractors: 1 }, engagement: { n: 6 }, dimensions: { onboarding: { n: 6 }, tools: { n: 1 } }, customer: {} },
};

describe('thinFigures', () => {
  it('names the figures resting on fewer than min answers; a figure without a basis rests on the respondents', () => {
    expect(thinFigures(lyon, 5)).toEqual(['enps', 'dimension:tools']);
    // Typed in YAML: 6 respondents ≥ 5, nothing thin; 6 < 7, everything is.
    const typed = { ...lyon, bases: undefined };
    expect(thinFigures(typed, 5)).toEqual([]);
    expect(thinFigures(typed, 7)).toEqual(['enps', 'engagement', 'dimension:onboarding', 'dimension:tools']);
    // A customer figure computed from 4 verbatims.
    const wave = { respondents: 60, enps: null, engagement: null, dimensions: {}, customer: { nps: 50, nps_n: 4 }, bases: { dimensions: {}, customer: { nps: { n: 4 } } } };
    expect(thinFigures(wave, 5)).toEqual(['customer:nps']);
  });
});

describe('withoutFigures', () => {
  it('removes those figures and their bases, and nothing else', () => {
    const out = withoutFigures(lyon, ['enps', 'dimension:tools']);
    expect([out.enps, out.engagement, out.dimensions]).toEqual([null, 86, { onboarding: 100 }]);
    expect(out.bases).toEqual({ engagement: { n: 6 }, dimensions: { onboarding: { n: 6 } }, customer: {} });
    // The input is left as it was.
    expect(lyon.dimensions).toEqual({ onboarding: 100, tools: 0 });
    const wave = { respondents: 60, enps: null, engagement: null, dimensions: {}, customer: { nps: 50, nps_n: 4, csat: 80, csat_n: 9 } };
    expect(withoutFigures(wave, ['customer:nps']).customer).toEqual({ csat: 80, csat_n: 9 });
  });
});
