import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { jsonReport } from './tests/json-report.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/real/**/*.test.ts',
      'eval/**/*.test.ts',
    ],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
    ...jsonReport('unit'),
  },
});
