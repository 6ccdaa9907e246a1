import { afterEach, describe, expect, it, vi } from 'vitest';
import { readImportableCsv } from '@shared/csv';

/** A worker that answers like preview.worker.ts, on the next tick, unless it was terminated first. */
class FakeWorker {
  static started = 0;
  static terminated = 0;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  private alive = true;
  constructor() {
    FakeWorker.started++;
  }
  postMessage(data: { id: number; bytes: Uint8Array; options: Parameters<typeof readImportableCsv>[1] }) {
    setTimeout(() => {
      if (this.alive) this.onmessage?.({ data: { id: data.id, result: readImportableCsv(data.bytes, data.options) } } as MessageEvent);
    }, 5);
  }
  terminate() {
    this.alive = false;
    FakeWorker.terminated++;
  }
}

const file = (rows: number) => new TextEncoder().encode(['platform,handle,followers', ...Array.from({ length: rows }, (_, i) => `ig,c${i},${1000 + i}`)].join('\n'));

describe('reading the preview in a worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stops a read the user has moved on from instead of queueing the new one behind it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { readPreview } = await import('../../renderer/src/pages/ImportPage/read-preview');
    const first = readPreview(file(3), {});
    const second = readPreview(file(5), {});
    expect(await first).toBeNull();
    const latest = await second;
    expect(latest?.ok && latest.rows.length).toBe(5);
    expect([FakeWorker.started, FakeWorker.terminated]).toEqual([2, 1]);

    // One read at a time: nothing to stop, the same worker answers.
    const third = await readPreview(file(2), {});
    expect(third?.ok && third.rows.length).toBe(2);
    expect([FakeWorker.started, FakeWorker.terminated]).toEqual([2, 1]);
  });
});
