// build.json and new builds against a hostile server (src/wall/client/deploy.ts): huge,
// stalled, redirected or foreign answers. The rest of deploy.ts is in runtime.test.ts;
// the browser behaviour in wall-hostile.test.ts.
import { describe, expect, it } from 'vitest';
import { brokenDeploy, checkBuild, verifyBuild } from '../../../../src/wall/client/deploy.ts';

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Headers, then `start`, then nothing, until the request's signal aborts. */
const stalling =
  (start: string): Fetch =>
  async (_url, init) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(start));
          init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      }),
      { status: 200 },
    );

/** An endless body; counts the bytes it was asked for. */
function endless(): { fetchFn: Fetch; sent: () => number } {
  let sent = 0;
  const chunk = new Uint8Array(16 * 1024).fill(97);
  const fetchFn: Fetch = async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
      { status: 200 },
    );
  return { fetchFn, sent: () => sent };
}

describe('checkBuild against a hostile server', () => {
  it('stops reading an endless or over-long build.json and calls it a broken deploy', async () => {
    const huge = endless();
    const result = await checkBuild('http://h/build.json', huge.fetchFn);
    expect(result).toEqual({ ok: false, reason: 'oversize' });
    expect(brokenDeploy(result)).toBe(true);
    // 64 KiB accepted: the fifth 16 KiB chunk passes the cap, a sixth may be queued.
    expect(huge.sent()).toBeLessThanOrEqual(6 * 16 * 1024);
    const declared = async (): Promise<Response> => new Response('{}', { status: 200, headers: { 'Content-Length': '2147483648' } });
    expect(await checkBuild('http://h/build.json', declared)).toEqual({ ok: false, reason: 'oversize' });
  });

  it('gives up on a body that stalls after the headers: no answer, not a broken deploy', async () => {
    const result = await checkBuild('http://h/build.json', stalling('{"id":"'), 30);
    expect(result).toEqual({ ok: false, reason: 'network' });
    expect(brokenDeploy(result)).toBe(false);
  });

  it('calls an HTML page or a numeric id broken, an error status or silence not', async () => {
    const answer = (status: number, body: string): Fetch => async () => new Response(body, { status });
    expect(brokenDeploy(await checkBuild('u', answer(200, '<!doctype html><h1>Welcome to nginx!</h1>')))).toBe(true);
    expect(brokenDeploy(await checkBuild('u', answer(200, '{"id":3}')))).toBe(true);
    expect(brokenDeploy(await checkBuild('u', answer(503, 'Service Unavailable')))).toBe(false);
    expect(brokenDeploy(await checkBuild('u', () => Promise.reject(new TypeError('Failed to fetch'))))).toBe(false);
  });
});

describe('verifyBuild against a hostile server', () => {
  const PAGE = 'http://h/wall/';
  const HTML = '<!doctype html><script type="application/json" id="miroir-wall">{"buildId":"n2"}</script>';

  it('refuses a page reached through a redirect (a login that happens to say n2 is still not the wall)', async () => {
    const redirected: Fetch = async () => {
      const res = new Response(HTML, { status: 200 });
      Object.defineProperty(res, 'redirected', { value: true });
      return res;
    };
    expect(await verifyBuild(PAGE, 'n2', redirected)).toBe(false);
    expect(await verifyBuild(PAGE, 'n2', async () => new Response(HTML, { status: 200 }))).toBe(true);
  });

  // A stall that the 30 ms limit did not end would leave this test waiting until vitest's own limit fails it.
  it('ends in time when the new page, or one of its files, stalls after the headers', async () => {
    expect(await verifyBuild(PAGE, 'n2', stalling('<!doctype html><html><head>'), 30)).toBe(false);
    const withFile: Fetch = (url, init) =>
      url === PAGE ? Promise.resolve(new Response(`${HTML}<script src="/_astro/a.js"></script>`, { status: 200 })) : stalling('void ')(url, init);
    expect(await verifyBuild(PAGE, 'n2', withFile, 30)).toBe(false);
  }, 5000);

  it('refuses a page or a file larger than the wall accepts', async () => {
    expect(await verifyBuild(PAGE, 'n2', endless().fetchFn)).toBe(false);
  });
});
