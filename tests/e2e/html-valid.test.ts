// Every page the build writes (the front page, each screen's wall, the poster), for the
// sample and the minimal fixture, has no error for the Nu Html Checker: valid HTML is
// what kiosk browsers of every age agree on.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, tempDir } from '../helpers/cli.ts';
import { findJava, validateHtml } from '../helpers/vnu.ts';

const found = findJava();

/** Every .html file under `dir`, relative, sorted. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

if ('missing' in found) {
  // Said out loud too: a skipped file's test names are not printed by the default reporter.
  console.warn(`tests/e2e/html-valid.test.ts skipped: ${found.missing}.`);
  it.skip(`the built pages are valid HTML: skipped, ${found.missing}`, () => undefined);
} else {
  describe('the built sample and the minimal fixture, through the Nu Html Checker', () => {
    let pages: string[];
    let errors: string[];
    beforeAll(() => {
      // Two data sets: the sample (two screens, a logo, every slide) and the smallest valid one.
      const work = tempDir('miroir-html-');
      for (const [name, dataDir] of [['sample', path.join(ROOT, 'data')], ['minimal', path.join(FIXTURES, 'minimal')]] as const) {
        const build = run('build', { dataDir, env: { MIROIR_OUT_DIR: path.join(work, name) } });
        expect(build.status, build.stdout + build.stderr).toBe(0);
      }
      pages = htmlFiles(work);
      errors = validateHtml(found.java, work, pages.map((p) => path.join(work, p)));
    });

    it('checks every page: the front page, the wall of each screen, the poster', () => {
      expect(pages).toEqual(
        expect.arrayContaining(['sample/index.html', 'sample/poster/index.html', 'sample/wall/index.html', 'sample/wall/accueil-lyon/index.html', 'sample/wall/plateau-nantes/index.html', 'minimal/index.html', 'minimal/poster/index.html', 'minimal/wall/index.html']),
      );
    });

    it('finds no error in any of them', () => {
      expect(errors.join('\n')).toBe('');
    });
  });
}
