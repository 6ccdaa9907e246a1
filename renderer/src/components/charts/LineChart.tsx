import { useComputedColorScheme } from '@mantine/core';
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { lineChartConfig, type LineAxis, type LineSeries } from './line-chart-config';

export type { LineAxis, LineSeries } from './line-chart-config';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

/**
 * A line chart of series that were computed elsewhere: the chart never computes
 * business figures, it only draws them (and formats ticks with the given formatters).
 */
export function LineChart({ x, series, ariaLabel, height = 220 }: { x: LineAxis; series: LineSeries[]; ariaLabel: string; height?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scheme = useComputedColorScheme('light');

  useEffect(() => {
    if (!canvas.current) return;
    const colors = scheme === 'dark' ? { text: '#c9c9c9', grid: 'rgba(255,255,255,0.08)' } : { text: '#495057', grid: 'rgba(0,0,0,0.08)' };
    const chart = new Chart(canvas.current, lineChartConfig(x, series, colors));
    return () => chart.destroy();
  }, [x, series, scheme]);

  return (
    <div style={{ position: 'relative', height }}>
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
    </div>
  );
}
