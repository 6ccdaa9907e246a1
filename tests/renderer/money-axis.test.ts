import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { afterEach, describe, expect, it } from 'vitest';
import { headlessCanvas } from './headless-canvas';
import { wholeUnitAxis } from '../../renderer/src/components/charts/money-axis';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const charts: Chart[] = [];
afterEach(() => charts.splice(0).forEach((c) => c.destroy()));

/** The values chart.js puts ticks at on a bar chart's money axis (minor units). */
function ticks(values: number[], digits = 2): number[] {
  const chart = new Chart(headlessCanvas(600, 260), {
    type: 'bar',
    data: { labels: values.map(String), datasets: [{ data: values }] },
    options: { responsive: false, animation: false, scales: { y: wholeUnitAxis(digits) } },
  });
  charts.push(chart);
  return chart.scales['y']!.ticks.map((t) => t.value);
}

describe('a money axis', () => {
  it('labels whole currency units only, also with nothing to show', () => {
    // No revenue at all: 0 and one euro, not ten ticks of a tenth of a cent.
    expect(ticks([0, 0, 0])).toEqual([0, 100]);
    expect(ticks([0, 0], 0)).toEqual([0, 1]);
    // Real amounts keep their round steps (€ 0 – € 2.500 in cents).
    const real = ticks([120_000, 250_000]);
    expect(real[0]).toBe(0);
    expect(real.every((v) => v % 100 === 0)).toBe(true);
    expect(real.length).toBeGreaterThan(3);
  });
});
