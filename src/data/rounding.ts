/** Rounds to the nearest integer, halves away from zero (the contract's rule; Math.round rounds −2.5 to −2). */
export function roundHalfAway(x: number): number {
  // The epsilon absorbs binary noise such as 100 × 0.285 = 28.499999999999996.
  const r = Math.round(Math.abs(x) + 1e-9);
  return x < 0 ? -r : r;
}

/** Integer percentage of `part` in `whole`, or null when `whole` is 0. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? roundHalfAway((100 * part) / whole) : null;
}
