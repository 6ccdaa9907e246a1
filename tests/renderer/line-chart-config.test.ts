import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { afterEach, describe, expect, it } from 'vitest';
import { headlessCanvas } from './headless-canvas';
import { lineChartConfig, type LineSeries } from '../../renderer/src/components/charts/line-chart-config';
import { calendarTicks, dayNumber, historyPoints, isoDayOf } from '../../renderer/src/pages/CreatorPage/history-points';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
const series = (followers: (number | null)[], er: (number | null)[]): LineSeries[] => [
  { label: 'Followers', values: followers, color: '#000', axis: 'left', format: (v) => v.toLocaleString('en'), tickDecimals: 0 },
  { label: 'ER', values: er, color: '#f00', axis: 'right', format: percent, tickDecimals: 3 },
];
const colors = { text: '#000', grid: '#eee' };

const charts: Chart[] = [];
afterEach(() => charts.splice(0).forEach((c) => c.destroy()));

/** The labels chart.js puts on an axis, each with the value it stands at. */
function axisLabels(x: number[], followers: number[], er: number[], axis: 'x' | 'y' | 'y1', ticks?: (first: number, last: number) => number[]) {
  const config = lineChartConfig({ values: x, format: (d) => isoDayOf(d), ...(ticks ? { ticks } : {}) }, series(followers, er), colors);
  const chart = new Chart(headlessCanvas(), { ...config, options: { ...config.options, responsive: false } });
  charts.push(chart);
  const scale = chart.scales[axis]!;
  const callback = (config.options!.scales![axis]!.ticks as { callback: (value: number) => string }).callback;
  return scale.ticks.map((tick) => [tick.value, callback(tick.value)] as const);
}

describe('the line chart', () => {
  const days = ['2026-01-01', '2026-03-01', '2026-06-01'].map(dayNumber);

  it('draws a value that was not measured as a gap, never a line across it', () => {
    const config = lineChartConfig({ values: days, format: (d) => isoDayOf(d) }, series([40_000, 45_000, 50_000], [0.055, null, 0.0658]), colors);
    expect(config.data.datasets.map((d) => d.spanGaps)).toEqual([false, false]);
    expect(config.data.datasets[1]!.data).toEqual([
      { x: days[0], y: 0.055 },
      { x: days[1], y: null },
      { x: days[2], y: 0.0658 },
    ]);
  });

  it('puts the days on a time axis that ends at the last point, with ticks on whole days only', () => {
    const ticks = axisLabels([dayNumber('2026-11-23'), dayNumber('2026-11-24')], [8_000, 8_100], [0.05, 0.051], 'x');
    expect(ticks.map(([value]) => value)).toEqual([dayNumber('2026-11-23'), dayNumber('2026-11-24')]);
    expect(ticks.map(([, label]) => label)).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('labels a history on calendar days: a monthly file on the first of its month, never 30 sep beside 1 okt', () => {
    const months = ['2026-06-30', '2026-08-01', '2026-09-01', '2026-09-30', '2026-11-01'].map(dayNumber);
    const ticks = axisLabels(months, [8_000, 8_100, 8_200, 8_300, 8_400], [0.05, 0.05, 0.05, 0.05, 0.05], 'x', calendarTicks);
    expect(ticks.map(([, label]) => label)).toEqual(['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01']);
  });

  it('labels every count and rate tick exactly where its value is, however narrow the range', () => {
    const followers = axisLabels(days, [12_500, 12_501, 12_503], [0.05, 0.051, 0.052], 'y');
    expect(followers.every(([value]) => Number.isInteger(value))).toBe(true);
    const er = axisLabels(days, [12_500, 12_501, 12_503], [0.05, 0.051, 0.052], 'y1');
    for (const [value, label] of er) expect(label).toBe(percent(value));
    expect(er.every(([value]) => Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-9)).toBe(true);
    const labels = er.map(([, label]) => label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('calendar ticks', () => {
  const labels = (first: string, last: string) => calendarTicks(dayNumber(first), dayNumber(last)).map(isoDayOf);

  it('takes the shortest calendar step that gives at most six labels', () => {
    expect(labels('2026-09-30', '2026-10-01')).toEqual(['2026-09-30', '2026-10-01']);
    expect(labels('2026-10-01', '2026-10-08')).toEqual(['2026-10-01', '2026-10-03', '2026-10-05', '2026-10-07']);
    // Mondays.
    expect(labels('2026-10-01', '2026-11-08')).toEqual(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02']);
    expect(labels('2026-08-02', '2026-11-24')).toEqual(['2026-09-01', '2026-10-01', '2026-11-01']);
    expect(labels('2026-01-15', '2026-12-31')).toEqual(['2026-03-01', '2026-05-01', '2026-07-01', '2026-09-01', '2026-11-01']);
    expect(labels('2024-11-24', '2026-11-24')).toEqual(['2025-01-01', '2025-07-01', '2026-01-01', '2026-07-01']);
    expect(labels('2010-03-01', '2026-11-24')).toEqual(['2013-01-01', '2016-01-01', '2019-01-01', '2022-01-01', '2025-01-01']);
  });
});

describe('history points', () => {
  it('turns snapshots into points on a day axis, with an ER only where likes and comments were recorded', () => {
    const snapshot = (asOf: string, followers: number, avgLikes: number | null) => ({ asOf, followers, avgLikes, avgComments: avgLikes === null ? null : 10, avgShares: null, avgSaves: null, avgViews: null, erReported: null, source: 'x.csv' });
    const points = historyPoints([snapshot('2026-06-30', 8_000, null), snapshot('2026-11-24', 8_800, 430)]);
    expect(points.days.map(isoDayOf)).toEqual(['2026-06-30', '2026-11-24']);
    expect(points.followers).toEqual([8_000, 8_800]);
    expect(points.er).toEqual([null, 440 / 8_800]);
  });

  it('takes the ER a file reported for a day without likes and comments, and says so', () => {
    const day = (asOf: string, avgLikes: number | null, erReported: number | null) => ({ asOf, followers: 10_000, avgLikes, avgComments: avgLikes === null ? null : 0, avgShares: null, avgSaves: null, avgViews: null, erReported, source: 'x.csv' });
    const points = historyPoints([day('2026-08-01', null, 0.051), day('2026-09-01', 400, 0.09), day('2026-10-01', null, null)]);
    // Computed where it can be (the reported 9 % is not used beside likes and comments), else reported, else a gap.
    expect(points.er).toEqual([0.051, 0.04, null]);
    expect(points.erReported).toEqual([true, false, false]);
  });

  it('spaces days as far apart as they are', () => {
    const [jan, mar, jun] = ['2026-01-01', '2026-03-01', '2026-06-01'].map(dayNumber);
    expect([mar! - jan!, jun! - mar!]).toEqual([59, 92]);
  });
});
