// Kiosk life on the page's fake clock, stepped so that every deploy check gets its real
// answers before the clock moves on. The clock only moves inside `runFor`; the network
// answers in real time. Stepping blindly (a fixed step, then a fixed sleep) let a check's
// deadline run out inside the same step as its start on a loaded machine, so the outcome
// depended on real time. Here the clock stops as each check starts (the wall's state says
// when the next is due), real time runs until the check is over (its state says so),
// and only a check waiting on an answer the test server holds open on purpose sees the
// clock move on, one second at a time, until its own deadline ends it.
import type { Page } from 'playwright-core';

type State = NonNullable<ReturnType<NonNullable<Window['miroirWall']>['state']>>;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How many answers a test server has held open on purpose so far (never decreasing). */
export type HeldCount = () => number;

const none: HeldCount = () => 0;

/** Per page: the held answers seen so far, and the check they were for. */
const memory = new WeakMap<Page, { seen: number; check: number }>();

/** Real time any one wait may take before the test fails: a wall that never settles is a bug. */
const SETTLE_LIMIT_MS = 60_000;

async function read(page: Page): Promise<(State & { now: number }) | null> {
  try {
    return await page.evaluate(() => {
      const wall = window.miroirWall;
      return wall ? { ...wall.state(), now: Date.now() } : null;
    });
  } catch {
    return null; // between two documents (a reload)
  }
}

/**
 * Waits, in real time, until the wall on `page` is settled: loaded (after a reload, the
 * new document), and no deploy check under way, or the one under way waiting on an
 * answer `held` counts. Returns its state, with its clock's `now`.
 */
export async function settle(page: Page, held: HeldCount = none): Promise<State & { now: number; held: boolean }> {
  let mem = memory.get(page);
  if (!mem) memory.set(page, (mem = { seen: held(), check: -1 }));
  const end = Date.now() + SETTLE_LIMIT_MS;
  let last: State | null = null;
  for (;;) {
    const s = await read(page);
    if (s && !s.reloading) {
      const h = held();
      if (h > mem.seen) {
        mem.seen = h;
        if (s.checking) mem.check = s.checks;
      }
      const isHeld = s.checking && mem.check === s.checks;
      if (!s.checking || isHeld) return { ...s, held: isHeld };
      last = s;
    } else if (!s) {
      await page.waitForLoadState('load').catch(() => undefined);
    }
    if (Date.now() > end) throw new Error(`the wall did not settle in ${SETTLE_LIMIT_MS} ms: ${JSON.stringify(last)}`);
    await sleep(5);
  }
}

/**
 * Lets `total` ms of kiosk life pass, in steps of at most `step` ms of the page's clock,
 * each stopping where a deploy check starts so that its answers come in before any of
 * its deadlines. `held` counts the answers the test's server holds open on purpose: a
 * check waiting on one sees its deadline come, the clock moving a second at a time.
 */
export async function live(page: Page, total: number, step = 60_000, held: HeldCount = none): Promise<void> {
  let s = await settle(page, held);
  const end = s.now + total;
  while (s.now < end) {
    let to = Math.min(end, s.now + step);
    if (s.held) to = Math.min(to, s.now + 1000);
    // A millisecond past the check's due time: the clock's own rounding cannot leave it unstarted.
    else if (s.nextCheckAt !== null && s.nextCheckAt >= s.now) to = Math.min(to, s.nextCheckAt + 1);
    try {
      await page.clock.runFor(to - s.now);
    } catch {
      // The wall reloaded during the step: the new document replays the clock to the step's end.
    }
    s = await settle(page, held);
  }
}
