// One pending timeout per job. Setting a slot replaces what it held, so a job can
// never end up scheduled twice, and stopping the wall clears everything it started:
// weeks on a kiosk leave no stray timer behind.
export interface Slot {
  /** Runs `fn` once after `ms`, cancelling whatever the slot held. */
  set(fn: () => void, ms: number): void;
  clear(): void;
  readonly pending: boolean;
  /** When the pending job runs (ms since the epoch, by the page's clock), or null. */
  readonly due: number | null;
}

export interface Slots {
  slot(): Slot;
  clearAll(): void;
}

export function createSlots(): Slots {
  const all: Slot[] = [];
  return {
    slot() {
      let id: ReturnType<typeof setTimeout> | undefined;
      let due: number | null = null;
      const s: Slot = {
        set(fn, ms) {
          if (id !== undefined) clearTimeout(id);
          due = Date.now() + ms;
          id = setTimeout(() => {
            id = undefined;
            due = null;
            fn();
          }, ms);
        },
        clear() {
          if (id !== undefined) clearTimeout(id);
          id = undefined;
          due = null;
        },
        get pending() {
          return id !== undefined;
        },
        get due() {
          return due;
        },
      };
      all.push(s);
      return s;
    },
    clearAll() {
      for (const s of all) s.clear();
    },
  };
}
