import type { ChartConfiguration } from 'chart.js';

export interface LineSeries {
  label: string;
  /** null: not measured at that label; drawn as a gap. */
  values: (number | null)[];
  color: string;
  /** Which y axis: left for counts, right for rates. */
  axis: 'left' | 'right';
  format: (value: number) => string;
}

/**
 * The chart.js configuration of a line chart of computed series. A missing value is a gap in
 * the line, never bridged: a line drawn across snapshots without an ER would show a trend
 * between figures nobody measured.
 */
export function lineChartConfig(labels: string[], series: LineSeries[], colors: { text: string; grid: string }): ChartConfiguration<'line'> {
  const { text, grid } = colors;
  const left = series.find((s) => s.axis === 'left');
  const right = series.find((s) => s.axis === 'right');
  return {
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
        spanGaps: false,
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
}
