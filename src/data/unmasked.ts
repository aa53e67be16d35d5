// Fields the contract shows as written (a verbatim's channel and site, a wave's
// highlights and segment names, an action's texts): a phone number or an e-mail there
// is not masked, since a name or a word could be mistaken for one, but it would be on
// the wall: a warning at its line says so.
import { contactsIn } from '../privacy/pii.ts';
import type { Diagnostics, Position, SourceFile } from './diagnostics.ts';
import type { Path, YamlSource } from './sources/yaml.ts';

/** Warns once per kind found in `value`, at `at`. */
export function warnContacts(file: SourceFile, at: Position | (() => Position), field: string, value: unknown, diags: Diagnostics): void {
  if (typeof value !== 'string' || value.length < 6) return;
  for (const kind of contactsIn(value)) diags.warning(file, typeof at === 'function' ? at() : at, 'privacy.unmasked', { field, kind });
}

/** The same for values of a YAML file, each at its own line. */
export function warnContactsAt(src: YamlSource, paths: Path[], diags: Diagnostics): void {
  for (const p of paths) {
    const key = [...p].reverse().find((k) => typeof k === 'string');
    warnContacts(src.file, () => src.locate(p), String(key ?? ''), src.raw(p), diags);
  }
}
