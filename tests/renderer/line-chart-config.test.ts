import { describe, expect, it } from 'vitest';
import { lineChartConfig } from '../../renderer/src/components/charts/line-chart-config';

describe('the line chart', () => {
  it('draws a value that was not measured as a gap, never a line across it', () => {
    const config = lineChartConfig(
      ['1 Jan', '1 Mar', '1 Jun'],
      [
        { label: 'Followers', values: [40_000, 45_000, 50_000], color: '#000', axis: 'left', format: String },
        { label: 'ER', values: [0.55, null, 0.658], color: '#f00', axis: 'right', format: String },
      ],
      { text: '#000', grid: '#eee' },
    );
    expect(config.data.datasets.map((d) => d.spanGaps)).toEqual([false, false]);
    expect(config.data.datasets[1]!.data).toEqual([0.55, null, 0.658]);
  });
});
