import type { ChartConfiguration } from 'chart.js';

export interface LineSeries {
  label: string;
  /** One per point of the x axis; null: not measured there, drawn as a gap. */
  values: (number | null)[];
  color: string;
  /** Which y axis: left for counts, right for rates. */
  axis: 'left' | 'right';
  format: (value: number) => string;
  /** Decimals a tick value may have: ticks fall on values the format writes exactly (0 for counts; 3 for a rate written as 5.1 %). */
  tickDecimals: number;
}

/** The x axis: a whole number per point (days, for a history), in order, and how to write one. */
export interface LineAxis {
  values: number[];
  format: (value: number) => string;
  /** A shorter way to write a value under the axis ("29 okt. 2026"); `format` by default, and always in the tooltip. */
  tickFormat?: (value: number) => string;
  /** Where the labels go between the first and the last value (calendar days for a history); chart.js's round numbers by default. */
  ticks?: (first: number, last: number) => number[];
}

/**
 * The chart.js configuration of a line chart of computed series. The x axis is linear, so
 * points stand as far apart as their values are (a history's dates: a month apart looks a month
 * apart, not one step like a week). Ticks fall only on values the axis writes exactly, so no
 * label stands at a place it rounds (chart.js would put "12.501" at 12,500.5). A missing value is a gap in the line, never bridged: a line
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
        // Ticks on whole days within the points (not on to a day still to come), only where the axis
        // puts them: a tick added at the last point stood on top of the one three days before it.
        x: {
          type: 'linear',
          bounds: 'data',
          ticks: { color: text, precision: 0, maxTicksLimit: 6, includeBounds: false, autoSkipPadding: 12, callback: (v) => (x.tickFormat ?? x.format)(Number(v)) },
          ...(x.ticks ? { afterBuildTicks: (scale: { min: number; max: number; ticks: { value: number }[] }) => void (scale.ticks = x.ticks!(scale.min, scale.max).map((value) => ({ value }))) } : {}),
          grid: { color: grid },
        },
        y: {
          display: Boolean(left),
          position: 'left',
          ticks: { color: text, precision: left?.tickDecimals ?? 0, callback: (v) => (left ? left.format(Number(v)) : String(v)) },
          grid: { color: grid },
        },
        y1: {
          display: Boolean(right),
          position: 'right',
          ticks: { color: text, precision: right?.tickDecimals ?? 0, callback: (v) => (right ? right.format(Number(v)) : String(v)) },
          grid: { drawOnChartArea: false },
        },
      },
    },
  };
}
