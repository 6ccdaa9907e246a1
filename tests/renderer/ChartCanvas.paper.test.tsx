import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { ChartCanvas, type ChartColors } from '../../renderer/src/components/charts/ChartCanvas';
import { PrintFrame } from '../../renderer/src/pages/PlanPrint/PrintFrame';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function spyBuild() {
  return vi.fn((colors: ChartColors): ChartConfiguration<'bar'> => ({ type: 'bar', data: { labels: ['a'], datasets: [{ label: colors.text, data: [1] }] } }));
}

describe('<ChartCanvas> on paper', () => {
  it('draws light text in the dark theme on screen', async () => {
    const build = spyBuild();
    renderWithApp(<ChartCanvas build={build} ariaLabel="chart" />, fakeTransport({ theme: 'dark' }).transport);
    await waitFor(() => expect(build.mock.lastCall?.[0].text).toBe('#c9c9c9'));
  });

  it('draws readable (dark) text on a printed page even when the app is in the dark theme', async () => {
    const build = spyBuild();
    renderWithApp(
      <PrintFrame date="2026-11-24" title="Zomer">
        <ChartCanvas build={build} ariaLabel="chart" />
      </PrintFrame>,
      fakeTransport({ theme: 'dark' }).transport,
    );
    await screen.findByTestId('print-page');
    // The theme is applied after the settings load; wait until it has been, then check the last drawing.
    await waitFor(() => expect(build.mock.calls.length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 50));
    expect(build.mock.lastCall?.[0].text).toBe('#343a40');
  });
});
