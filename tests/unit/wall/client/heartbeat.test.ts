import { describe, expect, it } from 'vitest';
import { createHeartbeat, heartbeatUrl } from '../../../../src/wall/client/heartbeat.ts';

describe('heartbeat', () => {
  it('adds status, screen and build, keeping what the address already says (Uptime Kuma’s status=up)', () => {
    expect(heartbeatUrl('https://hc-ping.com/abc', 'lyon', 'b1')).toBe('https://hc-ping.com/abc?status=on&screen=lyon&build=b1');
    expect(heartbeatUrl('https://kuma.example/api/push/T0k?status=up&msg=OK', 'default', 'b2')).toBe('https://kuma.example/api/push/T0k?status=up&msg=OK&screen=default&build=b2');
  });

  it('beats at once when on, then every `minutes`, never while off, and at once again on waking', () => {
    const sent: number[] = [];
    let now = 0;
    const beat = createHeartbeat({ url: 'https://x.example/p', minutes: 5 }, 's', 'b', () => sent.push(now));
    const minute = 60_000;
    for (; now <= 20 * minute; now += minute) beat.tick(now, now < 12 * minute || now >= 17 * minute);
    // On 0–11 min: 0, 5, 10; off 12–16; on again from 17: 17 at once (the next, 22, is past the end).
    expect(sent.map((t) => t / minute)).toEqual([0, 5, 10, 17]);
    expect(beat.sent).toBe(4);
  });

  it('does nothing without a heartbeat', () => {
    const sent: string[] = [];
    const beat = createHeartbeat(null, 's', 'b', (u) => sent.push(u));
    beat.tick(0, true);
    expect(sent).toEqual([]);
  });
});
