import { afterEach } from 'vitest';
import { openBackend, type Backend } from '../../electron/core/backend';
import { useTempDir } from './temp-dir';

/** A real backend on a real SQLite file in a fresh folder, closed after each test. */
export function useBackend(): () => Promise<Backend> {
  const tempDir = useTempDir();
  const open: Backend[] = [];
  afterEach(async () => {
    for (const backend of open.splice(0)) await backend.close();
  });
  return async () => {
    const backend = await openBackend(tempDir(), { mode: 'browser', version: '0.0.0-test' });
    open.push(backend);
    return backend;
  };
}
