// Whether the wall tells people it is offline. One failed check can be a blip (a
// server restart during a deploy); two in a row, a quarter-minute apart, is an outage.
export const CHECK_EVERY_MS = 60_000;
export const RETRY_EVERY_MS = 15_000;
export const FAILURES_BEFORE_STRIP = 2;

export interface Connectivity {
  /** Records a check; returns whether the offline strip should show. */
  record(ok: boolean): boolean;
  readonly offline: boolean;
  /** When to check next: sooner while failing, so the strip comes and goes promptly. */
  readonly nextCheckMs: number;
}

export function createConnectivity(): Connectivity {
  let failures = 0;
  return {
    record(ok) {
      failures = ok ? 0 : failures + 1;
      return failures >= FAILURES_BEFORE_STRIP;
    },
    get offline() {
      return failures >= FAILURES_BEFORE_STRIP;
    },
    get nextCheckMs() {
      return failures > 0 ? RETRY_EVERY_MS : CHECK_EVERY_MS;
    },
  };
}
