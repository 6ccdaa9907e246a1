/** A canvas whose 2D context draws nothing and measures every text 10 px wide: enough for chart.js to lay out its axes. */
export function headlessCanvas(width = 600, height = 220): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => (key in target ? target[key] : key === 'measureText' ? () => ({ width: 10 }) : key === 'canvas' ? canvas : () => undefined),
    set: (target, key, value) => ((target[key] = value), true),
  });
  canvas.getContext = (() => context) as unknown as HTMLCanvasElement['getContext'];
  return canvas;
}
