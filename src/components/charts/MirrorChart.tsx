// The mirror: employees' figures (accent) and customers' figures (second colour) of
// the same waves on one chart. See LineChart for how it is drawn.
import LineChart, { type LineChartProps } from './LineChart.tsx';

export default function MirrorChart(props: LineChartProps) {
  return <LineChart {...props} />;
}
