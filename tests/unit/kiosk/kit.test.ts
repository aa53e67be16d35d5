import { describe, expect, it } from 'vitest';
import { calendarDays, CHROMIUM_FLAGS, kioskKit, tvCalendars } from '../../../src/kiosk/kit.ts';
import type { Screen } from '../../../src/model.ts';

const screen = (over: Partial<Screen>): Screen => ({ id: 'lyon', title: 'Accueil Lyon', slide_seconds: 20, slides: ['verbatims'], ...over });
// 07:30 = 450 min, 19:30 = 1170 min; 22:00 = 1320, 06:00 = 360.
const DAY = { start: 450, end: 1170, text: '07:30-19:30' };

describe('TV timers', () => {
  it('switch on and off at the hours, on weekdays only when the days skip the weekend', () => {
    expect(tvCalendars(screen({ hours: DAY, days: ['mon', 'tue', 'wed', 'thu', 'fri'] }), 'Europe/Paris')).toEqual({
      on: ['Mon..Fri *-*-* 07:30:00 Europe/Paris'],
      off: ['Mon..Fri *-*-* 19:30:00 Europe/Paris'],
    });
  });

  it('every day when no days are set, in the site’s zone', () => {
    expect(tvCalendars(screen({ hours: DAY }), 'America/Montreal')).toEqual({ on: ['*-*-* 07:30:00 America/Montreal'], off: ['*-*-* 19:30:00 America/Montreal'] });
  });

  it('an overnight range switches off the morning after each day it is on', () => {
    expect(tvCalendars(screen({ hours: { start: 1320, end: 360, text: '22:00-06:00' }, days: ['fri', 'sat'] }), 'Europe/Paris')).toEqual({
      on: ['Fri,Sat *-*-* 22:00:00 Europe/Paris'],
      off: ['Sat,Sun *-*-* 06:00:00 Europe/Paris'],
    });
    // 24:00 is midnight, the next day; Sunday's next day is Monday.
    expect(tvCalendars(screen({ hours: { start: 480, end: 1440, text: '08:00-24:00' }, days: ['sun'] }), 'UTC')!.off).toEqual(['Mon *-*-* 00:00:00 UTC']);
  });

  it('none without hours: the TV is never switched', () => {
    expect(tvCalendars(screen({ days: ['mon'] }), 'Europe/Paris')).toBeNull();
    expect(kioskKit({ screen: screen({}), timezone: 'Europe/Paris', url: 'https://x.example/wall/lyon/' }).map((f) => f.name)).not.toContain('miroir-tv-on.timer');
  });

  it('writes day lists as systemd does: runs with .., single days with commas', () => {
    expect(calendarDays(['mon', 'wed', 'thu', 'fri', 'sun'])).toBe('Mon,Wed..Fri,Sun');
    expect(calendarDays(['sat', 'sun'])).toBe('Sat,Sun');
    expect(calendarDays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).toBe('');
  });
});

describe('the launcher', () => {
  it('opens the screen’s address with the documented flags and a persistent profile', () => {
    const kit = kioskKit({ screen: screen({ hours: DAY }), timezone: 'Europe/Paris', url: "https://x.example/wall/l'yon/" });
    const launcher = kit.find((f) => f.name === 'miroir-kiosk')!;
    expect(launcher.executable).toBe(true);
    for (const flag of CHROMIUM_FLAGS) expect(launcher.text).toContain(`  ${flag} \\`);
    expect(launcher.text).toContain(`WALL_URL='https://x.example/wall/l'\\''yon/'`);
    expect(launcher.text).toContain('--user-data-dir="$PROFILE"');
    expect(launcher.text).not.toMatch(/^\s+--incognito/m);
  });
});
