// Reading an answer with limits (src/wall/client/bounded.ts): the deadline covers the
// body, the cap stops reading early. The browser behaviour is in wall-hostile.test.ts.
import { describe, expect, it } from 'vitest';
import { readCapped, readText, readUpTo, TooLarge, TooLate, within } from '../../../../src/wall/client/bounded.ts';

/** A body that sends `chunks` then either ends or stays open; counts the chunks pulled. */
function body(chunks: string[], end: boolean): { res: Response; pulled: () => number; cancelled: () => boolean } {
  let i = 0;
  let cancelled = false;
  const enc = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(enc.encode(chunks[i++]));
      else if (end) controller.close();
      else return new Promise<void>(() => {}); // stalls
      return undefined;
    },
    cancel() {
      cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { res: new Response(stream), pulled: () => i, cancelled: () => cancelled };
}

describe('readUpTo and readCapped', () => {
  it('reads a body within the cap whole', async () => {
    const b = body(['{"id":', '"n2"}'], true);
    expect(await readText(b.res, 11)).toBe('{"id":"n2"}');
  });

  it('stops at the first chunk past the cap and cancels the rest of an endless body', async () => {
    // 10 chunks of 4 bytes, cap 10: the third chunk passes it (12 > 10).
    const b = body(Array.from({ length: 10 }, () => 'aaaa'), false);
    const { bytes, whole } = await readUpTo(b.res, 10);
    expect(whole).toBe(false);
    expect(bytes.byteLength).toBe(11);
    expect(b.pulled()).toBe(3);
    expect(b.cancelled()).toBe(true);
    await expect(readCapped(body(['aaaaaaaa', 'aaaa'], true).res, 10)).rejects.toBeInstanceOf(TooLarge);
  });

  it('believes a Content-Length over the cap without reading a byte', async () => {
    const b = body(['aaaa'], true);
    const res = new Response(b.res.body, { headers: { 'Content-Length': '2147483648' } });
    await expect(readCapped(res, 65_536)).rejects.toBeInstanceOf(TooLarge);
    expect(b.pulled()).toBe(0);
  });
});

describe('within: a deadline over the whole answer', () => {
  it('rejects with TooLate when the body stalls after the headers, and aborts the reading', async () => {
    const b = body(['{"id":'], false);
    let aborted = false;
    const read = within(30, async (signal) => {
      signal.addEventListener('abort', () => {
        aborted = true;
      });
      return readText(b.res, 1000);
    });
    await expect(read).rejects.toBeInstanceOf(TooLate);
    expect(aborted).toBe(true);
  });

  it('passes the result through in time, and aborts when the outer signal does', async () => {
    expect(await within(1000, async () => 'ok')).toBe('ok');
    const outer = new AbortController();
    let seen = false;
    const work = within(
      10_000,
      (signal) =>
        new Promise<string>((_, reject) =>
          signal.addEventListener('abort', () => {
            seen = true;
            reject(new Error('aborted'));
          }),
        ),
      outer.signal,
    );
    outer.abort();
    await expect(work).rejects.toThrow('aborted');
    expect(seen).toBe(true);
  });
});
