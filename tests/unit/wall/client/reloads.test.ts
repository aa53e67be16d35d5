// Reloads that do not bring the new build (src/wall/client/reloads.ts): the guard
// remembers across reloads and spaces the tries out. The browser behaviour (a stale
// page cache) is in wall-hostile.test.ts.
import { describe, expect, it } from 'vitest';
import { createReloadGuard, parseRecord, retryAfterMs, type KeptValue } from '../../../../src/wall/client/reloads.ts';

const MIN = 60_000;

/** What localStorage would keep across page loads. */
function memory(): KeptValue & { value: string | null } {
  return {
    value: null,
    get() {
      return this.value;
    },
    set(v) {
      this.value = v;
    },
  };
}

describe('reload guard', () => {
  it('waits 5, 10, 20, 40 … minutes after reloads that brought the old page back, at most 2 hours', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryAfterMs(n) / MIN)).toEqual([5, 10, 20, 40, 80, 120, 120, 120]);
  });

  it('lets the first reload through, then holds the next tries back while the old page keeps coming', () => {
    const kept = memory();
    let guard = createReloadGuard('old', kept);
    expect(guard.held).toBe(false);
    expect(guard.allows('new', 0)).toBe(true);
    guard.reloading('new', 0);
    // The reload brought the old page again (a stale cache).
    guard = createReloadGuard('old', kept);
    expect(guard.held).toBe(true);
    expect(guard.allows('new', 4 * MIN)).toBe(false);
    expect(guard.allows('new', 5 * MIN)).toBe(true);
    guard.reloading('new', 5 * MIN);
    guard = createReloadGuard('old', kept);
    expect(guard.allows('new', 14 * MIN)).toBe(false);
    expect(guard.allows('new', 15 * MIN)).toBe(true);
    // A still newer build does not reset the wait: the cache is the same.
    expect(guard.allows('newer', 14 * MIN)).toBe(false);
    // The build on screen (the daily reload) is never held.
    expect(guard.allows('old', 6 * MIN)).toBe(true);
  });

  it('forgets once a reload brings its build, or build.json agrees with the page again', () => {
    const kept = memory();
    createReloadGuard('old', kept).reloading('new', 0);
    const arrived = createReloadGuard('new', kept);
    expect(arrived.held).toBe(false);
    expect(kept.value).toBeNull();

    createReloadGuard('old', kept).reloading('new', 0);
    const rolledBack = createReloadGuard('old', kept);
    rolledBack.settle();
    expect([rolledBack.held, kept.value]).toEqual([false, null]);
    // A reload into the build on screen records nothing.
    rolledBack.reloading('old', 0);
    expect(kept.value).toBeNull();
  });

  it('does not hold for ever when the clock went back, and ignores an unreadable record', () => {
    const kept = memory();
    createReloadGuard('old', kept).reloading('new', 10 * MIN);
    expect(createReloadGuard('old', kept).allows('new', 1 * MIN)).toBe(true);
    expect(parseRecord('{"target":3}')).toBeNull();
    expect(parseRecord('<html>')).toBeNull();
    kept.value = 'not json';
    expect(createReloadGuard('old', kept).held).toBe(false);
  });
});
