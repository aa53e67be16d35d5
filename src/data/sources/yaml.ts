// Reads a YAML data file into plain values while keeping every node's position, so
// that any problem found later (by zod or by a rule) can be pointed at FILE:LINE:COL.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
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

/**
 * Each mapping's keys, indexed the first time one is looked up: locating a key is then
 * one lookup, and reporting 100,000 unknown keys takes linear time, not quadratic.
 */
const keyIndex = new WeakMap<object, Map<string, { key?: Node; value?: Node }>>();

function childNode(node: unknown, key: PropertyKey): { key?: Node; value?: Node } | undefined {
  if (isMap(node)) {
    let index = keyIndex.get(node);
    if (!index) {
      index = new Map();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = String(isScalar(pair.key) ? pair.key.value : pair.key);
        if (!index.has(k)) index.set(k, { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined });
      }
      keyIndex.set(node, index);
    }
    return index.get(String(key));
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key];
    return item === undefined ? undefined : { value: item as Node };
  }
  return undefined;
}

/** Deeper than this, a data file is a mistake or an attack (site.yaml needs four levels). */
export const MAX_DEPTH = 64;
/** How many nodes the aliases of a file may expand to (`*name` repeats what `&name` marks). */
export const MAX_ALIAS_COUNT = 100;

/**
 * One walk over the document, without recursion (it is recursion that would overflow):
 * the first node nested deeper than MAX_DEPTH, and the first key written twice in a
 * mapping. yaml's own duplicate check compares each key with every earlier one, which
 * takes minutes on 100,000 keys; a set per mapping takes milliseconds.
 */
function scan(root: unknown): { deep?: Node; duplicate?: Node; reserved?: Node } {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  let duplicate: Node | undefined;
  let reserved: Node | undefined;
  const earlier = (a: Node, b: Node | undefined): boolean => !b || (a.range?.[0] ?? 0) < (b.range?.[0] ?? 0);
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) return { deep: node as Node };
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key)) {
          const k = `${typeof pair.key.value}:${String(pair.key.value)}`;
          if (keys.has(k) && earlier(pair.key, duplicate)) duplicate = pair.key;
          // `__proto__` would become an object's prototype, not a key: the value would vanish without a word.
          if (pair.key.value === '__proto__' && earlier(pair.key, reserved)) reserved = pair.key;
          keys.add(k);
        }
        stack.push({ node: pair.value, depth: depth + 1 }, { node: pair.key, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return { ...(duplicate ? { duplicate } : {}), ...(reserved ? { reserved } : {}) };
}

/** The first alias of the document (`*name`), where an alias bomb is reported. */
function firstAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

export function readYaml(file: SourceFile, text: string, diags: Diagnostics): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2' });
  const pos = (offset: number): Position => lineCounter.linePos(offset);
  const first = doc.errors[0];
  if (first) {
    // Only the first syntax error: the ones after it are mostly its echoes.
    const at = pos(first.pos[0]);
    const code = /end with a .$|Missing closing/.test(first.message.split('\n')[0]!) ? 'yaml.unclosed' : SYNTAX[first.code];
    if (first.code === 'RESOURCE_EXHAUSTION') {
      // The parser ran out of stack on deeply nested brackets or indentation.
      diags.error(file, at, 'yaml.too_deep', { max: MAX_DEPTH });
    } else if (code === 'yaml.unclosed') {
      diags.error(file, at, code, { char: /end with a (.)/.exec(first.message)?.[1] ?? /closing (\S)/.exec(first.message)?.[1] ?? '"' });
    } else if (code) {
      diags.error(file, at, code);
    } else {
      diags.error(file, at, 'yaml.syntax', { parser_code: first.code, detail: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '') });
    }
    return undefined;
  }
  const { deep, duplicate, reserved } = scan(doc.contents);
  if (deep) {
    diags.error(file, deep.range ? pos(deep.range[0]) : START, 'yaml.too_deep', { max: MAX_DEPTH });
    return undefined;
  }
  if (reserved) {
    diags.error(file, reserved.range ? pos(reserved.range[0]) : START, 'key.reserved', { key: '__proto__' });
    return undefined;
  }
  if (duplicate) {
    diags.error(file, duplicate.range ? pos(duplicate.range[0]) : START, 'yaml.duplicate_key', { key: String((duplicate as { value?: unknown }).value ?? '') });
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml refuses an alias bomb ("Excessive alias count"): a few lines that would expand to millions of values.
    if (!/alias/i.test(String((e as Error)?.message))) throw e;
    const alias = firstAlias(doc);
    diags.error(file, alias?.range ? pos(alias.range[0]) : START, 'yaml.aliases', { max: MAX_ALIAS_COUNT });
    return undefined;
  }

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
