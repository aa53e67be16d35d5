// wall.heartbeat: while the screen is on and online, one request to the uptime
// monitor every `minutes`, so a screen that dies (power, browser, network) raises an
// alert; nothing while dark, so a screen asleep at night is never an outage. The
// request is a plain no-cors GET (the monitor's answer is never read) that the page's
// Content-Security-Policy allows for that origin only (Wall.astro).

export interface HeartbeatConfig {
  url: string;
  minutes: number;
}

/**
 * The address with `status=on`, `screen` and `build` added. A parameter the address
 * already sets is kept: Uptime Kuma reads `status` as up only when it is `up`, so its
 * push URL carries `?status=up` and that must win.
 */
export function heartbeatUrl(url: string, screen: string, build: string): string {
  const u = new URL(url);
  for (const [k, v] of [['status', 'on'], ['screen', screen], ['build', build]] as const) {
    if (!u.searchParams.has(k)) u.searchParams.append(k, v);
  }
  return u.href;
}

export interface Heartbeat {
  /** Called every minute: sends when on, online and due. */
  tick(nowMs: number, on: boolean): void;
  readonly sent: number;
}

export function createHeartbeat(cfg: HeartbeatConfig | null, screen: string, build: string, send: (url: string) => void = beat): Heartbeat {
  let last: number | null = null;
  let sent = 0;
  const url = cfg ? heartbeatUrl(cfg.url, screen, build) : '';
  // Minute ticks drift by a few milliseconds: a beat a second early is still on time.
  const period = cfg ? cfg.minutes * 60_000 - 1000 : Infinity;
  return {
    tick(nowMs, on) {
      if (!cfg) return;
      if (!on) {
        // The first beat after waking up goes at once: the monitor sees the screen back.
        last = null;
        return;
      }
      if (last !== null && nowMs - last < period) return;
      last = nowMs;
      sent += 1;
      send(url);
    },
    get sent() {
      return sent;
    },
  };
}

function beat(url: string): void {
  fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', keepalive: true }).catch(() => undefined);
}
