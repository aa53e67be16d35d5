// The JSON Schemas under schemas/ are the ones `npm run schemas` generates from the
// checker's zod schemas (never edited by hand), and the sample data validates against
// them with a real JSON Schema validator, as editors will run it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, schemaFile, schemaText, type SchemaName } from '../../../src/editor/json-schemas.ts';
import { Diagnostics } from '../../../src/data/diagnostics.ts';
import { readYamlFile } from '../../../src/data/sources/files.ts';
import { loadProject } from '../../../src/project/load.ts';
import { dataFolder, FIXTURES, ROOT, TODAY } from '../../helpers/cli.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validators = new Map(SCHEMA_NAMES.map((n) => [n, ajv.compile(JSON.parse(schemaText(n)))]));

/** A YAML file read exactly as the checker reads it (YAML 1.2, so dates stay text). */
function yamlValue(dir: string, rel: string): unknown {
  const diags = new Diagnostics();
  const src = readYamlFile(dir, rel, diags, true);
  expect(diags.list, `${rel} reads`).toEqual([]);
  return src!.value;
}

function errors(name: SchemaName, value: unknown): string[] {
  const validate = validators.get(name)!;
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('schemas/', () => {
  it.each(SCHEMA_NAMES)('%s.schema.json is up to date', (name) => {
    const file = path.join(ROOT, schemaFile(name));
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '(missing)';
    if (committed !== schemaText(name)) {
      expect.fail(`${schemaFile(name)} is stale or missing: run \`npm run schemas\` and commit the result.`);
    }
  });
});

describe('the sample data validates against the schemas', () => {
  const DATA = path.join(ROOT, 'data');
  const MINIMAL = path.join(FIXTURES, 'minimal');
  const SCHEMA_FIXTURES = path.join(FIXTURES, 'schemas');

  it.each([
    [DATA, 'site'],
    [DATA, 'barometer'],
    [DATA, 'actions'],
    [DATA, 'announcements'],
    [MINIMAL, 'site'],
    [MINIMAL, 'barometer'],
    [MINIMAL, 'actions'],
  ] as const)('%s/%s.yaml', (dir, name) => {
    expect(errors(name, yamlValue(dir, `${name}.yaml`))).toEqual([]);
  });

  it('data/verbatims.yaml when there is one, and verbatims.yaml in both its forms', () => {
    if (existsSync(path.join(DATA, 'verbatims.yaml'))) expect(errors('verbatims', yamlValue(DATA, 'verbatims.yaml'))).toEqual([]);
    for (const file of ['verbatims.yaml', 'verbatims-list.yaml']) {
      expect(errors('verbatims', yamlValue(SCHEMA_FIXTURES, file)), file).toEqual([]);
      // The checker agrees: the same file is valid data.
      const dir = dataFolder({ 'verbatims.yaml': readFileSync(path.join(SCHEMA_FIXTURES, file)) });
      expect(loadProject(dir, { MIROIR_TODAY: TODAY }).diagnostics).toEqual([]);
    }
  });

  it('points the sample files at their schema on their first line', () => {
    for (const name of ['site', 'barometer', 'actions', 'announcements'] as const) {
      const first = readFileSync(path.join(DATA, `${name}.yaml`), 'utf8').split('\n')[0];
      expect(first).toBe(`# yaml-language-server: $schema=../schemas/${name}.schema.json`);
    }
  });
});

describe('what the schemas tell an editor', () => {
  const actions = (a: Record<string, unknown>) => ({ actions: [{ id: 'a', title: 'T', pillar: 'tools', ...a }] });

  // Inside a nullable list ajv also reports the anyOf that failed: the line that matters is checked.
  it('underlines unknown keys, unknown choices, missing keys and out-of-range numbers', () => {
    expect(errors('site', { organisation: 'X', locle: 'fr' })).toContain(' must NOT have additional properties');
    expect(errors('site', { locale: 'fr' })).toContain(" must have required property 'organisation'");
    expect(errors('site', { organisation: 'X', wall: { slide_seconds: 3 } })).toContain('/wall/slide_seconds must be >= 5');
    expect(errors('actions', actions({ status: 'doen' }))).toContain('/actions/0/status must be equal to one of the allowed values');
    expect(errors('actions', actions({ progress: 140 }))).toContain('/actions/0/progress must be <= 100');
    expect(errors('barometer', { waves: [{ id: 'T1', date: '2026-03-15' }] })).toContain("/waves/0 must have required property 'invited'");
  });

  it('accepts what the checker accepts: French aliases, labels, blank keys, eNPS counts, other dimensions', () => {
    expect(errors('actions', actions({ status: 'en_cours', owner: null, progress: 60 }))).toEqual([]);
    expect(errors('actions', actions({ pillar: 'Intégration' }))).toEqual([]);
    // A site with its own dimensions: the pillar is any id, which only `check` can verify.
    expect(errors('actions', actions({ pillar: 'management' }))).toEqual([]);
    expect(errors('barometer', { waves: [{ id: 'T1', date: '15/03/2026', invited: 100, respondents: 60, enps: { promoters: 30, passives: 20, detractors: 10 } }] })).toEqual([]);
    expect(errors('barometer', { dimensions: { onboarding: null, management: 'Management' }, questions: { 'Q1 (0-10)': 'enps', Q2: 'management' } })).toEqual([]);
  });
});
