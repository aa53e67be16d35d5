// decodeText: the encodings exports come in (UTF-8 ± BOM, UTF-16 LE/BE with BOM,
// Windows-1252), and what is not text.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src/data/sources/text.ts';

const SAMPLE = 'Date\tTexte\n2026-03-15\tÉté très réussi 👍 — merci\n';

function utf16(s: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\ufeff${s}`, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.from(le);
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
  return be;
}

describe('decodeText', () => {
  it('UTF-16 little and big endian, with their BOM (Excel "Unicode text", the Play Console)', () => {
    const le = utf16(SAMPLE, 'le');
    expect([le[0], le[1]]).toEqual([0xff, 0xfe]);
    expect(decodeText(le)).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-16le' });
    const be = utf16(SAMPLE, 'be');
    expect([be[0], be[1]]).toEqual([0xfe, 0xff]);
    expect(decodeText(be)).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-16be' });
  });

  it('UTF-8 with or without BOM, else Windows-1252', () => {
    expect(decodeText(Buffer.from(`\ufeff${SAMPLE}`))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8' });
    // « Été » in Windows-1252: 0xC9 0x74 0xE9.
    expect(decodeText(Uint8Array.from([0xc9, 0x74, 0xe9, 0x0a]))).toEqual({ ok: true, text: 'Été\n', encoding: 'windows-1252' });
  });

  it('UTF-16 without a BOM, a broken UTF-16 pair, NULs in UTF-16, binary: not text', () => {
    expect(decodeText(Buffer.from(SAMPLE, 'utf16le'))).toEqual({ ok: false, reason: 'binary' });
    // A lone high surrogate (0xD83D) then « A ».
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeText(Uint8Array.from([0xff, 0xfe]))).toEqual({ ok: false, reason: 'empty' });
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
  });
});
