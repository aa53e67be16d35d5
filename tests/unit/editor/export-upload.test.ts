// The verbatims export's upload (src/editor/client/export-upload.ts), the parts that run
// without a browser: the name a chosen file is stored under, and the data folder's listing
// left empty (so that Decap never offers to delete the published export or respondent file).
import { describe, expect, it } from 'vitest';
import { hideUploadFolders, storedName, type UploadCms } from '../../../src/editor/client/export-upload.ts';

describe('the verbatims export’s upload', () => {
  it('stores a chosen file as verbatims.csv or verbatims.xlsx by its extension, and refuses any other', () => {
    expect(storedName('Export avis clients octobre.csv')).toBe('verbatims.csv');
    expect(storedName('Enquête satisfaction (1-12).XLSX')).toBe('verbatims.xlsx');
    expect(storedName('verbatims.csv.xlsx')).toBe('verbatims.xlsx');
    expect(storedName('export.xls')).toBeUndefined();
    expect(storedName('export.csv.txt')).toBeUndefined();
    expect(storedName('csv')).toBeUndefined();
  });

  it('lists nothing in the upload folders when an entry asks for them, and the rest as the backend does', async () => {
    const asked: (string | undefined)[] = [];
    const backend = {
      init: () => ({
        name: 'fake',
        async getMedia(folder?: string) {
          asked.push(folder);
          return [{ path: `${folder ?? 'data/barometer'}/2026-T3.csv` }];
        },
      }),
    };
    const registered: Record<string, typeof backend> = { github: backend };
    const cms: UploadCms = { registerWidget: () => undefined, getBackend: (n) => registered[n] };
    hideUploadFolders(cms, ['data', 'data/barometer']);
    const impl = registered.github!.init() as { getMedia(folder?: string): Promise<unknown[]> };
    // The entry's media folders, as Decap names them (the fields' own start with a slash).
    expect(await impl.getMedia('data')).toEqual([]);
    expect(await impl.getMedia('/data/')).toEqual([]);
    expect(await impl.getMedia('/data/barometer')).toEqual([]);
    expect(await impl.getMedia('data/brand')).toEqual([{ path: 'data/brand/2026-T3.csv' }]);
    // The global media library asks with no folder: it still lists barometer/.
    expect(await impl.getMedia()).toEqual([{ path: 'data/barometer/2026-T3.csv' }]);
    expect(asked).toEqual(['data/brand', undefined]);
  });
});
