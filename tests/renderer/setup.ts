import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// What happy-dom lacks and Mantine asks for: `document.fonts` (autosizing text areas listen for
// web fonts loading) and ResizeObserver (charts, scroll areas).
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(() => cleanup());
