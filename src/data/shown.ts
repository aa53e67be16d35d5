// Fields the contract shows as written (a wave's highlights and segment names, an
// action's texts): a phone number or an e-mail there is not masked, since a name or a
// word could be mistaken for one, but it would be on the wall. The readers only list
// them, with where they are; the privacy step (privacy/contacts.ts) warns at their line.
import type { Diagnostics, Position, SourceFile } from './diagnostics.ts';
import type { Path, YamlSource } from './sources/yaml.ts';

/** A value shown as written, for the privacy step to check. */
export interface Shown {
  file: SourceFile;
  /** Where the value is (found only when there is something to say about it). */
  at: () => Position;
  /** The key it goes by in its file, named in the warning. */
  field: string;
  value: unknown;
  /** Where its reader stood in the reading order (Diagnostics.mark). */
  mark: number;
}

/** The values of a YAML file at `paths`, each at its own line. */
export function shownAt(src: YamlSource, paths: Path[], diags: Diagnostics): Shown[] {
  const mark = diags.mark();
  return paths.map((p) => {
    const key = [...p].reverse().find((k) => typeof k === 'string');
    return { file: src.file, at: () => src.locate(p), field: String(key ?? ''), value: src.raw(p), mark };
  });
}
