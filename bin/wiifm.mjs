#!/usr/bin/env node
// Launcher for `wiifm` (see lib/cli/main.ts): loads the TypeScript CLI
// through tsx, with the repo's tsconfig so the `@/` alias resolves from any cwd.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const { main } = await tsImport('../lib/cli/main.ts', { parentURL: import.meta.url, tsconfig });
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
