// Reads a YAML data file into plain values while keeping every node's position, so
// that any problem found later (by zod or by a rule) can be pointed at FILE:LINE:COL.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { Diagnostics, START, type Position, type SourceFile } from '../diagnostics.ts';

export type Path = readonly PropertyKey[];

/** yaml's error codes that have a plain-words message of their own. */
const SYNTAX: Partial<Record<string, 'yaml.tab' | 'yaml.unclosed' | 'yaml.indent' | 'yaml.key' | 'yaml.value_start'>> = {
  TAB_AS_INDENT: 'yaml.tab',
  MISSING_CHAR: 'yaml.unclosed',
  BAD_INDENT: 'yaml.indent',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.key',
  MULTILINE_IMPLICIT_KEY: 'yaml.key',
  BAD_SCALAR_START: 'yaml.value_start',
};

export interface YamlSource {
  file: SourceFile;
  value: unknown;
  /** Position of the value at `path` (or of its key with `which: 'key'`); the nearest existing ancestor when absent. */
  locate(path: Path, which?: 'key' | 'value'): Position;
  /** The raw value at `path`, as written. */
  raw(path: Path): unknown;
}

function childNode(node: unknown, key: PropertyKey): { key?: Node; value?: Node } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(k) === String(key)) return { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined };
    }
    return undefined;
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key];
    return item === undefined ? undefined : { value: item as Node };
  }
  return undefined;
}

export function readYaml(file: SourceFile, text: string, diags: Diagnostics): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const pos = (offset: number): Position => lineCounter.linePos(offset);
  const first = doc.errors[0];
  if (first) {
    // Only the first syntax error: the ones after it are mostly its echoes.
    const at = pos(first.pos[0]);
    const code = /end with a .$|Missing closing/.test(first.message.split('\n')[0]!) ? 'yaml.unclosed' : SYNTAX[first.code];
    if (first.code === 'DUPLICATE_KEY') {
      diags.error(file, at, 'yaml.duplicate_key', { key: /^\s*["']?([^"':\n]*)/.exec(text.slice(first.pos[0]))?.[1]?.trim() ?? '' });
    } else if (code === 'yaml.unclosed') {
      diags.error(file, at, code, { char: /end with a (.)/.exec(first.message)?.[1] ?? /closing (\S)/.exec(first.message)?.[1] ?? '"' });
    } else if (code) {
      diags.error(file, at, code);
    } else {
      diags.error(file, at, 'yaml.syntax', { detail: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '') });
    }
    return undefined;
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });

  const locate = (path: Path, which: 'key' | 'value' = 'value'): Position => {
    let node: unknown = doc.contents;
    let best: Position = node && (node as Node).range ? pos((node as Node).range![0]) : START;
    for (let i = 0; i < path.length; i++) {
      const child = childNode(node, path[i]!);
      if (!child) return best;
      const last = i === path.length - 1;
      const target = last && which === 'key' && child.key ? child.key : (child.value ?? child.key);
      if (target?.range) best = pos(target.range[0]);
      else if (child.key?.range) best = pos(child.key.range[0]);
      node = child.value;
    }
    return best;
  };

  const raw = (path: Path): unknown => {
    let v: unknown = value;
    for (const k of path) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<PropertyKey, unknown>)[k as string];
    }
    return v;
  };

  return { file, value, locate, raw };
}
