// What the strip says and how often the wall checks (src/wall/client/offline.ts): a
// broken deploy is not an outage, and a dark screen checks once a quarter of an hour.
// The first rules (two failures, sooner retries) are in runtime.test.ts.
import { describe, expect, it } from 'vitest';
import { createConnectivity, DARK_CHECK_EVERY_MS } from '../../../../src/wall/client/offline.ts';

describe('connectivity: offline or broken, and the cadence', () => {
  it('says broken when the server answered with something unusable twice, offline when it did not answer', () => {
    const c = createConnectivity();
    c.record(false, true);
    expect(c.kind).toBeNull();
    c.record(false, true);
    expect(c.kind).toBe('broken');
    // The last failure says what is true now.
    c.record(false, false);
    expect(c.kind).toBe('offline');
    c.record(false, true);
    expect(c.kind).toBe('broken');
    c.record(true);
    expect([c.kind, c.offline]).toEqual([null, false]);
  });

  it('checks every 15 minutes while dark, failing or not, and as before while on', () => {
    const c = createConnectivity();
    expect(DARK_CHECK_EVERY_MS).toBe(15 * 60_000);
    expect([c.delay(true), c.delay(false)]).toEqual([900_000, 60_000]);
    c.record(false);
    expect([c.delay(true), c.delay(false)]).toEqual([900_000, 15_000]);
  });
});
