// The export fixtures (tests/fixtures/exports/<tool>/) through the real `npm run check`
// and `npm run build`, for the tests of each family of tools.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { dataFolder, FIXTURES, run, tempDir } from './cli.ts';

export const EXPORTS = path.join(FIXTURES, 'exports');
export const exported = (tool: string, file: string): Buffer => readFileSync(path.join(EXPORTS, tool, file));
export const SITE = readFileSync(path.join(FIXTURES, 'minimal', 'site.yaml'), 'utf8');

/** The minimal site with `verbatims.columns` mapping the export's headers (today is 2026-11-24: 180 days back reach 28 May). */
export function site(columns: string): string {
  const out = SITE.replace('verbatims: { count: 4, max_age_days: 90 }', `verbatims: { count: 8, max_age_days: 180, columns: ${columns} }`);
  if (out === SITE) throw new Error('minimal site.yaml changed: update tests/helpers/exports.ts');
  return out;
}

export interface Published {
  verbatims: { date: string; time?: string; text: string; sentiment: string; stars?: number; site?: string }[];
  waves: { id: string; respondents: number; participation: number; enps?: number; engagement?: number; dimensions: Record<string, number> }[];
}

/** check's lines, then build's data.json. */
export function checkAndBuild(files: Record<string, string | Buffer | null>): { lines: string[]; published: Published } {
  const dataDir = dataFolder(files);
  const check = run('check', { dataDir });
  const out = path.join(tempDir(), 'dist');
  const build = run('build', { dataDir, env: { MIROIR_OUT_DIR: out } });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  expect(check.status, check.stdout).toBe(0);
  return { lines: check.lines, published: JSON.parse(readFileSync(path.join(out, 'data.json'), 'utf8')) as Published };
}

/** check's lines with the site's locale set to `locale`. */
export function checkLines(files: Record<string, string | Buffer | null>, locale: 'fr' | 'en'): string[] {
  const siteFile = files['site.yaml'];
  const withLocale = { ...files, 'site.yaml': (typeof siteFile === 'string' ? siteFile : SITE).replace('locale: fr', `locale: ${locale}`) };
  const check = run('check', { dataDir: dataFolder(withLocale) });
  expect(check.status, check.stdout).toBe(0);
  return check.lines;
}

/** A line that begins with `s` (the skipped-rows warnings end with a hint of their own). */
export const startsWith = (s: string): RegExp => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Each published verbatim's site. */
export const withSite = (p: Published): (string | undefined)[] => p.verbatims.map((v) => v.site);
export const pick = (p: Published) => p.verbatims.map((v) => [v.date, v.time, v.text, v.sentiment, v.stars]);
export const IGNORED = 'warning: colonnes ignorées, car miroir ne les connaît pas';

/** barometer.yaml with `questions` and one wave read from barometer/2026-09.csv. */
export const wave = (questions: string, invited: number) =>
  `questions:\n${questions}waves:\n  - id: 2026-09\n    date: 2026-09-30\n    invited: ${invited}\n    responses: barometer/2026-09.csv\n`;
