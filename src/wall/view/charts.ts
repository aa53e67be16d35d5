// What the wall's charts draw, worked out on the server: series per wave, their end
// labels already formatted in the locale, and a y range in round tens.
import type { Locale, Wave } from '../../model.ts';
import { formatter } from '../../words/format.ts';
import { LABELS } from '../../words/labels.ts';

export type Tone = 'accent' | 'customer';

export interface LineSeries {
  name: string;
  values: (number | null)[];
  tone: Tone;
  /** Secondary series: thinner and dashed, in the same colour as its primary. */
  dashed?: boolean;
  /** Written at the end of the line, e.g. `71 %`; already formatted by the page. */
  endLabel?: string;
}

/** What a chart on the wall draws; sent to the browser as JSON (see chartJson). */
export interface LineChartProps {
  /** One label per wave (x axis). */
  labels: string[];
  series: LineSeries[];
  min: number;
  max: number;
  /** Distance between two y ticks. */
  step: number;
  /** Text alternative of the whole chart. */
  label: string;
}

/**
 * The chart as JSON to sit in a `<script type="application/json">` block: every `<` is
 * escaped so no text in the data (a wave id, a label) can close the block early.
 */
export function chartJson(props: LineChartProps): string {
  return JSON.stringify(props).replace(/</g, '\\u003c');
}

/**
 * A y range with a little air around the values, on a round step (10, 20 or 50, at
 * most six ticks), within −100..100, and not below 0 when no value is negative.
 */
export function axisRange(values: readonly (number | null)[]): { min: number; max: number; step: number } {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length === 0) return { min: 0, max: 100, step: 20 };
  const lo = Math.min(...xs) - 5;
  const hi = Math.max(...xs) + 5;
  const step = [10, 20, 50].find((s) => Math.ceil(hi / s) - Math.floor(lo / s) <= 5) ?? 50;
  let min = Math.max(-100, Math.floor(lo / step) * step);
  if (lo + 5 >= 0 && min < 0) min = 0;
  const max = Math.min(100, Math.ceil(hi / step) * step);
  return { min, max, step };
}

type Metric = 'engagement' | 'enps' | 'csat' | 'nps' | 'participation';

const valueOf = (w: Wave, m: Metric): number | null =>
  m === 'csat' || m === 'nps' ? (w.customer[m] ?? null) : m === 'engagement' ? w.engagement : m === 'enps' ? w.enps : w.participation;

const isPercent = (m: Metric): boolean => m === 'engagement' || m === 'csat' || m === 'participation';

/** A series for each metric that at least one wave has, with its last value written out. */
export function chartOf(
  waves: readonly Wave[],
  metrics: readonly { metric: Metric; tone: LineSeries['tone']; dashed?: boolean }[],
  locale: Locale,
  what: string,
): LineChartProps {
  const fmt = formatter(locale);
  const L = LABELS[locale].wall;
  const series: LineSeries[] = [];
  for (const { metric, tone, dashed } of metrics) {
    const values = waves.map((w) => valueOf(w, metric));
    const last = values.filter((v): v is number => v !== null).at(-1);
    if (last === undefined) continue;
    const endLabel = isPercent(metric) ? fmt.percent(last) : fmt.signed(last);
    series.push({ name: L.series[metric], values, tone, ...(dashed ? { dashed } : {}), endLabel });
  }
  return { labels: waves.map((w) => w.id), series, ...axisRange(series.flatMap((s) => s.values)), label: L.chartOf(what) };
}
