import { describe, expect, it } from 'vitest';
import type { Scale, Tick } from 'chart.js';
import { lineChartConfig } from '../../renderer/src/components/charts/line-chart-config';
import { dayNumber, historyPoints, isoDayOf } from '../../renderer/src/pages/CreatorPage/history-points';

const series = [
  { label: 'Followers', values: [40_000, 45_000, 50_000], color: '#000', axis: 'left' as const, format: String },
  { label: 'ER', values: [0.055, null, 0.0658], color: '#f00', axis: 'right' as const, format: (v: number) => `${(v * 100).toFixed(1)}%` },
];
const days = ['2026-01-01', '2026-03-01', '2026-06-01'].map(dayNumber);

describe('the line chart', () => {
  it('draws a value that was not measured as a gap, never a line across it', () => {
    const config = lineChartConfig({ values: days, format: (d) => isoDayOf(d) }, series, { text: '#000', grid: '#eee' });
    expect(config.data.datasets.map((d) => d.spanGaps)).toEqual([false, false]);
    expect(config.data.datasets[1]!.data).toEqual([
      { x: days[0], y: 0.055 },
      { x: days[1], y: null },
      { x: days[2], y: 0.0658 },
    ]);
  });

  it('spaces points by time: three months look three times as long as one', () => {
    const config = lineChartConfig({ values: days, format: (d) => isoDayOf(d) }, series, { text: '#000', grid: '#eee' });
    expect(config.options?.scales?.['x']?.type).toBe('linear');
    const [jan, mar, jun] = days;
    expect((jun! - mar!) / (mar! - jan!)).toBeCloseTo(92 / 59, 5);
  });

  it('leaves out a tick label that would repeat the one before it', () => {
    const config = lineChartConfig({ values: days, format: (d) => isoDayOf(d) }, series, { text: '#000', grid: '#eee' });
    const callback = config.options!.scales!['y1']!.ticks!.callback as (this: Scale, value: number, index: number, ticks: Tick[]) => string;
    const ticks = [0.05, 0.0502, 0.0504, 0.0506].map((value) => ({ value }));
    expect(ticks.map((t, i) => callback.call({} as Scale, t.value, i, ticks))).toEqual(['5.0%', '', '', '5.1%']);
  });
});

describe('history points', () => {
  it('keeps one point a day, the day’s last snapshot, in day order', () => {
    const snapshot = (asOf: string, followers: number) => ({ asOf, followers, avgLikes: null, avgComments: null, avgShares: null, avgSaves: null, avgViews: null, source: 'x.csv' });
    const points = historyPoints([snapshot('2026-06-30', 8_000), snapshot('2026-11-24', 8_750), snapshot('2026-11-24', 8_800)]);
    expect(points.days.map(isoDayOf)).toEqual(['2026-06-30', '2026-11-24']);
    expect(points.followers).toEqual([8_000, 8_800]);
    expect(points.er).toEqual([null, null]);
  });
});
