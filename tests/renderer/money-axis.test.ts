import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { afterEach, describe, expect, it } from 'vitest';
import { wholeUnitAxis } from '../../renderer/src/components/charts/money-axis';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** A canvas whose 2D context draws nothing and measures every text 10 px wide: enough for chart.js to lay out its axes. */
function headlessCanvas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 260;
  const context = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => (key in target ? target[key] : key === 'measureText' ? () => ({ width: 10 }) : key === 'canvas' ? canvas : () => undefined),
    set: (target, key, value) => ((target[key] = value), true),
  });
  canvas.getContext = (() => context) as unknown as HTMLCanvasElement['getContext'];
  return canvas;
}

const charts: Chart[] = [];
afterEach(() => charts.splice(0).forEach((c) => c.destroy()));

/** The values chart.js puts ticks at on a bar chart's money axis (minor units). */
function ticks(values: number[], digits = 2): number[] {
  const chart = new Chart(headlessCanvas(), {
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
