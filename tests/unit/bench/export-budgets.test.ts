// The budgets of issue 11 in `npm run bench`: check on the large CSV within 1.3× its
// floor (papaparse + yaml alone), on the .xlsx within 3× the CSV, both under 1 GB.
import { describe, expect, it } from 'vitest';
import { budgets, type Figures } from '../../../bench/report.ts';
import type { Summary } from '../../../bench/measure.ts';

const s = (ms: number, rssMax?: number): Summary => ({ ms, runs: [ms, ms, ms], ...(rssMax === undefined ? {} : { rss: rssMax, rssMax }) }) as Summary;
const base = { bare: s(1000), checkSample: s(200), buildSample: s(1400), checkLarge: s(1300, 400e6), buildLarge: s(3000, 700e6), htmlSample: 100, htmlLarge: 100 } as unknown as Figures;

describe('export budgets', () => {
  it('are held when their figures are measured', () => {
    // 1300 / 1000 = 1.3: at the limit; 3900 / 1300 = 3: at the limit; 1,200 MB over 1,000.
    const r = budgets({ ...base, floor: s(1000), checkXlsx: s(3900, 1200e6), checkUtf16: s(1500, 420e6) }).filter((b) => /check-(floor|xlsx|utf16)/.test(b.id));
    expect(r.map((b) => [b.id, b.figure, b.limit, b.pass])).toEqual([
      ['check-floor-ratio', 1.3, 1.3, true],
      ['check-xlsx-ratio', 3, 3, true],
      ['check-xlsx-memory', 1200, 1000, false],
      ['check-utf16-memory', 420, 1000, true],
    ]);
  });
  it('are absent when not measured', () => {
    expect(budgets(base).filter((b) => /check-(floor|xlsx|utf16)/.test(b.id))).toEqual([]);
  });
});
