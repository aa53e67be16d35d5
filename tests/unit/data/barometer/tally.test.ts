// What one answer says and the arithmetic of a group's figures (src/data/barometer/tally.ts),
// figures worked out by hand; reading whole files is responses.test.ts's.
import { describe, expect, it } from 'vitest';
import { enpsCode, likertCode, NO_ANSWER, Tally } from '../../../../src/data/barometer/tally.ts';

describe('reading answers', () => {
  it('reads French and English agreement labels, whatever the case, accents or apostrophe', () => {
    for (const label of ['Tout à fait d’accord', "tout a fait d'accord", 'TOUT À FAIT D ACCORD', 'Plutôt d’accord', 'Strongly agree', 'agree', 'D’accord']) {
      expect(likertCode(label, 5), label).toBe(1);
    }
    for (const label of ["Ni d'accord ni pas d'accord", 'Plutôt pas d’accord', 'Pas du tout d’accord', 'Neither agree nor disagree', 'Disagree', 'STRONGLY DISAGREE']) {
      expect(likertCode(label, 5), label).toBe(0);
    }
    expect(likertCode('Bof', 5)).toBe(-1);
  });

  it('reads Québec\'s « en accord », questionnaires\' own wordings, and choices numbered by hand', () => {
    for (const label of ['Tout à fait en accord', 'Plutôt en accord', 'Entièrement d’accord', 'Tend to agree', 'Agree strongly', '5 - Tout à fait d’accord', '4. Agree', '5 (Strongly agree)']) {
      expect(likertCode(label, 5), label).toBe(1);
    }
    for (const label of ['Ni en accord ni en désaccord', 'Pas du tout en accord', 'Tend to disagree', 'Disagree strongly', '1 - Pas du tout d’accord', '3 – Neutre']) {
      expect(likertCode(label, 5), label).toBe(0);
    }
    // The words win over the number (a scale numbered from its favourable end); unknown words, the number.
    expect(likertCode('1 - Tout à fait d’accord', 5)).toBe(1);
    expect(likertCode('4 - Bien', 5)).toBe(1);
    expect(likertCode('2 - Bof', 5)).toBe(0);
    expect(likertCode('9 - Bien', 5)).toBe(-1);
  });

  it('knows the answers that are no opinion, for both kinds of question', () => {
    for (const label of ['Je ne sais pas', 'NSP', 'Non concerné', 'N/A', "Don't know", 'Prefer not to say', 'Sans objet']) {
      expect(likertCode(label, 5), label).toBe(NO_ANSWER);
      expect(enpsCode(label), label).toBe(NO_ANSWER);
    }
  });

  it('takes the top two points of the scale as favourable', () => {
    expect([1, 2, 3, 4, 5].map((v) => likertCode(String(v), 5))).toEqual([0, 0, 0, 1, 1]);
    expect([1, 2, 3, 4].map((v) => likertCode(String(v), 4))).toEqual([0, 0, 1, 1]);
    expect([5, 6, 7].map((v) => likertCode(String(v), 7))).toEqual([0, 1, 1]);
    expect([likertCode('0', 5), likertCode('6', 5), likertCode('4.5', 5)]).toEqual([-1, -1, -1]);
  });

  it('sorts 0–10 scores into detractors, passives and promoters', () => {
    expect(['0', '6', '7', '8', '9', '10'].map(enpsCode)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(['11', '-1', '9,5', 'neuf'].map(enpsCode)).toEqual([-1, -1, -1, -1]);
    // A scale whose ends are labelled in the choice itself: the score is its number.
    expect(['10 - Extrêmement probable', '0 (Not at all likely)', '9 = très probable', '11 - Trop'].map(enpsCode)).toEqual([2, 0, 2, -1]);
  });
});

/** Counts one respondent as the file reader does: an eNPS code (or none), then a Likert code per dimension (or none). */
function answer(t: Tally, nps: number | undefined, dims: (0 | 1 | undefined)[]): void {
  t.respondents++;
  if (nps !== undefined) t.nps[nps]!++;
  dims.forEach((code, k) => {
    if (code === undefined) return;
    t.answered[k]!++;
    t.fav[k]! += code;
  });
  t.answeredBy(nps !== undefined, dims.map((c) => c !== undefined));
}

describe('a group\'s figures', () => {
  it('computes eNPS, engagement and each dimension over the answers, each resting on who answered it', () => {
    const t = new Tally(2);
    answer(t, 2, [1, 1]); // a promoter, favourable on both
    answer(t, 2, [0, undefined]); // a promoter, unfavourable on a, no answer on b
    answer(t, 0, [1, 0]); // a detractor
    answer(t, undefined, [undefined, undefined]); // answered nothing counted
    // eNPS: (2 promoters − 1 detractor) / 3 answers = 33.3 → 33; engagement: 3 favourable
    // of 5 answers = 60; a: 2 of 3 = 66.7 → 67; b: 1 of 2 = 50.
    expect(t.figures(['a', 'b'])).toEqual({
      respondents: 4,
      enps: 33,
      engagement: 60,
      dimensions: { a: 67, b: 50 },
      bases: {
        enps: { n: 3, share: 1 / 3, promoters: 2 / 3, detractors: 1 / 3 },
        engagement: { n: 3, share: 3 / 5 },
        dimensions: { a: { n: 3, share: 2 / 3 }, b: { n: 2, share: 1 / 2 } },
        customer: {},
      },
    });
  });

  it('gives no figure, rather than 0, where nobody answered', () => {
    const t = new Tally(1);
    answer(t, undefined, [undefined]);
    expect(t.figures(['a'])).toEqual({ respondents: 1, enps: null, engagement: null, dimensions: {}, bases: { dimensions: {}, customer: {} } });
  });
});
