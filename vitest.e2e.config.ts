import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { jsonReport } from './tests/json-report.ts';

// End-to-end tests: the production build in real Chromium. Kept apart from
// vitest.config.ts so `npm run test:unit` never launches a browser. One file
// at a time and long timeouts: a 2-core CI machine runs one Chromium well,
// several badly.
export default defineConfig({
  resolve: {
    alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }],
  },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    ...jsonReport('e2e'),
  },
});
