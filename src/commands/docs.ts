// npm run docs: rewrites the list of every `check` message in docs/guide-fr.md and
// docs/guide-en.md from the message catalogue (between the messages markers), with
// the lines the checker really prints for the example folders of tests/fixtures/guide/.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GUIDES, messagesSection, withSection } from '../words/guide.ts';
import { guideExamples } from './guide-examples.ts';
import type { Locale } from '../words/messages/index.ts';
import { guard } from './guard.ts';
import { COMMAND_WORDS, TERMINAL_LOCALE } from '../words/commands.ts';

import { PROJECT_ROOT as root } from './root.ts';

guard(() => {
  const examples = guideExamples(root);
  for (const [locale, rel] of Object.entries(GUIDES) as [Locale, string][]) {
    const file = path.join(root, rel);
    const before = readFileSync(file, 'utf8');
    const after = withSection(before, messagesSection(locale, examples));
    if (after !== before) writeFileSync(file, after);
    process.stderr.write(`${rel}${after === before ? COMMAND_WORDS[TERMINAL_LOCALE].docs.unchanged : ''}\n`);
  }
  return 0;
});
