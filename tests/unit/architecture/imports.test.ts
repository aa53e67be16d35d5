// The import graph of src/ reads top to bottom: model → words → data → privacy →
// project (the load step, which reads the data then applies privacy) → figures →
// outputs (wall, poster, editor, headless) → pages → commands. A module may
// import its own layer or the layers above it, never one below: a change to an output
// can then never break the data, and a reader finds each concern in one room.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.ts';

const SRC = path.join(ROOT, 'src');
const LAYERS: [string, number][] = [
  ['model.ts', 0],
  ['build-input.d.ts', 0],
  ['calendar.ts', 0],
  // The DOM contract between the outputs' markup, their client code and the browser tests.
  ['dom.ts', 0],
  ['words', 1],
  ['data', 2],
  ['privacy', 3],
  ['project', 4],
  ['figures', 5],
  ['wall', 6],
  ['poster', 6],
  ['editor', 6],
  ['headless', 6],
  ['kiosk', 6],
  ['assets', 6],
  ['pages', 7],
  ['commands', 8],
];

function layerOf(abs: string): number | undefined {
  const top = path.relative(SRC, abs).split(path.sep)[0]!;
  return LAYERS.find(([name]) => name === top)?.[1];
}

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) sources(abs, out);
    else if (/\.(ts|astro|mjs)$/.test(name)) out.push(abs);
  }
  return out;
}

const SPEC = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.\.?\/[^'"]+)\1/g;

describe('the import graph of src/', () => {
  const files = sources(SRC);

  it('places every file of src/ in a layer', () => {
    expect(files.filter((f) => layerOf(f) === undefined).map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('has no import running back up a layer', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file)!;
      for (const m of readFileSync(file, 'utf8').matchAll(SPEC)) {
        const target = path.resolve(path.dirname(file), m[2]!.split('?')[0]!);
        const to = layerOf(target);
        const edge = `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`;
        if (to !== undefined && to > from) upward.push(edge);
      }
    }
    expect(upward).toEqual([]);
  });
});
