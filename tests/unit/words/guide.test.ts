// The guides' list of every `check` message is generated from the catalogue
// (npm run docs): it fails here when it is stale, and the French guide keeps French
// typography in its prose.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideExamples } from '../../../src/commands/guide-examples.ts';
import { END_MARKER, GUIDES, messagesSection, START_MARKER, withSection } from '../../../src/words/guide.ts';
import { catalogue, type Locale } from '../../../src/words/messages/index.ts';
import { ROOT } from '../../helpers/cli.ts';

const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

// The checker, run once on every example folder of tests/fixtures/guide/.
const examples = guideExamples();

describe.each(Object.entries(GUIDES) as [Locale, string][])('%s guide (%s)', (locale, rel) => {
  const doc = read(rel);

  it('lists the current catalogue with the lines the checker really prints (else: npm run docs)', () => {
    if (withSection(doc, messagesSection(locale, examples)) !== doc) expect.fail(`${rel} is stale: run \`npm run docs\` and commit the result.`);
  });

  it('shows every message code once, and promises only the suggestions the checker makes', () => {
    for (const [code] of Object.entries(catalogue)) {
      expect(doc.split(`(\`${code}\`)`).length - 1, code).toBe(1);
    }
    const fr = locale === 'fr';
    // `status: termné` in an example folder: the checker's own answer, hint included.
    expect(examples['value.enum']?.[locale]).toContain(fr ? 'Vouliez-vous dire «\u202ftermine\u202f»\u202f?' : 'Did you mean “done”?');
    expect(doc).toContain(fr ? 'Vouliez-vous dire «\u202ftermine\u202f»\u202f?' : 'Did you mean “done”?');
    // Every "did you mean" of the message list is in one of those real lines, none in a description.
    const section = doc.slice(doc.indexOf(START_MARKER), doc.indexOf(END_MARKER));
    const promised = section.split('\n').filter((l) => /Vouliez-vous dire|Did you mean/.test(l));
    expect(promised.length).toBeGreaterThan(3);
    for (const line of promised) expect(line, line).toMatch(fr ? /^  > Exemple\u00a0: `data\// : /^  > Example: `data\//);
  });
});

describe('withSection', () => {
  it('replaces only what lies between the markers', () => {
    const doc = `# T\n\nbefore\n${START_MARKER}\nold\n${END_MARKER}\nafter\n`;
    expect(withSection(doc, 'new')).toBe(`# T\n\nbefore\n${START_MARKER}\nnew\n${END_MARKER}\nafter\n`);
    expect(() => withSection('# no markers\n', 'x')).toThrow('<!-- messages:start -->');
  });
});

describe('the French guide', () => {
  it('puts a no-break space before : and a narrow one before ; ! ? and inside « » (outside code)', () => {
    let fence = false;
    const bad: string[] = [];
    read(GUIDES.fr).split('\n').forEach((line, i) => {
      if (line.startsWith('```')) fence = !fence;
      if (fence || line.startsWith('```')) return;
      const prose = line.split('`').filter((_, j) => j % 2 === 0).join(' ');
      if (/ [:;!?](\s|$)|« | »/.test(prose)) bad.push(`${i + 1}: ${line}`);
    });
    expect(bad).toEqual([]);
  });
});
