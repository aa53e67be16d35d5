import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import { readYaml } from '../../../../src/data/sources/yaml.ts';
import { choice, numberIn, text, validate } from '../../../../src/data/validate.ts';

const file = { abs: '/x/data/a.yaml', display: 'data/a.yaml' };
const schema = z.strictObject({
  organisation: text(),
  progress: numberIn(0, 100, { int: true }).optional(),
  status: choice(['planned', 'done'] as const, { termine: 'done' }).optional(),
  list: z.array(z.strictObject({ id: text() })).optional(),
});

function run(src: string): string[] {
  const d = new Diagnostics();
  const y = readYaml(file, src, d);
  if (y) validate(schema, y, d);
  return d.sorted().map((x) => formatDiagnostic(x, 'en'));
}

describe('yaml + zod positions', () => {
  it('points at values, keys and parents', () => {
    expect(run('organisation: A\nprogress: 140\nstatus: fini\nlist:\n  - id: a\n    idd: b\norganistion: x\n')).toEqual([
      'data/a.yaml:2:11: error: “progress” must be between 0 and 100 (found: 140). Write a number from 0 to 100.',
      'data/a.yaml:3:9: error: “status” cannot be “fini”; possible values: planned, done. Write one of these values.',
      'data/a.yaml:6:5: error: unknown key “idd”. Did you mean “id”?',
      'data/a.yaml:7:1: error: unknown key “organistion”. Did you mean “organisation”?',
    ]);
  });
  it('reports a missing key at its parent and syntax errors at their line', () => {
    expect(run('progress: 3\n')).toEqual(['data/a.yaml:1:1: error: the key “organisation” is required here. Add the line “organisation: …” with its value (see the README).']);
    expect(run('organisation: A\nprogress: [1\n')).toEqual(['data/a.yaml:3:1: error: “]” is missing to close a bracket, brace or quote opened before. Check that every “[”, “{” or “"” is closed on the same value.']);
    expect(run('organisation: A\n\tprogress: 1\n')).toEqual(['data/a.yaml:2:1: error: this line is indented with a tab; YAML only accepts spaces. Replace the tab with two spaces.']);
    expect(run('organisation: A\norganisation: B\n')).toEqual(['data/a.yaml:2:1: error: the key “organisation” is written twice. Keep only one.']);
  });
});
