// The DOM contract (src/dom.ts) and the code on either side of it: the templates that
// write the attributes, and the client code, headless code, bench and browser tests that
// read them. Each attribute is named once; this keeps the two sides from drifting apart.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOM, FOR_LOOKS, SET_BY_CLIENT } from '../../../src/dom.ts';
import { ROOT } from '../../helpers/cli.ts';

function files(dir: string, ext: RegExp, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  if (statSync(dir).isFile()) {
    if (ext.test(dir)) out.push(dir);
    return out;
  }
  for (const name of readdirSync(dir)) files(path.join(dir, name), ext, out);
  return out;
}

const read = (abs: string): string => readFileSync(abs, 'utf8');
const at = (...parts: string[]): string => path.join(ROOT, ...parts);

/** A template's markup: without its frontmatter, styles, script bodies and comments. */
function markup(source: string): string {
  return source
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<script\b([^>]*?)\/>/g, '<script$1></script>')
    .replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>')
    .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, '');
}

/** Code without its comments (a comment may name an attribute; code must not spell one out). */
const code = (source: string): string => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const TEMPLATES = [...files(at('src/wall'), /\.astro$/), ...files(at('src/poster'), /\.astro$/)];
const STYLES = [...TEMPLATES, ...files(at('src/wall'), /\.css$/), ...files(at('src/poster'), /\.css$/)];
const CLIENT = [...files(at('src/wall/client'), /\.ts$/), ...files(at('src/poster/client'), /\.ts$/)];
/** Code that reads the contract and imports it. */
const IMPORTERS = [...CLIENT, at('src/poster/print.ts'), at('src/headless/wall-pages.ts'), at('tests/helpers/wall.ts')];
/** Every reader of the wall's and the poster's attributes (browser tests and the bench included). */
const READERS = [...IMPORTERS, ...files(at('src/headless'), /\.ts$/), ...files(at('tests/helpers'), /\.ts$/), ...files(at('tests/e2e'), /\.ts$/), ...files(at('bench'), /\.ts$/)];

const NAMED = new Set<string>(Object.values(DOM));
const keyOf = (attr: string): string => Object.entries(DOM).find(([, v]) => v === attr)![0];
const rel = (abs: string): string => path.relative(ROOT, abs);

/** `data-x` attributes and `dataset.x` properties (as `data-x`) that `source` names. */
function namedIn(source: string): string[] {
  const literal = [...source.matchAll(/(?<![\w-])data-[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g)].map((m) => m[0]);
  const dataset = [...source.matchAll(/\bdataset\.([a-zA-Z]+)/g)].map((m) => `data-${m[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  return [...literal, ...dataset];
}

describe('the DOM contract (src/dom.ts)', () => {
  it('names each attribute once, each a data-* attribute', () => {
    const values = Object.values(DOM);
    expect(values.filter((v) => !/^data-[a-z]+(-[a-z]+)*$/.test(v))).toEqual([]);
    expect(values.filter((v, i) => values.indexOf(v) !== i)).toEqual([]);
  });

  it('has every attribute written by a template, or set by client code, or offered to looks', () => {
    const written = TEMPLATES.map((f) => markup(read(f))).join('\n');
    const styled = STYLES.map(read).join('\n');
    const client = CLIENT.map((f) => code(read(f))).join('\n');
    const missing: string[] = [];
    for (const [key, attr] of Object.entries(DOM) as [keyof typeof DOM, string][]) {
      const inMarkup = new RegExp(`\\s${attr}(?=[\\s=>/])`).test(written);
      if (SET_BY_CLIENT.includes(key)) {
        // Set by client code through the contract, and by no template (else the list lies).
        if (!new RegExp(`\\bDOM\\.${key}\\b`).test(client) || inMarkup) missing.push(`${attr}: set by client code only?`);
      } else if (FOR_LOOKS.includes(key)) {
        if (!styled.includes(`[${attr}]`)) missing.push(`${attr}: styled for looks?`);
      } else if (!inMarkup) missing.push(`${attr}: written by no template`);
    }
    expect(missing).toEqual([]);
  });

  it('names every data-* attribute that client code, headless code, the bench or a browser test reads', () => {
    const unknown = new Set<string>();
    for (const f of new Set(READERS)) for (const attr of namedIn(read(f))) if (!NAMED.has(attr)) unknown.add(`${rel(f)}: ${attr}`);
    expect([...unknown]).toEqual([]);
  });

  it('is imported, not spelt out, by the client code, the headless code and the test helpers', () => {
    const spelt: string[] = [];
    for (const f of IMPORTERS) {
      const source = read(f);
      for (const attr of namedIn(code(source))) spelt.push(`${rel(f)}: ${attr} (DOM.${NAMED.has(attr) ? keyOf(attr) : '?'})`);
      if (!/from '(\.\.\/)+(src\/)?dom\.ts'/.test(source) && namedIn(source).length > 0) spelt.push(`${rel(f)}: does not import src/dom.ts`);
    }
    expect(spelt).toEqual([]);
  });
});
