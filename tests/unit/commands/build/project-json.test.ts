// The project is written once as JSON, field by field, for the build id and for the
// pages: both must get the very text JSON.stringify writes, or the id and the pages
// would change with this shortcut.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPieces } from '../../../../src/commands/build/project-json.ts';
import type { Project } from '../../../../src/model.ts';
import { loadProject } from '../../../../src/project/load.ts';
import { ROOT } from '../../../helpers/cli.ts';

/** What the pages' file gets, and what the id hashes. */
function texts(project: Project): { written: string; hashed: string } {
  let written = '';
  const hashed = [...projectPieces(project, (t) => (written += t))].join('');
  return { written, hashed };
}

describe('projectPieces', () => {
  it('writes JSON.stringify of the sample project, and hashes it with the data folder blanked', () => {
    const { project } = loadProject(path.join(ROOT, 'data'), { MIROIR_TODAY: '2026-11-24' });
    const { written, hashed } = texts(project!);
    expect(written).toBe(JSON.stringify(project));
    expect(hashed).toBe(JSON.stringify({ ...project, dataDir: '' }));
    expect(written).toContain(JSON.stringify(path.join(ROOT, 'data')));
  });

  it('leaves out what JSON leaves out and keeps the key order', () => {
    const odd = { gone: undefined, today: '2026-11-24', dataDir: '/d', fn: () => 1, nested: { a: undefined, b: [undefined, 2] }, verbatims: [] } as unknown as Project;
    const { written, hashed } = texts(odd);
    expect(written).toBe('{"today":"2026-11-24","dataDir":"/d","nested":{"b":[null,2]},"verbatims":[]}');
    expect(hashed).toBe('{"today":"2026-11-24","dataDir":"","nested":{"b":[null,2]},"verbatims":[]}');
  });
});
