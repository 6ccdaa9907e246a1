/// <reference lib="webworker" />
import { readImportableCsv, type ReadImportableResult } from '@shared/csv';
import type { PreviewRequest } from './read-preview';

/** Reads an import file off the window's thread: 100,000 rows take about a second in Chromium. */
self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { id, bytes, options } = event.data;
  let result: ReadImportableResult;
  try {
    result = readImportableCsv(bytes, options);
  } catch (error) {
    // The window reads the file itself then, and shows what it finds.
    self.postMessage({ id, failed: String(error) });
    return;
  }
  self.postMessage({ id, result });
};
