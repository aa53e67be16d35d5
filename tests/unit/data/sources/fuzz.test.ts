// The YAML, CSV and .xlsx readers against hostile mutations of real files: whatever the
// bytes, a reader returns (a value or located problems), never throws, never prints a
// stack trace or an engine message, and ends quickly. Seeded: a failure replays.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic, type SourceFile } from '../../../../src/data/diagnostics.ts';
import { streamCsv } from '../../../../src/data/sources/csv.ts';
import { streamXlsx } from '../../../../src/data/sources/xlsx.ts';
import { readYaml } from '../../../../src/data/sources/yaml.ts';
import { prng } from '../../../../bench/generate.ts';
import { loadProject } from '../../../../src/project/load.ts';
import { dataFolder, FIXTURES } from '../../../helpers/cli.ts';

const HOSTILE = [
  '&a ', '*a', '<<: *a', '[', ']', '{', '}', '!!binary ', '!!js/function ', '\t', '\0', '\uFEFF', '"', "'", ': ', '- ', '? ', '|', '>', '%YAML 1.1\n',
  '---\n', '...\n', '#', '\r', '\r\n', '\u2028', '\ud800', '__proto__: 1\n', 'constructor: x\n', '1e999', '-0', '0x1F', '~', 'null', ';', ',', '""', '"a""b"',
  '\n'.repeat(50), ' '.repeat(200), '9'.repeat(400), '[[[[[[[[[[', '{a: {a: {a: {a: ', 'é', '😀', '\u202e',
];
const BOMB = 'a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n';

function mutate(text: string, rnd: () => number): string {
  let out = text;
  const steps = 1 + Math.floor(rnd() * 4);
  for (let s = 0; s < steps; s++) {
    const at = Math.floor(rnd() * (out.length + 1));
    const pick = rnd();
    if (pick < 0.45) out = out.slice(0, at) + HOSTILE[Math.floor(rnd() * HOSTILE.length)]! + out.slice(at);
    else if (pick < 0.65) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(rnd() * 20));
    else if (pick < 0.8) {
      const lines = out.split('\n');
      const i = Math.floor(rnd() * lines.length);
      lines.splice(i, 0, ...Array<string>(1 + Math.floor(rnd() * 30)).fill(lines[i] ?? ''));
      out = lines.join('\n');
    } else if (pick < 0.9) out = out.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 0x3000)) + out.slice(at);
    else if (pick < 0.95) out = `${out}\n${BOMB}`;
    else out = `${out}\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
  }
  return out;
}

const FILE: SourceFile = { abs: '/nowhere/data/fuzz', display: 'data/fuzz' };

/** Every problem reads as a located sentence: no trace, no engine message. */
function expectPlain(diags: Diagnostics): void {
  for (const d of diags.list) {
    const line = formatDiagnostic(d, 'fr');
    expect(line).toMatch(/^data\/fuzz:\d+:\d+: (error|warning): /);
    expect(line).not.toMatch(/\n\s+at |Maximum call stack|Excessive alias|undefined|\[object Object\]|NaN/);
  }
}

const ITERATIONS = 150;
// A reader that hangs on a mutation fails its test by vitest's time limit, set per test below.
const HANG_MS = 60_000;

describe('fuzzing the readers with hostile mutations', () => {
  const yamls = ['site.yaml', 'barometer.yaml', 'actions.yaml'].map((f) => readFileSync(path.join(FIXTURES, 'minimal', f), 'utf8'));
  it.each(yamls.map((text, i) => [i, text] as const))('YAML file %i: %# never throws, hangs or leaks a trace', (i, text) => {
    const rnd = prng(1000 + i);
    for (let n = 0; n < ITERATIONS; n++) {
      const mutated = mutate(text, rnd);
      const diags = new Diagnostics();
      expect(() => readYaml(FILE, mutated, diags), `seed ${1000 + i}, iteration ${n}`).not.toThrow();
      expectPlain(diags);
    }
  }, HANG_MS);

  it('CSV: never throws, hangs or leaks a trace', () => {
    const text = readFileSync(path.join(FIXTURES, 'minimal', 'verbatims.csv'), 'utf8');
    const rnd = prng(2000);
    for (let n = 0; n < ITERATIONS * 2; n++) {
      const mutated = Buffer.from(mutate(text, rnd));
      const diags = new Diagnostics();
      let rows = 0;
      expect(() => streamCsv(FILE, mutated, diags, () => true, () => rows++), `seed 2000, iteration ${n}`).not.toThrow();
      expectPlain(diags);
    }
  }, HANG_MS);

  it('.xlsx: flipped, cut and repeated bytes of a real workbook never throw, hang or leak a trace', () => {
    const bytes = readFileSync(path.join(FIXTURES, 'exports', 'microsoft-forms', 'verbatims.xlsx'));
    const rnd = prng(3000);
    for (let n = 0; n < 60; n++) {
      const copy = Buffer.from(bytes);
      const pick = rnd();
      let mutated: Buffer = copy;
      if (pick < 0.5) for (let k = 0; k < 1 + rnd() * 20; k++) copy[Math.floor(rnd() * copy.length)] = Math.floor(rnd() * 256);
      else if (pick < 0.8) mutated = copy.subarray(0, Math.floor(rnd() * copy.length));
      else mutated = Buffer.concat([copy, copy.subarray(Math.floor(rnd() * copy.length))]);
      const diags = new Diagnostics();
      expect(() => streamXlsx(FILE, mutated, diags, () => true, () => undefined), `seed 3000, iteration ${n}`).not.toThrow();
      for (const d of diags.list) expect(formatDiagnostic(d, 'fr')).not.toMatch(/\n\s+at |Maximum call stack|\[object Object\]/);
    }
  }, HANG_MS);

  it('the whole check (every rule behind the readers): mutated data folders end in located problems', () => {
    const rnd = prng(4000);
    const dir = dataFolder();
    try {
      for (let n = 0; n < 40; n++) {
        const name = ['site.yaml', 'barometer.yaml', 'actions.yaml', 'verbatims.csv'][n % 4]!;
        const original = readFileSync(path.join(FIXTURES, 'minimal', name), 'utf8');
        writeFileSync(path.join(dir, name), mutate(original, rnd));
        let result: ReturnType<typeof loadProject> | undefined;
        expect(() => (result = loadProject(dir, { MIROIR_TODAY: '2026-11-24' })), `seed 4000, iteration ${n}`).not.toThrow();
        for (const d of result!.diagnostics) expect(formatDiagnostic(d, 'fr')).not.toMatch(/\n\s+at |Maximum call stack|Excessive alias|\[object Object\]/);
        writeFileSync(path.join(dir, name), original);
      }
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  }, HANG_MS);
});
