// npm run poster (after a build): prints dist/poster/ to dist/poster.pdf, exactly one
// page of the size site.yaml asks, and dist/poster.png at 150 dpi for signage players
// (src/poster/print.ts). The sheet and the language come from what the build wrote.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { dataDirFromEnv } from '../project/load.ts';
import { readLocale } from '../data/site/read.ts';
import { launchChromium, NoBrowserError } from '../headless/chromium.ts';
import { parsePrintFacts, PRINT_FACTS_FILE } from '../poster/print-facts.ts';
import { printPoster } from '../poster/print.ts';
import { COMMAND_WORDS } from '../words/commands.ts';
import { guard } from './guard.ts';
import { PROJECT_ROOT as root } from './root.ts';

function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split('\n').find((l) => l.trim() !== '') ?? msg).trim().slice(0, 200);
}

guard(async () => {
  const dist = path.resolve(process.env.MIROIR_OUT_DIR || path.join(root, 'dist'));
  const factsFile = path.join(dist, PRINT_FACTS_FILE);
  const facts = existsSync(factsFile) ? parsePrintFacts(readFileSync(factsFile, 'utf8')) : undefined;
  const htmlFile = path.join(dist, 'poster', 'index.html');
  if (!facts || !existsSync(htmlFile)) {
    // Not built: speak the language site.yaml asks for.
    const say = COMMAND_WORDS[facts?.locale ?? readLocale(dataDirFromEnv())].poster;
    process.stderr.write(`${say.notBuilt(shown(existsSync(htmlFile) ? factsFile : htmlFile))}\n`);
    return 1;
  }
  const say = COMMAND_WORDS[facts.locale].poster;
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    if (e instanceof NoBrowserError) process.stderr.write(`${say.noBrowser}\n${e.detail(facts.locale)}\n`);
    else process.stderr.write(`${say.badBrowser(firstLine(e))}\n`);
    return 1;
  }
  try {
    const result = await printPoster(browser, dist, facts);
    if (!result.fitted) process.stderr.write(`${say.notFitted}\n`);
    if (!result.ok) {
      process.stderr.write(`${say.pages(result.pages)}\n`);
      return 1;
    }
    const sheet = `${facts.size} ${facts.orientation}`;
    process.stdout.write(`${say.done(shown(result.pdfFile), shown(result.pngFile), sheet, result.width, result.height)}\n`);
    return 0;
  } finally {
    await browser.close().catch(() => undefined);
  }
});
