// A first look at a .xlsx before the spreadsheet library reads it: what the file is
// by its bytes (a zip, an old .xls or an encrypted workbook, both OLE2 containers, an
// .ods renamed), and whether its entries stay small once unpacked. The library inflates
// everything in memory and trusts the sizes a zip declares, so a zip bomb is stopped
// here: fflate reads the zip's structure, and each entry is inflated natively with a
// hard cap on its output (whatever size it declares), in bounded time and memory.
import { Unzip, type FlateError, type UnzipDecoder, type UnzipFile } from 'fflate';
import { inflateRawSync } from 'node:zlib';

/** Limits on what one workbook may unpack to (in all, and one entry): the 100,000-row bench sheet is 46 MB. */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;

export interface Limits {
  entry: number;
  total: number;
}

export type ZipKind =
  | { kind: 'xlsx'; sheets: string[] }
  | { kind: 'xls' | 'encrypted' | 'ods' | 'not-workbook' | 'broken' }
  | { kind: 'too-large'; megabytes: number };

type Handler = (err: FlateError | null, data: Uint8Array, final: boolean) => void;

/**
 * Reads the zip's entries in order through fflate, calling `onEntry` with each one's name
 * and, when `room` is given, its bytes once unpacked (at most `room()` of them: a
 * RangeError past it). Throws on a damaged zip.
 */
function eachEntry(b: Uint8Array, onEntry: (name: string, data?: Uint8Array) => void, room?: () => number): void {
  // Deflated entries go to zlib, which stops at its cap; fflate's own inflater would unpack
  // a lying entry in full first. The compressed bytes are views of `b`, not copies.
  class CappedInflate implements UnzipDecoder {
    static compression = 8;
    ondata: Handler = () => undefined;
    private readonly parts: Uint8Array[] = [];
    push(chunk: Uint8Array, final: boolean): void {
      if (chunk.length > 0) this.parts.push(chunk);
      if (!final) return;
      const cap = Math.max(1, room!());
      this.ondata(null, inflateRawSync(Buffer.concat(this.parts), { maxOutputLength: cap }), true);
    }
  }
  const unzip = new Unzip((file: UnzipFile) => {
    if (!room) {
      onEntry(file.name);
      return;
    }
    const parts: Uint8Array[] = [];
    file.ondata = (err, data, final) => {
      if (err) throw err;
      parts.push(data);
      const size = parts.reduce((n, p) => n + p.length, 0);
      if (size > room()) throw new RangeError('too large');
      if (final) onEntry(file.name, parts.length === 1 ? parts[0]! : Buffer.concat(parts));
    };
    file.start();
  });
  unzip.register(CappedInflate);
  unzip.push(b, true);
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What `bytes` are, for a file named .xlsx; `xlsx` only when every entry unpacks within the limits. */
export function inspectWorkbook(bytes: Uint8Array, limits: Limits = { entry: MAX_ENTRY_BYTES, total: MAX_TOTAL_BYTES }): ZipKind {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (OLE2.every((x, i) => b[i] === x)) {
    // An encrypted .xlsx is an OLE2 file holding "EncryptionInfo" (names in UTF-16).
    return b.includes(Buffer.from('EncryptionInfo', 'utf16le')) ? { kind: 'encrypted' } : { kind: 'xls' };
  }
  if (b.length < 22 || b.readUInt32LE(0) !== 0x04034b50) return { kind: 'not-workbook' };
  // First the names alone (nothing is unpacked), then each entry within what is left of the limits.
  const names = new Set<string>();
  try {
    eachEntry(b, (name) => names.add(name));
  } catch {
    return { kind: 'broken' };
  }
  if (names.has('mimetype') || names.has('content.xml')) return { kind: 'ods' };
  if (!names.has('xl/workbook.xml') && !names.has('xl/workbook.bin')) return { kind: 'not-workbook' };
  let total = 0;
  let sheets: string[] = [];
  try {
    eachEntry(
      b,
      (name, data) => {
        total += data!.length;
        // The sheets' names, in order, without a first pass of the spreadsheet library over the whole zip.
        if (name === 'xl/workbook.xml') sheets = sheetNames(Buffer.from(data!.buffer, data!.byteOffset, data!.byteLength).toString('utf8'));
      },
      () => Math.min(limits.entry, limits.total - total),
    );
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      return { kind: 'too-large', megabytes: Math.round(limits.total / 1024 / 1024) };
    }
    return { kind: 'broken' };
  }
  return { kind: 'xlsx', sheets };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `<sheet name="Réponses" …/>` of workbook.xml, in order. */
function sheetNames(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&(amp|lt|gt|quot|apos);|&#(x?)([0-9a-fA-F]+);/g, (_all, name: string | undefined, hex: string, code: string) =>
      name ? ENTITIES[name]! : String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
    ),
  );
}
