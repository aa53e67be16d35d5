// Reloads into a new build that do not bring it. When the pages come from a stale cache
// (a proxy, a CDN, the browser's) while build.json and the wall's own checks see the new
// build, every reload lands on the old page, which sees the new id again: without a
// memory across reloads the wall reloaded at every slide change. The guard remembers the
// build each reload was for (in localStorage: it outlives the page), notices on the next
// load that the page is still the old one, and spaces the next tries out.
export const FIRST_RETRY_MS = 5 * 60_000;
export const LONGEST_RETRY_MS = 2 * 3600_000;

/** What is kept across reloads, per wall page. */
export interface ReloadRecord {
  /** The build the last reload was for. */
  target: string;
  /** Reloads before this one that did not bring their new build. */
  misses: number;
  /** When the last reload was asked (ms since the epoch). */
  at: number;
}

/** How long to wait after `misses` reloads that did not bring the new build: 5, 10, 20… minutes, at most 2 hours. */
export function retryAfterMs(misses: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, misses - 1), LONGEST_RETRY_MS);
}

export function parseRecord(text: string | null): ReloadRecord | null {
  if (!text) return null;
  try {
    const r = JSON.parse(text) as Partial<ReloadRecord> | null;
    if (r && typeof r.target === 'string' && typeof r.misses === 'number' && typeof r.at === 'number') {
      return { target: r.target, misses: r.misses, at: r.at };
    }
  } catch {
    /* unreadable: as if nothing was kept */
  }
  return null;
}

export interface KeptValue {
  get(): string | null;
  set(value: string | null): void;
}

export interface ReloadGuard {
  /** The last reload did not bring the build it was for, and the wall is waiting to try again. */
  readonly held: boolean;
  /** Whether a reload into `id` may happen at `now`. */
  allows(id: string, now: number): boolean;
  /** Records a reload into `id` about to happen (nothing for a reload into the build on screen). */
  reloading(id: string, now: number): void;
  /** build.json agrees with the page again (a rollback): nothing is held. */
  settle(): void;
}

/** `onScreen`: the build of the page that just loaded; `kept`: where the record lives. */
export function createReloadGuard(onScreen: string, kept: KeptValue): ReloadGuard {
  let record = parseRecord(kept.get());
  // The reload brought its build: done.
  if (record && record.target === onScreen) {
    record = null;
    kept.set(null);
  }
  const missed = (): number => (record ? record.misses + 1 : 0);
  return {
    get held() {
      return record !== null;
    },
    allows(id, now) {
      if (!record || id === onScreen) return true;
      const wait = retryAfterMs(missed());
      // A clock set back (a kiosk without its time yet) must not hold the wall for ever.
      return now - record.at >= wait || now < record.at;
    },
    reloading(id, now) {
      if (id === onScreen) return;
      record = { target: id, misses: missed(), at: now };
      kept.set(JSON.stringify(record));
    },
    settle() {
      if (!record) return;
      record = null;
      kept.set(null);
    },
  };
}

/** localStorage under `key`, or a plain variable where storage is refused (then the guard lasts one page). */
export function keptValue(key: string): KeptValue {
  let memory: string | null = null;
  return {
    get() {
      try {
        return localStorage.getItem(key);
      } catch {
        return memory;
      }
    },
    set(value) {
      try {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      } catch {
        memory = value;
      }
    },
  };
}
