import { readImportableCsv, type ReadImportableResult } from '@shared/csv';

type ReadOptions = NonNullable<Parameters<typeof readImportableCsv>[1]>;

export interface PreviewRequest {
  id: number;
  bytes: Uint8Array;
  options: ReadOptions;
}
type PreviewReply = { id: number; result: ReadImportableResult } | { id: number; failed: string };

/** The worker, once started; null once it proved unusable (then every read happens in the window). */
let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { bytes: Uint8Array; options: ReadOptions; resolve: (result: ReadImportableResult | null) => void }>();

/** In the window, after a pause so "Reading…" paints first. */
function readHere(bytes: Uint8Array, options: ReadOptions): Promise<ReadImportableResult> {
  return new Promise((resolve) => setTimeout(() => resolve(readImportableCsv(bytes, options)), 0));
}

function giveUpOnWorker(): void {
  worker?.terminate();
  worker = null;
  for (const [id, request] of waiting) {
    waiting.delete(id);
    void readHere(request.bytes, request.options).then(request.resolve);
  }
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<PreviewReply>) => {
    const request = waiting.get(event.data.id);
    if (!request) return;
    waiting.delete(event.data.id);
    if ('result' in event.data) request.resolve(event.data.result);
    else void readHere(request.bytes, request.options).then(request.resolve);
  };
  // A worker that cannot load (a page served from file:// may refuse module workers): read here.
  worker.onerror = () => giveUpOnWorker();
  return worker;
}

/**
 * A read still running is for a file or mapping the user has moved on from: stop it rather than
 * queue the new one behind it (five quick mapping changes on a 100,000-row file were five
 * seconds of reads). Its caller gets null and shows nothing from it.
 */
function supersedeRunningRead(): void {
  if (waiting.size === 0) return;
  worker?.terminate();
  worker = undefined;
  for (const [id, request] of waiting) {
    waiting.delete(id);
    request.resolve(null);
  }
}

/**
 * Reads an import file for the preview with the CSV core, in a Web Worker so a large file does
 * not freeze the window (again after every mapping change), or in the window where workers are
 * unavailable. Same function, same result either way; null for a read a newer one replaced.
 */
export function readPreview(bytes: Uint8Array, options: ReadOptions): Promise<ReadImportableResult | null> {
  if (worker) supersedeRunningRead();
  const target = startWorker();
  if (!target) return readHere(bytes, options);
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, { bytes, options, resolve });
    // A copy: the window keeps the file's bytes to send them for the import.
    target.postMessage({ id, bytes, options } satisfies PreviewRequest);
  });
}
