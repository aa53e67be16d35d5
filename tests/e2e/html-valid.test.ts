// Every page the build writes (the front page, each screen's wall, the poster) has no
// error for the Nu Html Checker: valid HTML is what kiosk browsers of every age agree on.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers/cli.ts';
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
  describe('the built sample, through the Nu Html Checker', () => {
    let dist: string;
    let pages: string[];
    let errors: string[];
    beforeAll(() => {
      dist = path.join(tempDir('miroir-html-'), 'dist');
      const build = run('build', { dataDir: path.join(ROOT, 'data'), env: { MIROIR_OUT_DIR: dist } });
      expect(build.status, build.stdout + build.stderr).toBe(0);
      pages = htmlFiles(dist);
      errors = validateHtml(found.java, dist, pages.map((p) => path.join(dist, p)));
    });

    it('checks every page: the front page, the wall of each of the sample’s two screens, the poster', () => {
      expect(pages).toEqual(expect.arrayContaining(['index.html', 'poster/index.html', 'wall/index.html', 'wall/accueil-lyon/index.html', 'wall/plateau-nantes/index.html']));
    });

    it('finds no error in any of them', () => {
      expect(errors.join('\n')).toBe('');
    });
  });
}
