// npm run bench: when it writes bench/results.json, and when it exits non-zero.
import { describe, expect, it } from 'vitest';
import { benchArgs, verdict, type BudgetResult } from '../../../bench/report.ts';

const budget = (id: string, figure: number | null, limit: number): BudgetResult => ({
  id,
  label: id,
  figure,
  limit,
  unit: 's',
  pass: figure === null ? null : figure <= limit,
  detail: '',
});

describe('benchArgs', () => {
  it('writes bench/results.json only when asked with --save', () => {
    expect(benchArgs([])).toEqual({ save: false });
    expect(benchArgs(['--save'])).toEqual({ save: true });
  });

  it('times check and its floor alone with --only=check, and each command N times with --runs=N', () => {
    expect(benchArgs(['--only=check'])).toEqual({ save: false, only: 'check' });
    expect(benchArgs(['--only=check', '--runs=7'])).toEqual({ save: false, only: 'check', runs: 7 });
    expect(() => benchArgs(['--runs=0'])).toThrow('unknown argument --runs=0: ');
    expect(benchArgs(['--only=build', '--runs=5'])).toEqual({ save: false, only: 'build', runs: 5 });
    expect(() => benchArgs(['--only=wall'])).toThrow('It also takes --only=check (time check and its floor alone), --only=build (the builds and the bare Astro build alone) and --runs=N (1 to 99 runs of each command).');
  });

  it('does not write part of a run over bench/results.json', () => {
    expect(() => benchArgs(['--only=check', '--save'])).toThrow('--save writes every figure of a whole run to bench/results.json: run it without --only.');
  });

  it('refuses anything else, saying what it takes', () => {
    expect(() => benchArgs(['--sav'])).toThrow('unknown argument --sav: the bench takes only --save (write bench/results.json).');
  });
});

describe('verdict', () => {
  it('exits 0 when every budget is met, a figure equal to its limit included', () => {
    expect(verdict([budget('check-large', 1.2, 1.5), budget('build-large-ratio', 2.5, 2.5)])).toEqual({ status: 0, line: '2 of 2 budgets met.' });
  });

  it('exits 1 when one budget fails, and names it', () => {
    // 1.51 s against 1.5 s: over by 10 ms is over.
    const v = verdict([budget('check-large', 1.51, 1.5), budget('build-large-ratio', 2, 2.5), budget('wall-transfer', 200, 160)]);
    expect(v).toEqual({ status: 1, line: '1 of 3 budgets met; over budget: check-large, wall-transfer.' });
  });

  it('a budget not measured (no browser) is said, and is not a failure', () => {
    expect(verdict([budget('check-large', 1, 1.5), budget('first-content', null, 1500)])).toEqual({ status: 0, line: '1 of 2 budgets met, 1 not measured.' });
  });
});
