// The wall runtime's pure logic (src/wall/client/*): hours in the site's zone, the
// daily reload's quiet hour, build.json and deploy checks, offline detection, burn-in
// drift, the settings block. The browser behaviour is in wall-runtime.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockSpot, staticShift } from '../../../../src/wall/client/burnin.ts';
import { configJson, readConfig, type WallRuntimeConfig } from '../../../../src/wall/client/config.ts';
import { checkBuild, pageAssets, pageBuildId, readBuildJson, stylesheetAssets, verifyBuild } from '../../../../src/wall/client/deploy.ts';
import { loadedFiles } from '../../../../src/wall/client/offline-cache.ts';
import { createConnectivity } from '../../../../src/wall/client/offline.ts';
import { createRotation, wrapIndex } from '../../../../src/wall/client/rotation.ts';
import { isOpen, isOpenAt, localTime, msToNextMinute, quietHour, safetyReloadDue } from '../../../../src/wall/client/schedule.ts';
import { createSlots } from '../../../../src/wall/client/timers.ts';

const PARIS = 'Europe/Paris';
// 07:30-19:30 as the model parses it: 7×60+30 = 450, 19×60+30 = 1170.
const DAY_HOURS = { start: 450, end: 1170 };

describe('schedule: opening hours in the site time zone', () => {
  it('reads the local weekday and time in the site zone, not the machine zone', () => {
    // 2026-11-24 is a Tuesday; Paris is UTC+1 in November: 06:29:59Z = 07:29:59 local = 449 min.
    expect(localTime(new Date('2026-11-24T06:29:59Z'), PARIS)).toEqual({ weekday: 'tue', minutes: 449, seconds: 59 });
    // New York is UTC−5: 06:29:59Z = 01:29:59 = 89 min.
    expect(localTime(new Date('2026-11-24T06:29:59Z'), 'America/New_York')).toEqual({ weekday: 'tue', minutes: 89, seconds: 59 });
    // Just after midnight UTC on Tuesday is still Monday evening in New York (19:00 = 1140).
    expect(localTime(new Date('2026-11-24T00:00:00Z'), 'America/New_York')).toEqual({ weekday: 'mon', minutes: 1140, seconds: 0 });
  });

  it('opens at the start minute and closes at the end minute, winter and summer time', () => {
    const s = { hours: DAY_HOURS, timeZone: PARIS };
    expect(isOpen(new Date('2026-11-24T06:29:59Z'), s)).toBe(false); // 07:29:59
    expect(isOpen(new Date('2026-11-24T06:30:00Z'), s)).toBe(true); // 07:30
    expect(isOpen(new Date('2026-11-24T18:29:59Z'), s)).toBe(true); // 19:29:59
    expect(isOpen(new Date('2026-11-24T18:30:00Z'), s)).toBe(false); // 19:30
    // July: UTC+2, so 05:30Z = 07:30 local.
    expect(isOpen(new Date('2026-07-01T05:29:00Z'), s)).toBe(false);
    expect(isOpen(new Date('2026-07-01T05:30:00Z'), s)).toBe(true);
    // The same instant in New York is 01:30: closed.
    expect(isOpen(new Date('2026-11-24T06:30:00Z'), { hours: DAY_HOURS, timeZone: 'America/New_York' })).toBe(false);
  });

  it('keeps the screen dark on days that are not listed, and on every day without hours when days are set', () => {
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
    // Saturday 2026-11-28, 10:00 local.
    expect(isOpen(new Date('2026-11-28T09:00:00Z'), { hours: DAY_HOURS, days: weekdays, timeZone: PARIS })).toBe(false);
    expect(isOpen(new Date('2026-11-27T09:00:00Z'), { hours: DAY_HOURS, days: weekdays, timeZone: PARIS })).toBe(true);
    expect(isOpen(new Date('2026-11-28T23:50:00Z'), { days: ['sun'], timeZone: PARIS })).toBe(true); // Sunday 00:50
    expect(isOpen(new Date('2026-11-28T22:50:00Z'), { days: ['sun'], timeZone: PARIS })).toBe(false); // Saturday 23:50
    expect(isOpen(new Date('2026-11-28T22:50:00Z'), { timeZone: PARIS })).toBe(true); // no hours, no days: always on
  });

  it('runs overnight ranges into the next morning, counted on the evening’s day', () => {
    // 22:00-06:00 = 1320..360, on Fridays only.
    const night = { hours: { start: 1320, end: 360 }, days: ['fri'] as const };
    expect(isOpenAt({ weekday: 'fri', minutes: 23 * 60 }, night)).toBe(true);
    expect(isOpenAt({ weekday: 'sat', minutes: 5 * 60 }, night)).toBe(true);
    expect(isOpenAt({ weekday: 'sat', minutes: 6 * 60 }, night)).toBe(false);
    expect(isOpenAt({ weekday: 'sat', minutes: 23 * 60 }, night)).toBe(false);
    expect(isOpenAt({ weekday: 'fri', minutes: 5 * 60 }, night)).toBe(false); // Thursday night is not on
    expect(isOpenAt({ weekday: 'fri', minutes: 12 * 60 }, night)).toBe(false);
    // 07:30-24:00: open at 23:59.
    expect(isOpenAt({ weekday: 'mon', minutes: 1439 }, { hours: { start: 450, end: 1440 } })).toBe(true);
  });

  it('wakes on the next local minute', () => {
    // 59.250 s into the minute: 60 000 − 59 250 = 750 ms, floored at 1 s so a timer never spins.
    expect(msToNextMinute(new Date('2026-11-24T06:29:59.250Z'), PARIS)).toBe(1000);
    expect(msToNextMinute(new Date('2026-11-24T06:29:30.250Z'), PARIS)).toBe(29_750);
    expect(msToNextMinute(new Date('2026-11-24T06:30:00.000Z'), PARIS)).toBe(60_000);
  });
});

describe('schedule: the daily safety reload', () => {
  it('picks 03:00, or the nearest hour closed every day', () => {
    expect(quietHour({})).toBe(3);
    expect(quietHour({ hours: DAY_HOURS })).toBe(3);
    // 02:00-23:00: 3, 4, 2, 5 are open; 01:00-02:00 is closed.
    expect(quietHour({ hours: { start: 120, end: 1380 } })).toBe(1);
    // 22:00-06:00 overnight: candidates 3, 4, 2, 5, 1, 0, 23, 22 are open; 06:00-07:00 is closed.
    expect(quietHour({ hours: { start: 1320, end: 360 } })).toBe(6);
    // 00:00-24:00 never closes: 03:00 anyway.
    expect(quietHour({ hours: { start: 0, end: 1440 } })).toBe(3);
  });

  it('is due from the screen’s own minute to the end of the quiet hour, after two hours up', () => {
    const twoHours = 2 * 3600_000;
    expect(safetyReloadDue(3 * 60 + 9, 3, 10, twoHours)).toBe(false);
    expect(safetyReloadDue(3 * 60 + 10, 3, 10, twoHours)).toBe(true);
    expect(safetyReloadDue(3 * 60 + 59, 3, 10, twoHours)).toBe(true);
    expect(safetyReloadDue(4 * 60, 3, 10, twoHours)).toBe(false);
    expect(safetyReloadDue(3 * 60 + 30, 3, 10, twoHours - 1)).toBe(false);
  });
});

describe('config: the settings block', () => {
  const config: WallRuntimeConfig = {
    buildId: 'b1</script><script>alert(1)</script>',
    screen: 'lyon',
    slideSeconds: 15,
    hours: DAY_HOURS,
    days: ['mon', 'tue'],
    timezone: PARIS,
    locale: 'fr',
    base: '/miroir',
    dataDate: '2026-11-24',
    dayparts: { barometer: { hours: { start: 690, end: 840 }, days: ['mon', 'fri'] } },
    announcements: [{ id: 'noel', start: '2026-12-20T08:00', end: '2026-12-24T16:00', urgent: true }],
    heartbeat: { url: 'https://status.example/api/push/abc?status=up', minutes: 5 },
  };

  it('round-trips through JSON that cannot close its <script> element', () => {
    const json = configJson(config);
    expect(json).not.toContain('</');
    expect(readConfig(json)).toEqual({ ...config, base: '/miroir/' });
  });

  it('refuses a missing or broken block and falls back to defaults for bad values', () => {
    expect(readConfig(null)).toBeNull();
    expect(readConfig('{')).toBeNull();
    expect(readConfig('{"slideSeconds": 10}')).toBeNull();
    expect(readConfig('{"buildId":"x","slideSeconds":3,"hours":{"start":450,"end":450},"days":["mon","lundi"],"base":"http://evil/","locale":"de"}')).toEqual({
      buildId: 'x',
      screen: 'default',
      slideSeconds: 20,
      hours: null,
      days: ['mon'],
      timezone: PARIS,
      locale: 'fr',
      base: '/',
      dataDate: '',
      dayparts: {},
      announcements: [],
      heartbeat: null,
    });
  });
});

describe('deploy: build.json and whole builds', () => {
  it('accepts only a 200 with a non-empty string id', () => {
    expect(readBuildJson(200, '{"id":"abc","generated_at":"2026-11-24T08:00:00Z"}')).toEqual({ ok: true, id: 'abc' });
    expect(readBuildJson(503, '{"id":"abc"}')).toEqual({ ok: false, reason: 'status' });
    expect(readBuildJson(404, '')).toEqual({ ok: false, reason: 'status' });
    expect(readBuildJson(200, '<!doctype html><title>503</title>')).toEqual({ ok: false, reason: 'invalid' });
    expect(readBuildJson(200, '{"id":""}')).toEqual({ ok: false, reason: 'invalid' });
    expect(readBuildJson(200, '{"id":3}')).toEqual({ ok: false, reason: 'invalid' });
    expect(readBuildJson(200, 'null')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('checks without the HTTP cache and turns failures and silence into results', async () => {
    const seen: RequestInit[] = [];
    const ok = await checkBuild('http://h/build.json', async (_u, init) => {
      seen.push(init ?? {});
      return new Response('{"id":"n2"}', { status: 200 });
    });
    expect(ok).toEqual({ ok: true, id: 'n2' });
    expect(seen[0]?.cache).toBe('no-store');
    expect(await checkBuild('http://h/build.json', () => Promise.reject(new TypeError('Failed to fetch')))).toEqual({ ok: false, reason: 'network' });
    expect(await checkBuild('http://h/build.json', async () => new Response('down', { status: 503 }))).toEqual({ ok: false, reason: 'status' });
    const silent = (_u: string, init?: RequestInit): Promise<Response> =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await checkBuild('http://h/build.json', silent, 20)).toEqual({ ok: false, reason: 'network' });
  });

  const PAGE = 'http://h/wall/';
  const HTML = [
    '<!doctype html><html><head>',
    '<link rel="stylesheet" href="/_astro/wall.A1.css">',
    '<link rel=icon href=favicon.svg>',
    "<link href='/wall/theme.css' rel='stylesheet'>",
    '<link rel="canonical" href="/elsewhere/">',
    '<script type="module" src="/_astro/main.B2.js"></script>',
    '</head><body>',
    '<img alt="" src="/brand/logo.svg"><img src="https://cdn.example/x.png"><img src="data:image/png;base64,AA">',
    '<a href="/poster/">poster</a>',
    '<script type="application/json" id="miroir-wall">{"buildId":"n2","slideSeconds":20}</script>',
    '</body></html>',
  ].join('\n');

  it('lists the same-origin files a page loads, not its links or other origins', () => {
    expect(pageAssets(HTML, PAGE)).toEqual([
      'http://h/_astro/wall.A1.css',
      'http://h/wall/favicon.svg',
      'http://h/wall/theme.css',
      'http://h/_astro/main.B2.js',
      'http://h/brand/logo.svg',
    ]);
    const css = "@font-face{src:url(/_astro/font.C3.woff2) format('woff2')}.a{background:url(\"img/bg.png\")}.b{background:url(data:image/png;base64,AA)}.c{background:url(https://cdn.example/y.png)}";
    expect(stylesheetAssets(css, 'http://h/_astro/wall.A1.css')).toEqual(['http://h/_astro/font.C3.woff2', 'http://h/_astro/img/bg.png']);
    expect(pageBuildId(HTML)).toBe('n2');
    expect(pageBuildId('<html></html>')).toBeNull();
  });

  function site(files: Record<string, [number, string]>) {
    const asked: string[] = [];
    const fetchFn = async (url: string): Promise<Response> => {
      asked.push(url);
      const [status, body] = files[url] ?? [404, 'Not found'];
      return new Response(body, { status });
    };
    return { asked, fetchFn };
  }

  const WHOLE: Record<string, [number, string]> = {
    [PAGE]: [200, HTML],
    'http://h/_astro/wall.A1.css': [200, '@font-face{src:url(/_astro/font.C3.woff2)}'],
    'http://h/_astro/font.C3.woff2': [200, 'wOF2'],
    'http://h/wall/favicon.svg': [200, '<svg/>'],
    'http://h/wall/theme.css': [200, ':root{}'],
    'http://h/_astro/main.B2.js': [200, 'void 0'],
    'http://h/brand/logo.svg': [200, '<svg/>'],
  };

  it('accepts a build only when its page and every file (fonts included) answer 200', async () => {
    const whole = site(WHOLE);
    expect(await verifyBuild(PAGE, 'n2', whole.fetchFn)).toBe(true);
    expect(whole.asked).toEqual([PAGE, ...pageAssets(HTML, PAGE), 'http://h/_astro/font.C3.woff2']);

    const noFont = site({ ...WHOLE, 'http://h/_astro/font.C3.woff2': [404, 'Not found'] });
    expect(await verifyBuild(PAGE, 'n2', noFont.fetchFn)).toBe(false);
    // The page still belongs to the previous build (build.json was copied first).
    expect(await verifyBuild(PAGE, 'n3', site(WHOLE).fetchFn)).toBe(false);
    expect(await verifyBuild(PAGE, 'n2', site({ ...WHOLE, [PAGE]: [503, 'Service Unavailable'] }).fetchFn)).toBe(false);
    expect(await verifyBuild(PAGE, 'n2', () => Promise.reject(new TypeError('Failed to fetch')))).toBe(false);
  });
});

describe('offline: the strip after two failed checks', () => {
  it('shows after the second failure in a row, retries sooner, and hides on the first success', () => {
    const c = createConnectivity();
    expect([c.offline, c.nextCheckMs]).toEqual([false, 60_000]);
    expect(c.record(false)).toBe(false);
    expect(c.nextCheckMs).toBe(15_000);
    expect(c.record(false)).toBe(true);
    expect(c.record(false)).toBe(true);
    expect(c.record(true)).toBe(false);
    expect([c.offline, c.nextCheckMs]).toEqual([false, 60_000]);
  });
});

describe('burn-in drift', () => {
  it('moves static elements by at most 3 px, through many positions', () => {
    // k = 0: x = 3·sin 0 = 0, y = round(3·sin 1) = round(2.52) = 3.
    expect(staticShift(0)).toEqual({ x: 0, y: 3 });
    // k = 1: x = round(3·sin(2π/7)) = round(2.35) = 2; y = round(3·sin(2π/5 + 1)) = round(2.32) = 2.
    expect(staticShift(1)).toEqual({ x: 2, y: 2 });
    const spots = new Set<string>();
    for (let k = 0; k < 35; k++) {
      const { x, y } = staticShift(k);
      expect(Math.abs(x)).toBeLessThanOrEqual(3);
      expect(Math.abs(y)).toBeLessThanOrEqual(3);
      spots.add(`${x},${y}`);
    }
    expect(spots.size).toBeGreaterThanOrEqual(10);
  });

  it('walks the night clock slowly over the middle of the screen', () => {
    expect(clockSpot(0)).toEqual({ x: 0, y: 0 });
    let prev = clockSpot(0);
    for (let k = 1; k < 24 * 60; k++) {
      const spot = clockSpot(k);
      expect(Math.abs(spot.x)).toBeLessThanOrEqual(30);
      expect(Math.abs(spot.y)).toBeLessThanOrEqual(25);
      // Largest step: 30·2π/97 ≈ 1.94 % a minute (plus rounding to 0.1).
      expect(Math.abs(spot.x - prev.x)).toBeLessThanOrEqual(2.05);
      expect(Math.abs(spot.y - prev.y)).toBeLessThanOrEqual(2.3);
      prev = spot;
    }
  });
});

describe('offline cache: the files a page loaded', () => {
  it('keeps same-origin files under the base, drops fetches, other origins and the worker itself', () => {
    const entries = [
      { name: 'http://h/m/_astro/main.B2.js', initiatorType: 'script' },
      { name: 'http://h/m/_astro/font.C3.woff2', initiatorType: 'css' },
      { name: 'http://h/m/_astro/font.C3.woff2#x', initiatorType: 'css' },
      { name: 'http://h/m/build.json', initiatorType: 'fetch' },
      { name: 'http://h/m/sw.js', initiatorType: 'other' },
      { name: 'http://h/other/x.js', initiatorType: 'script' },
      { name: 'https://cdn.example/x.js', initiatorType: 'script' },
      { name: 'http://h/m/brand/logo.svg', initiatorType: 'img' },
    ];
    expect(loadedFiles(entries, 'http://h', '/m/')).toEqual(['http://h/m/_astro/main.B2.js', 'http://h/m/_astro/font.C3.woff2', 'http://h/m/brand/logo.svg']);
  });
});

describe('rotation and timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wraps indices both ways', () => {
    expect([wrapIndex(-1, 4), wrapIndex(4, 4), wrapIndex(5, 4), wrapIndex(2, 4), wrapIndex(0, 0)]).toEqual([3, 0, 1, 2, 0]);
  });

  it('holds one timer per slot, and clears them all', () => {
    vi.useFakeTimers();
    const slots = createSlots();
    const a = slots.slot();
    const b = slots.slot();
    const ran: string[] = [];
    a.set(() => ran.push('a1'), 1000);
    a.set(() => ran.push('a2'), 2000);
    b.set(() => ran.push('b'), 500);
    vi.advanceTimersByTime(1500);
    expect(ran).toEqual(['b']);
    expect([a.pending, b.pending]).toEqual([true, false]);
    // a was set at 0 for 2000 ms: due at 2000 by the (fake) clock; b has run.
    expect([a.due, b.due]).toEqual([Date.now() + 500, null]);
    slots.clearAll();
    expect(a.due).toBeNull();
    vi.advanceTimersByTime(5000);
    expect(ran).toEqual(['b']);
    expect(vi.getTimerCount()).toBe(0);
  });

  /** Just enough of an element for the rotation: attributes. */
  function fakeSection(slide: string, active = false) {
    const attrs = new Set<string>(active ? ['data-active'] : []);
    return {
      dataset: { slide },
      hasAttribute: (n: string) => attrs.has(n),
      setAttribute: (n: string) => void attrs.add(n),
      removeAttribute: (n: string) => void attrs.delete(n),
    } as unknown as HTMLElement;
  }

  it('moves data-active every slide, wraps, pauses, and lets a pending reload take the turn', () => {
    vi.useFakeTimers();
    const sections = ['verbatims', 'verbatims', 'barometer', 'actions'].map((s, i) => fakeSection(s, i === 0));
    const active = (): number[] => sections.flatMap((s, i) => (s.hasAttribute('data-active') ? [i] : []));
    let takeOver = false;
    const r = createRotation({ sections, progress: null, slideMs: 20_000, slot: createSlots().slot(), reducedMotion: () => false, onTurn: () => takeOver });
    r.start();
    expect(active()).toEqual([0]);
    vi.advanceTimersByTime(19_999);
    expect(active()).toEqual([0]);
    vi.advanceTimersByTime(1);
    expect(active()).toEqual([1]);
    vi.advanceTimersByTime(3 * 20_000);
    expect(active()).toEqual([0]);
    r.show(-1);
    expect([r.index, active()]).toEqual([3, [3]]);
    takeOver = true;
    vi.advanceTimersByTime(20_000);
    expect(active()).toEqual([3]);
    r.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
