import type { ChartConfiguration, Scale, Tick } from 'chart.js';

export interface LineSeries {
  label: string;
  /** One per point of the x axis; null: not measured there, drawn as a gap. */
  values: (number | null)[];
  color: string;
  /** Which y axis: left for counts, right for rates. */
  axis: 'left' | 'right';
  format: (value: number) => string;
}

/** The x axis: a number per point (days, for a history), in order, and how to write one. */
export interface LineAxis {
  values: number[];
  format: (value: number) => string;
}

/**
 * A tick's label, or none when it would repeat the previous tick's: a narrow range (an ER from
 * 5.0 % to 5.4 %) written to one decimal would otherwise label two grid lines alike.
 */
function tickLabel(format: (value: number) => string) {
  return function (this: Scale, value: number | string, index: number, ticks: Tick[]): string {
    const label = format(Number(value));
    return index > 0 && format(ticks[index - 1]!.value) === label ? '' : label;
  };
}

/**
 * The chart.js configuration of a line chart of computed series. The x axis is linear, so
 * points stand as far apart as their values are (a history's dates: a month apart looks a month
 * apart, not one step like a week). A missing value is a gap in the line, never bridged: a line
 * drawn across snapshots without an ER would show a trend between figures nobody measured.
 */
export function lineChartConfig(x: LineAxis, series: LineSeries[], colors: { text: string; grid: string }): ChartConfiguration<'line'> {
  const { text, grid } = colors;
  const left = series.find((s) => s.axis === 'left');
  const right = series.find((s) => s.axis === 'right');
  return {
    type: 'line',
    data: {
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values.map((y, i) => ({ x: x.values[i]!, y })),
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
            title: (items) => (items[0] ? x.format(items[0].parsed.x ?? 0) : ''),
            label: (item) => `${item.dataset.label}: ${series[item.datasetIndex]!.format(item.parsed.y ?? 0)}`,
          },
        },
      },
      scales: {
        x: { type: 'linear', ticks: { color: text, maxTicksLimit: 6, callback: tickLabel(x.format) }, grid: { color: grid } },
        y: { display: Boolean(left), position: 'left', ticks: { color: text, callback: tickLabel(left ? left.format : String) }, grid: { color: grid } },
        y1: { display: Boolean(right), position: 'right', ticks: { color: text, callback: tickLabel(right ? right.format : String) }, grid: { drawOnChartArea: false } },
      },
    },
  };
}
