// Against burn-in on TVs left on for months: static elements (header, footer) drift
// by a few pixels every few minutes, and the night clock wanders slowly over the
// middle of the screen. Both follow slow periodic paths, so nothing ever stays put
// and nothing jumps far enough to be noticed.
export const SHIFT_EVERY_MINUTES = 3;
export const SHIFT_MAX_PX = 3;

/** Pixel offset of static elements at step `k` (one step per SHIFT_EVERY_MINUTES). */
export function staticShift(k: number): { x: number; y: number } {
  const x = Math.round(SHIFT_MAX_PX * Math.sin((2 * Math.PI * k) / 7));
  const y = Math.round(SHIFT_MAX_PX * Math.sin((2 * Math.PI * k) / 5 + 1));
  return { x: x === 0 ? 0 : x, y: y === 0 ? 0 : y };
}

/**
 * Offset of the night clock from the centre at minute `k`, in percent of the viewport
 * (within ±30 % across, ±25 % down): about 2 % a minute, back to its start only after days.
 */
export function clockSpot(k: number): { x: number; y: number } {
  const r = (v: number): number => Math.round(v * 10) / 10;
  return { x: r(30 * Math.sin((2 * Math.PI * k) / 97)), y: r(25 * Math.sin((2 * Math.PI * k) / 71)) };
}
