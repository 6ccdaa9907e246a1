import { useComputedColorScheme } from '@mantine/core';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
} from 'chart.js';
import { createContext, useContext, useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface ChartColors {
  text: string;
  grid: string;
}

/**
 * True inside a printed page. Paper is white whatever the app's theme: the print route sets the
 * light scheme on the document, but Mantine's computed scheme still says dark, and a chart drawn
 * with the dark theme's light-grey labels is next to unreadable on the client's copy.
 */
export const OnPaper = createContext(false);

/** Palette readable in light, dark and print (print uses the light one). */
export const chartPalette = ['#12b886', '#228be6', '#fd7e14', '#be4bdb', '#fab005', '#15aabf', '#e64980', '#82c91e'];

/**
 * Draws a chart.js configuration built from computed series; it redraws on theme changes.
 * Animations are off so a printed page shows the final chart.
 */
export function ChartCanvas<T extends ChartType>({
  build,
  ariaLabel,
  height = 240,
  testId,
}: {
  build: (colors: ChartColors) => ChartConfiguration<T>;
  ariaLabel: string;
  height?: number;
  testId?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const onPaper = useContext(OnPaper);
  const computed = useComputedColorScheme('light');
  const scheme = onPaper ? 'light' : computed;
  useEffect(() => {
    if (!canvas.current) return;
    const colors = scheme === 'dark' ? { text: '#c9c9c9', grid: 'rgba(255,255,255,0.08)' } : { text: '#343a40', grid: 'rgba(0,0,0,0.08)' };
    const config = build(colors);
    const chart = new Chart(canvas.current, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } } as ChartConfiguration<T>);
    return () => chart.destroy();
  }, [build, scheme]);
  return (
    <div style={{ position: 'relative', height }} data-testid={testId}>
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
    </div>
  );
}
