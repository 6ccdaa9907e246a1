import { useComputedColorScheme } from '@mantine/core';
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { lineChartConfig, type LineSeries } from './line-chart-config';

export type { LineSeries } from './line-chart-config';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend);

/**
 * A line chart of series that were computed elsewhere: the chart never computes
 * business figures, it only draws them (and formats ticks with the given formatters).
 */
export function LineChart({ labels, series, ariaLabel, height = 220 }: { labels: string[]; series: LineSeries[]; ariaLabel: string; height?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scheme = useComputedColorScheme('light');

  useEffect(() => {
    if (!canvas.current) return;
    const colors = scheme === 'dark' ? { text: '#c9c9c9', grid: 'rgba(255,255,255,0.08)' } : { text: '#495057', grid: 'rgba(0,0,0,0.08)' };
    const chart = new Chart(canvas.current, lineChartConfig(labels, series, colors));
    return () => chart.destroy();
  }, [labels, series, scheme]);

  return (
    <div style={{ position: 'relative', height }}>
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
    </div>
  );
}
