// The sentiment words exports use besides the contract's own: Zendesk's Good/Bad,
// satisfied/unsatisfied, satisfait/insatisfait, thumbs.
import { describe, expect, it } from 'vitest';
import { parseSentiment, Problem } from '../../../../src/data/verbatims/fields.ts';

describe('sentiment words', () => {
  it('reads every spelling the contract lists', () => {
    const words: [string, string][] = [
      ['Good', 'positive'], ['Bad', 'negative'], ['satisfied', 'positive'], ['Unsatisfied', 'negative'], ['dissatisfied', 'negative'],
      ['Satisfait', 'positive'], ['insatisfaite', 'negative'], ['👍', 'positive'], ['👎', 'negative'], [' 👍🏽 ', 'positive'], ['👍️', 'positive'],
      ['positif', 'positive'], ['Négatif', 'negative'], ['neutre', 'neutral'],
    ];
    expect(words.map(([w]) => parseSentiment(w))).toEqual(words.map(([, s]) => s));
  });
  it('reads the five points of a satisfaction survey and an NPS question\'s group', () => {
    const words: [string, string][] = [
      ['Very satisfied', 'positive'], ['Somewhat satisfied', 'positive'], ['Neither satisfied nor dissatisfied', 'neutral'], ['Somewhat dissatisfied', 'negative'], ['Very unsatisfied', 'negative'],
      ['Très satisfaite', 'positive'], ['Plutôt satisfait', 'positive'], ['Ni satisfait ni insatisfait', 'neutral'], ['Plutôt insatisfait', 'negative'], ['Pas du tout satisfait', 'negative'], ['Mécontent', 'negative'],
      ['Promoter', 'positive'], ['Passive', 'neutral'], ['Detractor', 'negative'], ['Détracteur', 'negative'],
    ];
    expect(words.map(([w]) => parseSentiment(w))).toEqual(words.map(([, s]) => s));
  });
  it('refuses what is none of them, thumbs with text included', () => {
    for (const w of ['👍 mais', 'so-so', '🙂']) expect(parseSentiment(w), w).toBeInstanceOf(Problem);
  });
});

describe('verbatims.columns.text as a list (Trustpilot: title and content)', () => {
  it('joins the listed columns with a line break; a row with neither is skipped; a missing one is an error', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { Diagnostics, formatDiagnostic } = await import('../../../../src/data/diagnostics.ts');
    const { readSite } = await import('../../../../src/data/site/read.ts');
    const { readVerbatims } = await import('../../../../src/data/verbatims/read.ts');
    const { publishVerbatims } = await import('../../../../src/privacy/verbatims.ts');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'miroir-trustpilot-'));
    try {
      writeFileSync(
        path.join(dir, 'site.yaml'),
        'organisation: Test\nlocale: en\nverbatims:\n  columns: { date: "Review Created (UTC)", text: ["Review Title", "Review Content"], stars: "Review Stars" }\n',
      );
      writeFileSync(
        path.join(dir, 'verbatims.csv'),
        [
          'Review Id,Review Created (UTC),Review Title,Review Content,Review Stars,Review Username',
          '64f1,2026-09-04T18:57:39Z,Great service!,Fast reply.,5,Sam',
          '64f2,2026-09-05T07:02:00Z,,Parcel lost twice,1,Lee',
          '64f3,2026-09-06T10:00:00Z,,,3,Kim',
          '',
        ].join('\n'),
      );
      const diags = new Diagnostics();
      const { site } = readSite(dir, diags);
      const verbatims = publishVerbatims(readVerbatims(dir, site!, diags, '2026-09-30'), site!.locale, diags);
      // 18:57 UTC is 20:57 in Paris (UTC+2 in September); 07:02 UTC is 09:02.
      expect(verbatims.map((v) => [v.date, v.time, v.text, v.stars, v.sentiment])).toEqual([
        ['2026-09-05', '09:02', 'Parcel lost twice', 1, 'negative'],
        ['2026-09-04', '20:57', 'Great service!\nFast reply.', 5, 'positive'],
      ]);
      const lines = diags.sorted().map((d) => formatDiagnostic(d, 'en').replace(`${path.basename(dir)}/`, ''));
      // « Review Title » (the first text column) of line 4 starts after "64f3,2026-09-06T10:00:00Z," (26) → col 27.
      expect(lines).toEqual([
        'verbatims.csv:1:1: warning: columns ignored, as miroir does not know them: “Review Id”, “Review Username”. Known columns: date, text, sentiment, nps, stars, channel, site, team, theme, author, featured. To use one under another name, name it in site.yaml (“verbatims.columns”).',
        'verbatims.csv:4:27: warning: 1 row has no text in “Review Title”: skipped (line 4). Nothing to do if this row is empty on purpose; otherwise fill in its text.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
