// The one rule for every file miroir reads from the data folder: its real path (every
// symbolic link resolved, of the file and of each folder on its way) must be inside
// the data folder's real path, and it must be a regular file. It is decided before a
// byte is read, so a link to /etc/passwd, a deploy key or /dev/zero is refused, never
// read: its content can appear in no message, no page and no annotation.
import { closeSync, fstatSync, openSync, readSync, realpathSync, constants } from 'node:fs';
import path from 'node:path';

/** Why a path of the data was refused (each has a message: `path.<reason>` / `file.<reason>`). */
export type Refusal = 'missing' | 'outside' | 'not_regular' | 'loop' | 'too_large' | 'unreadable';

/** The message for a path written in the data that the rule refuses, reported at the line that names it. */
export function refusedPath(reason: Refusal): 'path.not_found' | 'path.outside' | 'path.not_regular' | 'path.loop' | 'path.too_large' {
  return reason === 'missing' || reason === 'unreadable' ? 'path.not_found' : `path.${reason}`;
}

export type Checked = { ok: true; real: string } | { ok: false; reason: Refusal; detail?: string };

/**
 * Files larger than this are refused: a data file is a few megabytes, a 200 MB export
 * is still read, and nothing can make a read go on until memory runs out.
 */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

function realFolder(dataDir: string): string {
  try {
    return realpathSync(dataDir);
  } catch {
    return path.resolve(dataDir);
  }
}

function errno(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

function inside(folder: string, p: string): boolean {
  return p === folder || p.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

/** Where `abs` (a path under `dataDir`) really is, when it is allowed to be read. Reads nothing. */
export function checkInData(dataDir: string, abs: string): Checked {
  const folder = realFolder(dataDir);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    const code = errno(e);
    if (code === 'ELOOP') return { ok: false, reason: 'loop' };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
    return { ok: false, reason: 'unreadable', detail: code };
  }
  if (!inside(folder, real)) return { ok: false, reason: 'outside' };
  return { ok: true, real };
}

/** The same rule for `rel`, a path written in the data (already free of `..` and absolute paths): found, inside, a regular file. */
export function checkRelative(dataDir: string, rel: string): Checked {
  const checked = checkInData(dataDir, path.resolve(dataDir, rel));
  if (!checked.ok) return checked;
  const opened = openRegular(checked.real);
  if (!opened.ok) return opened;
  closeSync(opened.fd);
  return checked;
}

type Opened = { ok: true; fd: number; size: number } | { ok: false; reason: Refusal; detail?: string };

/** Opens `real` and checks, on the open file, that it is a regular file of a sane size. */
function openRegular(real: string): Opened {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO to look at it must not wait for a writer.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: errno(e) };
  }
  const st = fstatSync(fd);
  // A folder where a file is named is a file not found, as it always was.
  const refused: Refusal | undefined = st.isDirectory() ? 'missing' : !st.isFile() ? 'not_regular' : st.size > MAX_FILE_BYTES ? 'too_large' : undefined;
  if (refused === undefined) return { ok: true, fd, size: st.size };
  closeSync(fd);
  return st.isDirectory() ? { ok: false, reason: refused, detail: 'EISDIR' } : { ok: false, reason: refused };
}

export type Read = { ok: true; bytes: Uint8Array } | { ok: false; reason: Refusal; detail?: string };

/**
 * The bytes of `abs` when the rule allows it. The checks are made on the open file
 * (fstat), and no more than its size at that moment is read, so neither a device nor a
 * file that grows while it is read can make the read unbounded.
 */
export function readInData(dataDir: string, abs: string): Read {
  const checked = checkInData(dataDir, abs);
  if (!checked.ok) return checked;
  const opened = openRegular(checked.real);
  if (!opened.ok) return opened;
  const { fd, size } = opened;
  try {
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: got === size ? bytes : bytes.subarray(0, got) };
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: errno(e) };
  } finally {
    closeSync(fd);
  }
}
