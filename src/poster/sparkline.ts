// A small trend drawn on the server as SVG geometry: the printed page needs no script
// and no chart library to show it, and it is fully drawn before the capture.

export interface Sparkline {
  /** `M x y L x y …` through every point. */
  d: string;
  points: { x: number; y: number; value: number }[];
  width: number;
  height: number;
}

/**
 * Points of `values` (oldest first) in a `width` × `height` box with `pad` inside. The
 * vertical range is at least `minRange` so that a change of one point does not look
 * like a cliff; a single value is a dot in the middle.
 */
export function sparkline(values: readonly number[], width = 120, height = 36, pad = 4, minRange = 10): Sparkline {
  const n = values.length;
  if (n === 0) return { d: '', points: [], width, height };
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const range = Math.max(hi - lo, minRange);
  const mid = (lo + hi) / 2;
  const bottom = mid - range / 2;
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const round = (x: number): number => Math.round(x * 100) / 100;
  const points = values.map((value, i) => ({
    x: round(n === 1 ? width / 2 : pad + (innerW * i) / (n - 1)),
    y: round(pad + innerH - ((value - bottom) / range) * innerH),
    value,
  }));
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  return { d, points, width, height };
}
