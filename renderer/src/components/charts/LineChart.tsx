import { useComputedColorScheme } from '@mantine/core';
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend);

export interface LineSeries {
  label: string;
  values: (number | null)[];
  color: string;
  /** Which y axis: left for counts, right for rates. */
  axis: 'left' | 'right';
  format: (value: number) => string;
}

/**
 * A line chart of series that were computed elsewhere: the chart never computes
 * business figures, it only draws them (and formats ticks with the given formatters).
 */
export function LineChart({ labels, series, ariaLabel, height = 220 }: { labels: string[]; series: LineSeries[]; ariaLabel: string; height?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scheme = useComputedColorScheme('light');

  useEffect(() => {
    if (!canvas.current) return;
    const text = scheme === 'dark' ? '#c9c9c9' : '#495057';
    const grid = scheme === 'dark' ? 'rgba(255,255,255,0.08)' : 'rgba(0,0,0,0.08)';
    const left = series.find((s) => s.axis === 'left');
    const right = series.find((s) => s.axis === 'right');
    const config: ChartConfiguration<'line'> = {
      type: 'line',
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          borderColor: s.color,
          backgroundColor: s.color,
          yAxisID: s.axis === 'left' ? 'y' : 'y1',
          tension: 0.2,
          spanGaps: true,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { labels: { color: text } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label}: ${series[item.datasetIndex]!.format(item.parsed.y ?? 0)}`,
            },
          },
        },
        scales: {
          x: { ticks: { color: text }, grid: { color: grid } },
          y: { display: Boolean(left), position: 'left', ticks: { color: text, callback: (v) => (left ? left.format(Number(v)) : String(v)) }, grid: { color: grid } },
          y1: { display: Boolean(right), position: 'right', ticks: { color: text, callback: (v) => (right ? right.format(Number(v)) : String(v)) }, grid: { drawOnChartArea: false } },
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [labels, series, scheme]);

  return (
    <div style={{ position: 'relative', height }}>
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
    </div>
  );
}
