import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@shared': resolve(import.meta.dirname, 'shared'),
  '@resources': resolve(import.meta.dirname, 'resources'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // .ci/run asks for a JSON report to print its closing "N passed, N failed" line.
    reporters: process.env['VITEST_JSON_REPORT'] ? ['default', 'json'] : ['default'],
    outputFile: process.env['VITEST_JSON_REPORT'] ? { json: process.env['VITEST_JSON_REPORT'] } : undefined,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          // Dutch time, not UTC: a day computed in UTC instead of the user's day shows up here.
          env: { TZ: 'Europe/Amsterdam' },
          include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'dom',
          environment: 'happy-dom',
          // As for unit: the window's "today" (file names, default dates) must be the user's day.
          env: { TZ: 'Europe/Amsterdam' },
          include: ['tests/renderer/**/*.test.tsx', 'tests/renderer/**/*.test.ts'],
          setupFiles: ['tests/renderer/setup.ts'],
          css: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
