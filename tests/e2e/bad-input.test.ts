// Every case of the corpus runs the real `npm run check`: exit code 1 and the exact
// FILE:LINE:COL lines a comms officer will read.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES as BASE_CASES } from './bad-input/cases.ts';
import { FIGURE_CASES } from './bad-input/figure-cases.ts';
import { EXPORT_CASES } from './bad-input/export-cases.ts';
import { dataFolder, run } from '../helpers/cli.ts';

const CASES = [...BASE_CASES, ...FIGURE_CASES, ...EXPORT_CASES];

describe('bad input corpus', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = run('check', { dataDir: dataFolder(c.files) });
    expect(r.status, r.stderr).toBe(1);
    expect(r.lines).toEqual(c.expected);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  const english = CASES.filter((c) => c.en);
  it.each(english.map((c) => [c.name, c] as const))('%s (en)', (_name, c) => {
    const dir = dataFolder(c.files);
    const site = path.join(dir, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('locale: fr', 'locale: en'));
    const r = run('check', { dataDir: dir });
    expect(r.status, r.stderr).toBe(1);
    expect(r.lines).toEqual(c.en);
  });
});
