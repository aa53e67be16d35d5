// The guides' list of every `check` message is generated from the catalogue
// (npm run docs): it fails here when it is stale, and the French guide keeps French
// typography in its prose.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { END_MARKER, GUIDES, messagesSection, START_MARKER, withSection } from '../../../src/words/guide.ts';
import { catalogue, type Locale } from '../../../src/words/messages/index.ts';
import { ROOT } from '../../helpers/cli.ts';

const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

describe.each(Object.entries(GUIDES) as [Locale, string][])('%s guide (%s)', (locale, rel) => {
  const doc = read(rel);

  it('lists the current catalogue (else: npm run docs)', () => {
    if (withSection(doc, messagesSection(locale)) !== doc) expect.fail(`${rel} is stale: run \`npm run docs\` and commit the result.`);
  });

  it('shows every message code once, with its example in the guide’s language', () => {
    for (const [code] of Object.entries(catalogue)) {
      expect(doc.split(`(\`${code}\`)`).length - 1, code).toBe(1);
    }
    const unknownKey = catalogue['key.unknown'];
    const example = unknownKey[locale](unknownKey.example);
    expect(doc).toContain(`  > ${example}`);
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
