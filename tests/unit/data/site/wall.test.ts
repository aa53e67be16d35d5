import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../../../src/data/diagnostics.ts';
import { loadSite } from '../../../../src/data/site/read.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function load(yaml: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'miroir-wall-keys-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'site.yaml'), `organisation: Test\nlocale: en\n${yaml}`);
  const diags = new Diagnostics();
  const site = loadSite(dir, diags);
  return { site, en: diags.sorted().map((d) => formatDiagnostic(d, 'en').replace(/^.*?site\.yaml/, 'site.yaml')) };
}

describe('wall.slides day-parts', () => {
  it('reads { slide, hours, days } beside plain ids, and screens inherit them unless they set their own slides', () => {
    const { site, en } = load(
      [
        'wall:',
        '  slides: [verbatims, { slide: barometer, hours: "11:30-14:00", days: [mon, fri] }, { slide: mirror, days: lun-mer }, actions]',
        'screens:',
        '  - { id: a, title: A }',
        '  - { id: b, title: B, slides: [verbatims, barometer] }',
        '',
      ].join('\n'),
    );
    expect(en).toEqual([]);
    // 11:30 = 690 min, 14:00 = 840 min.
    const parts = { barometer: { hours: { start: 690, end: 840, text: '11:30-14:00' }, days: ['mon', 'fri'] }, mirror: { days: ['mon', 'tue', 'wed'] } };
    expect(site!.wall).toEqual({ slide_seconds: 20, slides: ['verbatims', 'barometer', 'mirror', 'actions'], dayparts: parts });
    expect(site!.screens[0]!.dayparts).toEqual(parts);
    expect(site!.screens[1]!.dayparts).toBeUndefined();
  });

  it('reports a bad day-part at its value, a misspelt key once, a missing slide, and a slide listed twice', () => {
    const bad = load('wall:\n  slides:\n    - { slide: barometer, hours: "25:00-14:00" }\n    - { slid: mirror }\n    - { days: [mon] }\n');
    expect(bad.en).toEqual([
      'site.yaml:5:34: error: “hours”: “25:00” is not a valid time. Write a time between 00:00 and 23:59 (24:00 is allowed as the end).',
      'site.yaml:6:15: error: unknown key “slid”. Did you mean “slide”?',
      'site.yaml:7:7: error: the key “slide” is required here. Add the line “slide: …” with its value (see the README).',
    ]);
    expect(load('wall:\n  slides: [{ slide: barometer, days: [mon] }, barometer]\n').en).toEqual([
      'site.yaml:4:47: error: “barometer” is listed twice in “slides”. List each value once.',
    ]);
  });
});

describe('wall.heartbeat', () => {
  it('takes an https address, minutes defaulting to 5, and a screen inherits it', () => {
    const { site, en } = load('wall:\n  heartbeat: { url: "https://status.example/api/push/abc?status=up" }\nscreens:\n  - { id: a, title: A, heartbeat: { url: "http://localhost:3001/api/push/x?status=up", minutes: 2 } }\n  - { id: b, title: B }\n');
    expect(en).toEqual([]);
    expect(site!.wall.heartbeat).toEqual({ url: 'https://status.example/api/push/abc?status=up', minutes: 5 });
    expect(site!.screens.map((s) => s.heartbeat)).toEqual([
      { url: 'http://localhost:3001/api/push/x?status=up', minutes: 2 },
      { url: 'https://status.example/api/push/abc?status=up', minutes: 5 },
    ]);
  });

  it('refuses plain http off this machine, and minutes out of range', () => {
    const { en } = load('wall:\n  heartbeat: { url: "http://status.example/push", minutes: 0 }\n');
    expect(en).toEqual([
      'site.yaml:4:21: error: “heartbeat”: “http://status.example/push” must be a full https:// address (http:// only for localhost). Copy the one your uptime monitor gives you, or remove the line if you have none.',
      'site.yaml:4:60: error: “minutes” must be between 1 and 1440 (found: 0). Write a number from 1 to 1440.',
    ]);
  });
});

describe('wall.heartbeat pointed at Uptime Kuma', () => {
  const kuma = 'https://status.example/api/push/Ab12Cd34';

  it('warns at the address when a push URL lacks status=up, for the wall and for each screen', () => {
    const { site, en } = load(
      [
        'wall:',
        `  heartbeat: { url: "${kuma}" }`,
        'screens:',
        `  - { id: lyon, title: Lyon, heartbeat: { url: "${kuma}?status=down" } }`,
        `  - { id: lille, title: Lille, heartbeat: { url: "${kuma}?status=up&msg=OK&ping=" } }`,
        '',
      ].join('\n'),
    );
    // A warning, not an error: the site is still read (line 4 = the wall's URL, 6 = Lyon's).
    expect(site?.wall.heartbeat?.url).toBe(kuma);
    expect(en).toEqual([
      `site.yaml:4:21: warning: “${kuma}” is an Uptime Kuma push address without “?status=up”: Uptime Kuma would count every beat of the screen as an outage. Copy the whole address Uptime Kuma gives, which ends in “?status=up&msg=OK&ping=”, or add “?status=up” at its end.`,
      `site.yaml:6:48: warning: “${kuma}?status=down” is an Uptime Kuma push address without “?status=up”: Uptime Kuma would count every beat of the screen as an outage. Copy the whole address Uptime Kuma gives, which ends in “?status=up&msg=OK&ping=”, or add “?status=up” at its end.`,
    ]);
  });

  it('says nothing of a healthchecks.io address, which takes any query', () => {
    expect(load('wall:\n  heartbeat: { url: "https://hc-ping.com/5c0e1f8a-0f32-4c8e-9d4b-3b2f1c7e2a10" }\n').en).toEqual([]);
  });
});
