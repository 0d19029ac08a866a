import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { jsonReport } from './tests/json-report.ts';

// The Firefox smoke suite: the Firefox build in a real Firefox ESR (see
// tests/firefox/harness.ts). Apart from the Chromium e2e run so each can
// be run alone; one file at a time, like the e2e tests.
export default defineConfig({
  resolve: {
    alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }],
  },
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    ...jsonReport('firefox'),
  },
});
