// ESLint rather than oxlint: oxlint ships per-platform native binaries, and
// the registry our CI installs from lacks most of them, so `npm ci` refused the
// lock file. ESLint is plain JavaScript and installs the same everywhere.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // WXT auto-imports (defineBackground, browser, …) are declared in .wxt/types.
      'no-undef': 'off',
      // zod is set up once in lib/zod.ts (jitless: no eval under the extension CSP).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: "Import { z } from '@/lib/zod' (jitless), not from 'zod'.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Where zod is configured, and tests that check its errors.
    files: ['lib/zod.ts', '**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
