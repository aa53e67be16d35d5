// Finding and reading the data files, with the problems a person can cause
// (missing, empty, binary, wrong encoding) reported at line 1 of the file.
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { Diagnostics, START, type SourceFile } from '../diagnostics.ts';
import { readInData } from './safe-path.ts';
import { decodeText } from './text.ts';
import { readYaml, type YamlSource } from './yaml.ts';

/** A file of the data folder, shown relative to the folder's parent (`data/site.yaml`). */
export function dataFile(dataDir: string, rel: string): SourceFile {
  const abs = path.resolve(dataDir, rel);
  return { abs, display: path.relative(path.dirname(path.resolve(dataDir)), abs).split(path.sep).join('/'), root: path.resolve(dataDir) };
}

/** Whether something is at the file's place, a link that leads nowhere or in a loop included (reading it then says why not). */
export function isPresent(file: SourceFile): boolean {
  try {
    lstatSync(file.abs);
    return true;
  } catch {
    return false;
  }
}

/** The file's bytes, when the data folder's rule allows reading it (safe-path.ts); else an error at its line 1. */
export function readBytes(file: SourceFile, diags: Diagnostics): Uint8Array | undefined {
  const read = readInData(file.root ?? path.dirname(file.abs), file.abs);
  if (read.ok) return read.bytes;
  if (read.reason === 'missing' || read.reason === 'unreadable') diags.error(file, START, 'file.unreadable', { reason: read.detail ?? 'ENOENT' });
  else diags.error(file, START, `file.${read.reason}`);
  return undefined;
}

/**
 * Reads `rel` as YAML. Returns undefined when the file is absent (`required` reports it),
 * unreadable or not valid YAML (reported).
 */
export function readYamlFile(dataDir: string, rel: string, diags: Diagnostics, required = false): YamlSource | undefined {
  const file = dataFile(dataDir, rel);
  if (!isPresent(file)) {
    if (required) diags.error(file, START, 'file.missing', { name: rel });
    return undefined;
  }
  const bytes = readBytes(file, diags);
  if (!bytes) return undefined;
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    diags.error(file, START, decoded.reason === 'empty' ? 'file.empty' : 'file.binary');
    return undefined;
  }
  return readYaml(file, decoded.text.replace(/^\uFEFF/, ''), diags);
}
