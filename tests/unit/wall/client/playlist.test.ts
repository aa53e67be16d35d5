import { describe, expect, it } from 'vitest';
import { nextIndex, playlistAt, type SectionMeta } from '../../../../src/wall/client/playlist.ts';

const SECTIONS: SectionMeta[] = [
  { slide: 'verbatims' },
  { slide: 'barometer' },
  { slide: 'actions' },
  { slide: 'announcement', announcement: 'a' },
  { slide: 'announcement', announcement: 'u' },
];
const WINDOWS = [
  { id: 'a', start: '2026-11-24T09:00', end: '2026-11-24T17:00', urgent: false },
  { id: 'u', start: '2026-11-24T10:00', end: '2026-11-24T10:30', urgent: true },
];
// barometer 11:30-14:00 (690-840 min), actions on Mondays only.
const PARTS = { barometer: { hours: { start: 690, end: 840 }, days: null }, actions: { hours: null, days: ['mon' as const] } };
const at = (weekday: 'mon' | 'tue', hm: string, day = '2026-11-24') => ({ weekday, minutes: Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3)), stamp: `${day}T${hm}` });

describe('playlistAt', () => {
  it('keeps slides inside their day-part and announcements between start and end (end excluded)', () => {
    expect(playlistAt(SECTIONS, PARTS, WINDOWS, at('tue', '08:59'))).toEqual({ regular: [0], urgent: [] });
    expect(playlistAt(SECTIONS, PARTS, WINDOWS, at('tue', '10:15'))).toEqual({ regular: [0, 3], urgent: [4] });
    expect(playlistAt(SECTIONS, PARTS, WINDOWS, at('tue', '10:30'))).toEqual({ regular: [0, 3], urgent: [] });
    expect(playlistAt(SECTIONS, PARTS, WINDOWS, at('mon', '12:00', '2026-11-23'))).toEqual({ regular: [0, 1, 2], urgent: [] });
    expect(playlistAt(SECTIONS, PARTS, WINDOWS, at('tue', '17:00'))).toEqual({ regular: [0], urgent: [] });
  });

  it('is never empty: the verbatims stay when every slide is outside its day-part', () => {
    const parts = { ...PARTS, verbatims: { hours: { start: 0, end: 60 }, days: null } };
    expect(playlistAt(SECTIONS, parts, WINDOWS, at('tue', '08:00')).regular).toEqual([0]);
  });
});

describe('nextIndex', () => {
  it('alternates an urgent announcement with the slides, which go on where they were', () => {
    const pl = { regular: [0, 1, 2, 3], urgent: [4] };
    const cursor = { lastRegular: 0, urgentTurns: 0 };
    const seen: number[] = [];
    let i = 0;
    for (let k = 0; k < 8; k++) seen.push((i = nextIndex(i, pl, cursor)));
    expect(seen).toEqual([4, 1, 4, 2, 4, 3, 4, 0]);
  });
});
