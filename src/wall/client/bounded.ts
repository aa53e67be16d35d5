// Reading an answer with limits, for the page (deploy.ts) and the service worker (sw.ts,
// which bundles this file): a deadline over the whole answer, headers and body, and a cap
// on the bytes read. A server that sends its headers and then stalls, or that streams a
// body without end, must cost the wall a few seconds and a few kilobytes, never its tab.
// Only fetch-API globals here: the worker has no DOM.

/** The body was longer than the wall accepts: a broken deploy, not an outage. */
export class TooLarge extends Error {
  constructor() {
    super('answer too large');
  }
}

/** The deadline passed before the whole answer arrived. */
export class TooLate extends Error {
  constructor() {
    super('answer too late');
  }
}

/**
 * Runs `work` under a deadline that covers all of it: past `ms` its signal aborts (so
 * its fetches and body reads end) and the promise rejects with TooLate, even if the work
 * ignores the signal. `outer`, when given, aborts it too (the page gave up its request).
 */
export async function within<T>(ms: number, work: (signal: AbortSignal) => Promise<T>, outer?: AbortSignal | null): Promise<T> {
  const abort = new AbortController();
  const stop = (): void => abort.abort();
  outer?.addEventListener('abort', stop, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new TooLate());
    }, ms);
  });
  const done = work(abort.signal);
  done.catch(() => {});
  try {
    return await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', stop);
  }
}

/**
 * At most `max + 1` bytes of the body, and whether that was all of it: reading stops (and
 * the rest is never downloaded) as soon as the body is known to be longer than `max`.
 * A Content-Length over `max` is believed without reading a byte. The service worker
 * hands such a prefix on as it is, so the page judges it exactly as without a worker.
 */
export async function readUpTo(res: Response, max: number): Promise<{ bytes: Uint8Array<ArrayBuffer>; whole: boolean }> {
  const declared = Number(res.headers.get('content-length') ?? '');
  const body = res.body;
  if (Number.isFinite(declared) && declared > max) {
    await body?.cancel().catch(() => {});
    return { bytes: new Uint8Array(max + 1), whole: false };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let whole = true;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      if (size > max) {
        whole = false;
        await reader.cancel().catch(() => {});
        break;
      }
    }
  }
  const bytes = new Uint8Array(Math.min(size, max + 1));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, bytes.length - at);
    bytes.set(part, at);
    at += part.byteLength;
  }
  return { bytes, whole };
}

/** The body's bytes, at most `max` of them; a longer body rejects with TooLarge. */
export async function readCapped(res: Response, max: number): Promise<Uint8Array<ArrayBuffer>> {
  const { bytes, whole } = await readUpTo(res, max);
  if (!whole) throw new TooLarge();
  return bytes;
}

/** The body as text (UTF-8), at most `max` bytes of it. */
export async function readText(res: Response, max: number): Promise<string> {
  return new TextDecoder().decode(await readCapped(res, max));
}

/** build.json is a few dozen bytes; 64 KiB leaves room for what a build may add to it. */
export const BUILD_JSON_MAX_BYTES = 64 * 1024;
/** A wall page is tens of kilobytes; one of several megabytes is not ours. */
export const PAGE_MAX_BYTES = 8 * 1024 * 1024;
/** A script, a stylesheet, a font or the logo. */
export const FILE_MAX_BYTES = 32 * 1024 * 1024;
