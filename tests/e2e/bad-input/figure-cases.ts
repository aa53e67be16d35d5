// Bad input about the barometer's figures as published (issue 12, issue 15 item 5):
// segments that are two splits at once, and a `customer:` that is neither figures nor auto.
import type { BadCase } from './cases.ts';

const WAVE = `waves:
  - id: 2026-T1
    date: 2026-03-15
    invited: 100
    respondents: 60
    engagement: 65
`;

export const FIGURE_CASES: BadCase[] = [
  {
    name: 'segments of two splits (sites and teams) adding up to more than the wave',
    files: { 'barometer.yaml': `${WAVE}    segments:\n      - { name: Lyon, respondents: 40 }\n      - { name: Vente, respondents: 30 }\n` },
    expected: [
      'data/barometer.yaml:7:5: error: les segments de cette vague comptent 70 répondants en tout, plus que les 60 de la vague. Les segments doivent être un seul découpage des répondants (par site, ou par équipe, pas les deux)\u00a0: sinon, en retranchant les uns des autres, on retrouverait les chiffres d’un groupe non publié. Gardez un seul découpage.',
    ],
    en: [
      'data/barometer.yaml:7:5: error: this wave’s segments add up to 70 respondents, more than the wave’s 60. Segments must be one split of the respondents (by site, or by team, not both): otherwise subtracting some from others would give back the figures of a group that is not published. Keep one split.',
    ],
  },
  {
    name: 'customer: neither figures nor auto',
    files: { 'barometer.yaml': `${WAVE}    customer: automatique\n` },
    expected: [
      'data/barometer.yaml:7:15: error: «\u202fcustomer\u202f» ne peut pas valoir «\u202fautomatique\u202f». Écrivez «\u202fauto\u202f» pour calculer les indicateurs clients à partir des verbatims, ou les chiffres eux-mêmes («\u202f{ nps: 31, csat: 86 }\u202f»).',
    ],
    en: [
      'data/barometer.yaml:7:15: error: “customer” cannot be “automatique”. Write “auto” to compute the customer indicators from the verbatims, or the figures themselves (“{ nps: 31, csat: 86 }”).',
    ],
  },
];
