// The verbatims export's upload (src/editor/client/export-upload.ts), the parts that run
// without a browser: the name a chosen file is stored under, and the data folder's listing
// left empty (so that Decap never offers to delete the published export).
import { describe, expect, it } from 'vitest';
import { hideDataFolder, storedName, type UploadCms } from '../../../src/editor/client/export-upload.ts';

describe('the verbatims export’s upload', () => {
  it('stores a chosen file as verbatims.csv or verbatims.xlsx by its extension, and refuses any other', () => {
    expect(storedName('Export avis clients octobre.csv')).toBe('verbatims.csv');
    expect(storedName('Enquête satisfaction (1-12).XLSX')).toBe('verbatims.xlsx');
    expect(storedName('verbatims.csv.xlsx')).toBe('verbatims.xlsx');
    expect(storedName('export.xls')).toBeUndefined();
    expect(storedName('export.csv.txt')).toBeUndefined();
    expect(storedName('csv')).toBeUndefined();
  });

  it('lists nothing in the data folder, and every other folder as the backend does', async () => {
    const asked: (string | undefined)[] = [];
    const backend = {
      init: () => ({
        name: 'fake',
        async getMedia(folder?: string) {
          asked.push(folder);
          return [{ path: `${folder}/verbatims.csv` }];
        },
      }),
    };
    const registered: Record<string, typeof backend> = { github: backend };
    const cms: UploadCms = { registerWidget: () => undefined, getBackend: (n) => registered[n] };
    hideDataFolder(cms, '/data');
    const impl = registered.github!.init() as { getMedia(folder?: string): Promise<unknown[]> };
    expect(await impl.getMedia('data')).toEqual([]);
    expect(await impl.getMedia('/data/')).toEqual([]);
    expect(await impl.getMedia('data/barometer')).toEqual([{ path: 'data/barometer/verbatims.csv' }]);
    expect(asked).toEqual(['data/barometer']);
  });
});
