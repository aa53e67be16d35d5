// Draws the wall's line charts, read from four metres: thick lines, large points, each
// line's last value written at its end (no legend to match colours against), no
// animation, no tooltip (nobody hovers a TV). The page renders each chart as a canvas
// beside a `<script type="application/json" data-chart>` block (see Chart.astro); this
// module, loaded once per page, draws each of them once. Only the Chart.js parts it
// uses are registered, so the rest is tree-shaken out of the bundle. The figures are
// also in the page as text: the canvas is a picture of them.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration, type Plugin } from 'chart.js';
import type { LineChartProps, LineSeries } from '../view/charts.ts';
import { DOM, sel } from '../../dom.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

interface Palette {
  accent: string;
  customer: string;
  text: string;
  muted: string;
  grid: string;
  bg: string;
  font: string;
}

function palette(el: HTMLElement): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  return {
    accent: v('--accent', '#e4572e'),
    customer: v('--customer', '#5ab8e6'),
    text: v('--text', '#f2f3f5'),
    muted: v('--muted', '#aab1bd'),
    grid: v('--grid', '#2c313c'),
    bg: v('--bg', '#0f1115'),
    font: css.fontFamily || 'sans-serif',
  };
}

/** Writes each series' end label right of its last point, nudged apart when two would overlap. */
function endLabels(series: LineSeries[], colours: string[], size: number): Plugin<'line'> {
  return {
    id: 'miroirEndLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const marks: { x: number; y: number; text: string; colour: string }[] = [];
      series.forEach((s, i) => {
        if (!s.endLabel) return;
        const meta = chart.getDatasetMeta(i);
        let last = -1;
        s.values.forEach((v, j) => {
          if (v !== null) last = j;
        });
        const point = last >= 0 ? meta.data[last] : undefined;
        if (!point) return;
        marks.push({ x: point.x, y: point.y, text: s.endLabel, colour: colours[i]! });
      });
      marks.sort((a, b) => a.y - b.y);
      const gap = size * 1.15;
      for (let i = 1; i < marks.length; i++) {
        const prev = marks[i - 1]!;
        if (marks[i]!.y - prev.y < gap) marks[i]!.y = prev.y + gap;
      }
      // If the nudging pushed the lowest label out of the chart, shift them all up.
      const bottom = chart.chartArea.bottom + size * 0.5;
      const over = marks.length ? marks.at(-1)!.y - bottom : 0;
      if (over > 0) for (const m of marks) m.y -= over;
      ctx.save();
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      for (const m of marks) {
        ctx.font = `700 ${size}px ${chart.options.font?.family ?? 'sans-serif'}`;
        ctx.fillStyle = m.colour;
        ctx.fillText(m.text, m.x + size * 0.6, m.y);
      }
      ctx.restore();
    },
  };
}

export function config(el: HTMLCanvasElement, props: LineChartProps): ChartConfiguration<'line'> {
  const p = palette(el);
  // Sizes follow the screen like the page's type (about 2.1 vmin for the axis text).
  const vmin = Math.min(window.innerWidth, window.innerHeight) / 100;
  const size = Math.max(12, Math.round(vmin * 2.1));
  const colours = props.series.map((s) => (s.tone === 'accent' ? p.accent : p.customer));
  const widest = Math.max(0, ...props.series.map((s) => (s.endLabel ?? '').length));
  // A short chart gets fewer y ticks: at least two lines of text between two of them.
  const room = Math.max(2, Math.floor((el.parentElement?.clientHeight ?? 400) / (size * 2.2)));
  const { min, max, step } = props;
  let every = step;
  while ((max - min) / every + 1 > room && every < max - min) every *= 2;
  return {
    type: 'line',
    data: {
      labels: props.labels,
      datasets: props.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        borderColor: colours[i],
        backgroundColor: colours[i],
        pointBackgroundColor: s.dashed ? p.bg : colours[i],
        pointBorderColor: colours[i],
        borderWidth: s.dashed ? vmin * 0.35 : vmin * 0.55,
        borderDash: s.dashed ? [vmin * 1.2, vmin * 0.8] : [],
        pointRadius: s.dashed ? vmin * 0.5 : vmin * 0.7,
        pointBorderWidth: vmin * 0.3,
        spanGaps: true,
        tension: 0,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      font: { family: p.font, size },
      layout: { padding: { top: size * 0.6, right: size * (0.9 + widest * 0.62), left: 0, bottom: 0 } },
      scales: {
        x: {
          grid: { display: false },
          border: { color: p.grid, width: Math.max(1, vmin * 0.15) },
          ticks: { color: p.muted, font: { family: p.font, size }, maxRotation: 0, autoSkip: true },
        },
        y: {
          min,
          max,
          grid: { color: p.grid, lineWidth: Math.max(1, vmin * 0.1) },
          border: { display: false },
          ticks: { color: p.muted, font: { family: p.font, size }, stepSize: step, padding: size * 0.4 },
          // Keep the labelled ticks on multiples of `every` (0, 40, 80…), the range unchanged.
          afterBuildTicks: (axis) => {
            const kept = axis.ticks.filter((t) => t.value % every === 0);
            if (kept.length >= 2) axis.ticks = kept;
          },
        },
      },
    },
    plugins: [endLabels(props.series, colours, size)],
  };
}

/** Canvases already given a chart: a chart is made once and lives as long as the page. */
const drawn = new WeakSet<HTMLCanvasElement>();

function drawAll(): void {
  for (const block of document.querySelectorAll<HTMLScriptElement>(`script[type="application/json"]${sel(DOM.chart)}`)) {
    const canvas = block.parentElement?.querySelector('canvas');
    if (!canvas || drawn.has(canvas)) continue;
    drawn.add(canvas);
    // Slides are only shown and hidden (data-active): Chart.js's responsive mode
    // resizes the chart when its box gets a size, so nothing is ever drawn again.
    new Chart(canvas, config(canvas, JSON.parse(block.textContent ?? '{}') as LineChartProps));
  }
}

// Draw once the page's font is there, so the canvas text matches the page. A new
// build reloads the page: the data never changes in place.
void document.fonts.ready.then(drawAll);
