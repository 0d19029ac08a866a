/**
 * The one-time split of the corpus into a tuning half and a test half.
 *
 * Deterministic: drafts are taken in the order of a hash of their id, and
 * each goes to the half that has seen fewer drafts like it so far (same mode,
 * mode and verdict, kind, and the same label on each rule in that mode). So
 * both halves get every mode and both labels of every rule, ~50/50, and the
 * same corpus always splits the same way. The halves are committed and never
 * re-split: the rules are tuned on `tune.jsonl` only.
 *
 *   tsx eval/split.ts CORPUS.jsonl [--force]   write eval/tune.jsonl and eval/test.jsonl
 *   tsx eval/split.ts --check                  re-split the two halves and compare
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { halfPath, loadHalf, parseCorpus, toJsonLine, type EvalDraft } from './corpus';

/** FNV-1a, 32 bits: a stable hash that needs no dependency. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The strata a draft counts towards: both halves should hold each about equally. */
function strata(d: EvalDraft): string[] {
  const keys = [`mode:${d.mode}`, `verdict:${d.mode}:${d.verdict}`, `kind:${d.kind}`];
  if (d.scored === false) keys.push(`unscored:${d.mode}`);
  for (const [rule, label] of Object.entries(d.labels)) {
    keys.push(`label:${rule}:${label}`, `label:${rule}:${d.mode}:${label}`);
  }
  return keys;
}

export function splitCorpus(drafts: readonly EvalDraft[]): {
  tune: EvalDraft[];
  test: EvalDraft[];
} {
  const order = drafts.toSorted(
    (a, b) => hashId(a.id) - hashId(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const halves: EvalDraft[][] = [[], []];
  for (const d of order) {
    const keys = strata(d);
    const load = counts.map((c) => keys.reduce((sum, k) => sum + (c.get(k) ?? 0), 0));
    let pick: number;
    if (load[0] !== load[1]) pick = load[0] < load[1] ? 0 : 1;
    else if (halves[0].length !== halves[1].length)
      pick = halves[0].length < halves[1].length ? 0 : 1;
    else pick = hashId(d.id) & 1;
    for (const k of keys) counts[pick].set(k, (counts[pick].get(k) ?? 0) + 1);
    halves[pick].push(d);
  }
  const byId = (a: EvalDraft, b: EvalDraft) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { tune: halves[0].toSorted(byId), test: halves[1].toSorted(byId) };
}

function write(path: string, drafts: readonly EvalDraft[]): void {
  writeFileSync(path, drafts.map(toJsonLine).join('\n') + '\n');
}

function main(args: string[]): number {
  if (args.includes('--check')) {
    const tune = loadHalf('tune');
    const test = loadHalf('test');
    const again = splitCorpus([...tune, ...test]);
    const same = (a: EvalDraft[], b: EvalDraft[]) =>
      a.length === b.length && a.every((d, i) => d.id === b[i].id);
    if (same(again.tune, tune) && same(again.test, test)) {
      console.log(`split reproduces: ${tune.length} tune, ${test.length} test`);
      return 0;
    }
    console.error('the committed halves differ from what splitCorpus gives for their union');
    return 1;
  }
  const file = args.find((a) => !a.startsWith('--'));
  if (file === undefined) {
    console.error('usage: tsx eval/split.ts CORPUS.jsonl [--force] | --check');
    return 2;
  }
  const force = args.includes('--force');
  if (!force && (existsSync(halfPath('tune')) || existsSync(halfPath('test')))) {
    console.error(
      'eval/tune.jsonl or eval/test.jsonl exists: the split is done once (use --force to redo it)',
    );
    return 2;
  }
  const drafts = parseCorpus(readFileSync(file, 'utf8'), file);
  const { tune, test } = splitCorpus(drafts);
  write(halfPath('tune'), tune);
  write(halfPath('test'), test);
  console.log(`wrote ${tune.length} tune and ${test.length} test drafts`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
