// The barometer's trend over every published wave (engagement and eNPS): an island,
// hydrated on load, drawn once. See LineChart for how it is drawn.
import LineChart, { type LineChartProps } from './LineChart.tsx';

export default function TrendChart(props: LineChartProps) {
  return <LineChart {...props} />;
}
