// Calendar days as `YYYY-MM-DD` strings, the one form every date takes once read:
// the arithmetic every layer needs (freshness, « il y a 3 jours », overdue).

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
