// Ids that must be unique in a list (actions, announcements): each one after the first
// is an error at its line naming the first. Read from the raw values, so an entry with
// another problem still counts, and one broken entry does not hide a duplicate.
import type { Diagnostics } from './diagnostics.ts';
import type { Path, YamlSource } from './sources/yaml.ts';

/** Returns `repeated(path)`: true (and reported) when the id at `path` was already used. */
export function idChecker(src: YamlSource, diags: Diagnostics): (path: Path) => boolean {
  const firstLine = new Map<string, number>();
  return (path) => {
    const raw = src.raw(path);
    if (typeof raw !== 'string' && typeof raw !== 'number') return false;
    const id = String(raw).trim();
    const at = src.locate(path);
    const line = firstLine.get(id);
    if (line === undefined) {
      firstLine.set(id, at.line);
      return false;
    }
    diags.error(src.file, at, 'id.duplicate', { id, first_line: line });
    return true;
  };
}
