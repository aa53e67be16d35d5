// Every case of the corpus runs the real `npm run check`: exit code 1 and the exact
// FILE:LINE:COL lines a comms officer will read.
import { describe, expect, it } from 'vitest';
import { CASES } from './bad-input/cases.ts';
import { dataFolder, run } from '../helpers/cli.ts';

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
});
