// A first look at a .xlsx before the spreadsheet library reads it: what the file is
// by its bytes (a zip, an old .xls or an encrypted workbook, both OLE2 containers, an
// .ods renamed), and whether its entries stay small once unpacked. The library inflates
// everything in memory and trusts the sizes a zip declares, so a zip bomb is stopped
// here, by inflating each entry natively with a hard cap on its output.
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

interface Entry {
  name: string;
  method: number;
  compressed: number;
  offset: number;
}

/** The central directory's entries, or undefined when it cannot be found or read. */
function entries(b: Buffer): Entry[] | undefined {
  // The end-of-central-directory record is in the last 65,557 bytes (22 + a comment).
  const from = Math.max(0, b.length - 65_557);
  let end = -1;
  for (let i = b.length - 22; i >= from; i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const out: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = b.readUInt16LE(at + 28);
    const skip = nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    out.push({
      method: b.readUInt16LE(at + 10),
      compressed: b.readUInt32LE(at + 20),
      offset: b.readUInt32LE(at + 42),
      name: b.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + skip;
  }
  return out;
}

/** The entry's bytes once unpacked, at most `cap`; throws RangeError past it. */
function unpack(b: Buffer, e: Entry, cap: number): Buffer {
  if (e.offset + 30 > b.length || b.readUInt32LE(e.offset) !== 0x04034b50) throw new Error('bad local header');
  const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
  const data = b.subarray(start, start + e.compressed);
  if (e.method === 0) {
    if (data.length > cap) throw new RangeError('too large');
    return data;
  }
  if (e.method !== 8) throw new Error('unknown compression');
  return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
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
  const list = entries(b);
  if (!list) return { kind: 'broken' };
  const names = new Set(list.map((e) => e.name));
  if (names.has('mimetype') || names.has('content.xml')) return { kind: 'ods' };
  if (!names.has('xl/workbook.xml') && !names.has('xl/workbook.bin')) return { kind: 'not-workbook' };
  let total = 0;
  let sheets: string[] = [];
  for (const e of list) {
    try {
      const data = unpack(b, e, Math.min(limits.entry, limits.total - total));
      total += data.length;
      // The sheets' names, in order, without a first pass of the spreadsheet library over the whole zip.
      if (e.name === 'xl/workbook.xml') sheets = sheetNames(data.toString('utf8'));
    } catch (err) {
      if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return { kind: 'too-large', megabytes: Math.round(limits.total / 1024 / 1024) };
      }
      return { kind: 'broken' };
    }
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
