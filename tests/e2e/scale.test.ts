// The wall does not grow with the data: whatever the number of verbatims, each screen
// shows at most `verbatims.count` of them, data.json holds no more, and /wall/ weighs
// about the same with ten times the verbatims and five times the waves and actions. Not timed: `npm run bench` measures speed.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateData } from '../../bench/generate.ts';
import { run, tempDir, TODAY } from '../helpers/cli.ts';

// The large set has ten times the verbatims, five times the waves and the actions.
const SHAPE = { respondents: 400, questions: 12, sites: 10, screens: 10, today: TODAY };
const SMALL = { verbatims: 500, waves: 8, actions: 40 };
const LARGE = { verbatims: 5000, waves: 40, actions: 200 };
const COUNT = 8; // verbatims.count in the generated site.yaml

interface Built {
  dist: string;
  /** Screen id (`default` for /wall/) → its HTML. */
  pages: Map<string, string>;
}

const temps: string[] = [];

function buildSet(size: typeof SMALL): Built {
  const root = tempDir('miroir-scale-');
  temps.push(root);
  const data = path.join(root, 'data');
  generateData(data, { ...SHAPE, ...size });
  const dist = path.join(root, 'dist');
  const r = run('build', { dataDir: data, env: { MIROIR_OUT_DIR: dist } });
  if (r.status !== 0) throw new Error(`build of ${size.verbatims} verbatims failed:\n${r.stdout}\n${r.stderr}`);
  const pages = new Map<string, string>([['default', readFileSync(path.join(dist, 'wall', 'index.html'), 'utf8')]]);
  for (const e of readdirSync(path.join(dist, 'wall'), { withFileTypes: true })) {
    if (e.isDirectory()) pages.set(e.name, readFileSync(path.join(dist, 'wall', e.name, 'index.html'), 'utf8'));
  }
  return { dist, pages };
}

/** Quotes on a wall page: Verbatims.astro renders each as `<figure class="quote" data-sentiment=…>`. */
const quotes = (html: string): number => html.match(/<figure\b[^>]*\bclass="quote"/g)?.length ?? 0;

let small: Built;
let large: Built;

beforeAll(() => {
  small = buildSet(SMALL);
  large = buildSet(LARGE);
});

afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('a wall built from 5,000 verbatims', () => {
  it('has the default wall and one page per screen of site.yaml', () => {
    // 1 default + SHAPE.screens = 11 pages.
    expect(large.pages.size).toBe(11);
  });

  it('shows at most verbatims.count verbatims on every screen, and some on each', () => {
    for (const [id, html] of large.pages) {
      const n = quotes(html);
      expect(n, `/wall/${id}/`).toBeLessThanOrEqual(COUNT);
      // 5,000 verbatims over 3 years from 10 sites: about 80 per site in the last 180 days, so each screen is full.
      expect(n, `/wall/${id}/`).toBe(COUNT);
    }
  });

  it('publishes no more verbatims in data.json than verbatims.count', () => {
    const json = JSON.parse(readFileSync(path.join(large.dist, 'data.json'), 'utf8')) as { verbatims: unknown[] };
    expect(json.verbatims.length).toBeLessThanOrEqual(COUNT);
    expect(json.verbatims.length).toBe(COUNT);
  });
});

describe('the size of /wall/', () => {
  it('grows by at most 10 % from 500 to 5,000 verbatims, 8 to 40 waves and 40 to 200 actions', () => {
    const a = Buffer.byteLength(small.pages.get('default')!);
    const b = Buffer.byteLength(large.pages.get('default')!);
    expect(Math.abs(b / a - 1), `${a} → ${b} bytes`).toBeLessThanOrEqual(0.1);
  });

  it('shows at most verbatims.count verbatims on every screen with 500 too', () => {
    for (const [id, html] of small.pages) expect(quotes(html), `/wall/${id}/`).toBeLessThanOrEqual(COUNT);
  });
});
