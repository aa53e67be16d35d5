import { describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_WORDS } from '../../../src/words/field.ts';

describe('an announcement’s end, as the slide writes it', () => {
  it('says the hour the French way, bound to its number, and the minutes only when there are some', () => {
    const until = ANNOUNCEMENT_WORDS.fr.until;
    expect(until('2026-12-24T16:00')).toBe('Jusqu’au 24 déc. 2026 à 16\u00a0h');
    expect(until('2026-12-24T08:30')).toBe('Jusqu’au 24 déc. 2026 à 8\u00a0h\u00a030');
    // A whole day: the date alone.
    expect(until('2026-12-24T24:00')).toBe('Jusqu’au 24 déc. 2026');
  });

  it('keeps the 24-hour clock in English', () => {
    expect(ANNOUNCEMENT_WORDS.en.until('2026-12-24T16:00')).toMatch(/^Until 24 Dec 2026, 16:00$/);
  });
});
