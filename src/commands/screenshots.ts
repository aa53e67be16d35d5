// Screenshots of every wall screen, every slide, at the four screen sizes, to look at
// (and for CI to attach to a pull request). Builds nothing: run `npm run build` first.
//
//   node scripts/screenshots.ts [--dist dist] [--out screenshots] [--screen ID] [--size 1920x1080]
//
// Writes screenshots/<screen>-<slide>-<w>x<h>.png (verbatims spread over several
// pages give `verbatims`, `verbatims-p2`…). The page clock is frozen inside opening
// hours so the rotation and the night mode never move a slide mid-shot.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../headless/chromium.ts';
import { serve } from '../headless/serve.ts';
import { settled, showSection, WALL_SIZES, wallScreens, wallSections, type WallSize } from '../headless/wall-pages.ts';
import { guard } from './guard.ts';
import { COMMAND_WORDS, TERMINAL_LOCALE } from '../words/commands.ts';

const say = COMMAND_WORDS[TERMINAL_LOCALE].screenshots;

/** A Tuesday, mid-morning in Paris: inside every usual opening hours. */
const FROZEN_TIME = new Date('2026-11-24T09:30:00Z');

guard(async () => {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string', default: 'screenshots' },
      screen: { type: 'string', multiple: true },
      size: { type: 'string', multiple: true },
    },
  });
  const dist = path.resolve(values.dist);
  const out = path.resolve(values.out);
  if (!existsSync(path.join(dist, 'wall'))) {
    process.stderr.write(`${say.notBuilt(dist)}\n`);
    return 1;
  }
  const sizes: WallSize[] = values.size?.length
    ? values.size.map((s) => {
        const [w, h] = s.split('x').map(Number);
        return { width: w!, height: h! };
      })
    : [...WALL_SIZES];
  const screens = wallScreens(dist).filter((s) => !values.screen?.length || values.screen.includes(s.id));
  mkdirSync(out, { recursive: true });

  const server = await serve(dist);
  const browser = await launchChromium();
  let count = 0;
  try {
    for (const screen of screens) {
      for (const size of sizes) {
        const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce', serviceWorkers: 'block' });
        const page = await context.newPage();
        page.on('console', (m) => {
          if (m.type() === 'error') process.stderr.write(`${say.consoleError(`${screen.path} ${size.width}x${size.height}`, m.text())}\n`);
        });
        page.on('pageerror', (e) => process.stderr.write(`${say.pageError(`${screen.path} ${size.width}x${size.height}`, e.message)}\n`));
        await page.clock.install({ time: FROZEN_TIME });
        await page.goto(server.url + screen.path, { waitUntil: 'load' });
        await page.clock.runFor(1000);
        await settled(page);
        for (const section of await wallSections(page)) {
          await showSection(page, section.index);
          await page.clock.runFor(50);
          await settled(page);
          const file = path.join(out, `${screen.id}-${section.name}-${size.width}x${size.height}.png`);
          await page.screenshot({ path: file });
          count++;
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stderr.write(`${say.done(count, path.relative(process.cwd(), out) || '.')}\n`);
  return 0;
});
