/**
 * `npm run bench`: runs every benchmark module in turn, prints its figures and
 * merges them into bench/results.json (each module owns one top-level key).
 * Goals are checked here, not in timed tests, so a slow CI machine never
 * turns a test red.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface BenchModule {
  run(): Promise<Record<string, unknown>>;
}

const names = process.argv.slice(2);
const modules: Record<string, () => Promise<BenchModule>> = {
  engine: () => import('./engine'),
  db: () => import('./db'),
  gmail: () => import('./gmail'),
  browser: () => import('./browser'),
};

const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));
const results: Record<string, unknown> = existsSync(resultsPath)
  ? JSON.parse(readFileSync(resultsPath, 'utf8'))
  : {};

for (const [name, load] of Object.entries(modules)) {
  if (names.length > 0 && !names.includes(name)) continue;
  console.log(`\n== ${name}`);
  const figures = await (await load()).run();
  Object.assign(results, figures);
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
}
console.log(`\nFigures written to ${resultsPath}`);
