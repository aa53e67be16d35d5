// The loaded project as JSON, written once per build: the build id hashes it and the
// pages read it, and for 100,000 verbatims one JSON.stringify of it takes about 0.2 s
// and a 57 MB string. Each top-level field is written on its own, handed to the input
// file and then to the id's hash (with dataDir blanked: where the data folder is does
// not change a page), and dropped, so the whole text is never held at once. Joined, the
// pieces are exactly JSON.stringify's text: same keys in the same order, fields whose
// value JSON leaves out left out.
import type { Project } from '../../model.ts';

/**
 * The pieces of JSON.stringify({ ...project, dataDir: '' }), in order; `write` gets each
 * piece of JSON.stringify(project) first (they differ only in dataDir's value).
 */
export function* projectPieces(project: Project, write: (text: string) => void = () => {}): Generator<string> {
  let first = true;
  write('{');
  yield '{';
  for (const [key, value] of Object.entries(project)) {
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined) continue;
    const head = `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    write(head + json);
    yield head + (key === 'dataDir' ? '""' : json);
  }
  write('}');
  yield '}';
}
