// Item non-response and overlapping splits (issue 15, items 4 and 5): a figure that
// rests on fewer than min_respondents answers is withheld with a warning at its line,
// even in a group large enough to be published; segments that add up to more than their
// wave are two splits side by side, an error at the wave's `segments` line.
import { describe, expect, it } from 'vitest';
import { dataFolder } from '../../../helpers/cli.ts';
import { loadProject } from '../../../../src/project/load.ts';
import { formatDiagnostic } from '../../../../src/data/diagnostics.ts';

function load(files: Record<string, string>) {
  const dir = dataFolder({ 'site.yaml': 'organisation: Test\nlocale: en\nprivacy: { min_respondents: 5 }\n', ...files });
  const result = loadProject(dir);
  return { ...result, messages: result.diagnostics.map((d) => formatDiagnostic(d, 'en').replace(/^.*?data\//, '')) };
}

const QUESTIONS = `questions:
  "Reco (0-10)": enps
  "I had what I needed to start": onboarding
  "My tools let me serve customers": tools
segment_column: Site
`;

// Lyon: 6 respondents; only the first answered the eNPS and the tools question.
// Paris: 10 respondents, all answered everything.
const ROWS = [
  'Site,Reco (0-10),I had what I needed to start,My tools let me serve customers',
  'Lyon,0,Strongly agree,Strongly disagree',
  ...Array.from({ length: 5 }, () => 'Lyon,,Agree,'),
  ...Array.from({ length: 10 }, () => 'Paris,9,Agree,Agree'),
].join('\n');

describe('a figure resting on fewer than min_respondents answers', () => {
  it('is withheld from a published segment, which keeps its well-answered figures', () => {
    const { project, messages } = load({
      'barometer.yaml': `${QUESTIONS}waves:\n  - id: T1\n    date: 2026-03-15\n    invited: 20\n    responses: barometer/t1.csv\n`,
      'barometer/t1.csv': ROWS,
    });
    // Lyon's eNPS and tools rest on 1 answer (< 5): one warning each, at `segment_column` (line 5), no figure in it.
    expect(messages).toEqual([
      'barometer.yaml:5:1: warning: the eNPS of the segment “Lyon” (wave “T1”) rests on fewer than 5 answers: this figure is not published, so that no one’s answer can be recognised. Nothing to do: the segment’s other figures stay published.',
      'barometer.yaml:5:1: warning: the dimension “Tools” of the segment “Lyon” (wave “T1”) rests on fewer than 5 answers: this figure is not published, so that no one’s answer can be recognised. Nothing to do: the segment’s other figures stay published.',
    ]);
    const wave = project!.waves[0]!;
    // Wave: eNPS 11 answers, 10 promoters and 1 detractor: 100 × 9 / 11 = 81.8 → 82; tools 10 / 11 = 90.9 → 91;
    // onboarding 16 / 16 = 100; engagement (16 + 10) / 27 = 96.3 → 96.
    expect([wave.enps, wave.dimensions, wave.engagement]).toEqual([82, { onboarding: 100, tools: 91 }, 96]);
    const lyon = wave.segments.find((s) => s.name === 'Lyon')!;
    // Lyon keeps onboarding 6 / 6 = 100 and engagement 6 / 7 = 85.7 → 86 (6 respondents answered a Likert question).
    expect([lyon.enps, lyon.dimensions, lyon.engagement]).toEqual([null, { onboarding: 100 }, 86]);
    expect(lyon.bases?.enps).toBeUndefined();
    expect(lyon.bases?.dimensions.tools).toBeUndefined();
  });

  it('is withheld from a wave whose eNPS counts add up to fewer than 5, at the enps line', () => {
    const { project, messages } = load({
      'barometer.yaml': `waves:
  - id: T1
    date: 2026-03-15
    invited: 40
    respondents: 30
    enps: { promoters: 2, passives: 1, detractors: 1 }
    engagement: 70
`,
    });
    expect(messages).toEqual([
      'barometer.yaml:6:11: warning: the eNPS of the wave “T1” rests on fewer than 5 answers: this figure is not published, so that no one’s answer can be recognised. Nothing to do: the wave’s other figures stay published.',
    ]);
    expect([project!.waves[0]!.enps, project!.waves[0]!.engagement]).toEqual([null, 70]);
  });
});

describe('segments that add up to more than their wave', () => {
  it('are an error at the wave’s segments line (sites and teams mixed would give a withheld one back)', () => {
    // Lyon 40 + Paris 30 + Nice 4 + Sales 50 + Support 24 = 148 > 74: 74 − 40 − 30 would give Nice back.
    const { project, messages } = load({
      'barometer.yaml': `waves:
  - id: T1
    date: 2026-03-15
    invited: 90
    respondents: 74
    engagement: 70
    segments:
      - { name: Lyon, respondents: 40, engagement: 72 }
      - { name: Paris, respondents: 30, engagement: 68 }
      - { name: Nice, respondents: 4, engagement: 90 }
      - { name: Sales, respondents: 50, engagement: 71 }
      - { name: Support, respondents: 24, engagement: 66 }
`,
    });
    expect(project).toBeUndefined();
    expect(messages).toEqual([
      'barometer.yaml:7:5: error: this wave’s segments add up to 148 respondents, more than the wave’s 74. Segments must be one split of the respondents (by site, or by team, not both): otherwise subtracting some from others would give back the figures of a group that is not published. Keep one split.',
    ]);
  });
});
