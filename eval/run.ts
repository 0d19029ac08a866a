/**
 * `npm run eval`: runs the real engine on one half of the corpus and reports,
 * per rule, the flags it caught and the passes it kept, and how well its
 * score ranks good drafts above bad ones, beside the goals of issue 13.
 *
 *   npm run eval [-- --half tune|test] [--json] [--show-misses]
 *
 * The test half is the default and lists its misses only with --show-misses:
 * rules are tuned on the tuning half. A report, not a test: it exits 0 whatever
 * the figures, and 1 only when the corpus itself is malformed (or the engine
 * does not load at all). It never
 * prints draft text, only ids, rules and statuses.
 */
import type { DraftInput, RuleOptionsInput } from '@/lib/rules';
import { CorpusError, EVAL_RULES, MODES, loadHalf, type EvalDraft, type Half } from './corpus';
import {
  misses as findMisses,
  outcomeOf,
  percent,
  summariseScores,
  tallyRules,
  type RuleObservation,
  type ScoredDraft,
} from './metrics';

/** The engine's entry point, loosely typed so a change of its report shape doesn't break the eval. */
type CheckDraft = (input: DraftInput, options?: RuleOptionsInput) => unknown;

export const GOALS = { rulePercent: 97, auc: 0.95, meanGood: 85, meanBad: 45 } as const;

interface Args {
  half: Half;
  json: boolean;
  showMisses: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { half: 'test', json: false, showMisses: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--show-misses') args.showMisses = true;
    else if (a === '--half' || a.startsWith('--half=')) {
      const v = a.includes('=') ? a.slice('--half='.length) : argv[++i];
      if (v !== 'tune' && v !== 'test') throw new UsageError(`--half takes tune or test, not ${v}`);
      args.half = v;
    } else throw new UsageError(`unknown option ${a}`);
  }
  return args;
}

class UsageError extends Error {}

/** What one engine run gave for one draft, in the loose shape any engine version fits. */
interface Outcome {
  score: number | null | undefined;
  statuses: Map<string, string>;
  checks: number;
  checksWithPoints: number;
  error?: string;
}

/**
 * One draft through the engine. The recipient context goes in as
 * `input.context` (issue 13, item 4: the engine will take it); the rep's own
 * names and products also go in as `ownNames`, the setting the engine reads
 * today. If the engine comes to take context elsewhere, change it here.
 */
function runDraft(checkDraft: CheckDraft, d: EvalDraft): Outcome {
  const input = {
    mode: d.mode,
    text: d.text,
    ...(d.subject !== undefined && { subject: d.subject }),
    ...(d.connectionNote !== undefined && { connectionNote: d.connectionNote }),
    ...(d.context !== undefined && { context: d.context }),
  } as DraftInput;
  const ownNames = [...(d.context?.rep?.names ?? []), ...(d.context?.rep?.products ?? [])];
  const options: RuleOptionsInput = ownNames.length > 0 ? { ownNames } : {};
  try {
    const report = checkDraft(input, options) as {
      score?: number | null;
      checks?: { id: string; status: string; points?: unknown }[];
    };
    const checks = report.checks ?? [];
    return {
      score: report.score,
      statuses: new Map(checks.map((c) => [String(c.id), String(c.status)])),
      checks: checks.length,
      checksWithPoints: checks.filter((c) => typeof c.points === 'number').length,
    };
  } catch (e) {
    return {
      score: undefined,
      statuses: new Map(),
      checks: 0,
      checksWithPoints: 0,
      error: e instanceof Error ? e.name : 'error',
    };
  }
}

function evaluate(checkDraft: CheckDraft, drafts: readonly EvalDraft[]) {
  const observations: RuleObservation[] = [];
  const scored: ScoredDraft[] = [];
  const errors: string[] = [];
  let checks = 0;
  let checksWithPoints = 0;
  for (const d of drafts) {
    const out = runDraft(checkDraft, d);
    if (out.error !== undefined) errors.push(`${d.id}: engine threw ${out.error}`);
    checks += out.checks;
    checksWithPoints += out.checksWithPoints;
    scored.push({ verdict: d.verdict, scored: d.scored !== false, score: out.score });
    for (const rule of EVAL_RULES) {
      const expected = d.labels[rule];
      if (expected === undefined) continue;
      const status = out.error !== undefined ? null : (out.statuses.get(rule) ?? null);
      observations.push({ id: d.id, rule, mode: d.mode, expected, status });
    }
  }
  const rules = tallyRules(observations);
  return {
    rules,
    scores: summariseScores(scored),
    misses: findMisses(observations),
    observations,
    errors,
    points: { checks, checksWithPoints },
  };
}

const pct = (x: number | null) => (x === null ? '  –  ' : `${x.toFixed(1).padStart(5)} %`);
const mark = (ok: boolean | null) => (ok === null ? ' ' : ok ? '✓' : '✗');
const fmt = (x: number | null, digits: number) => (x === null ? '–' : x.toFixed(digits));

function printText(args: Args, drafts: readonly EvalDraft[], result: ReturnType<typeof evaluate>) {
  const { rules, scores, misses, errors, points } = result;
  const byMode = MODES.map((m) => `${drafts.filter((d) => d.mode === m).length} ${m}`).join(', ');
  console.log(`WII-FM eval — ${args.half} half: ${drafts.length} drafts (${byMode})`);
  console.log(`goal: ≥${GOALS.rulePercent} % flags caught and passes kept on every rule\n`);
  console.log('rule       flags caught            passes kept             not implemented');
  for (const rule of EVAL_RULES) {
    const t = rules.get(rule);
    if (t === undefined) continue;
    const ni = Object.entries(t.notImplemented)
      .map(([m, n]) => `${m} ${n}`)
      .join(', ');
    if (t.flags + t.passes === 0) {
      console.log(`${rule.padEnd(10)} not implemented (${ni} labels)`);
      continue;
    }
    const caught = percent(t.flagsCaught, t.flags);
    const kept = percent(t.passesKept, t.passes);
    const cell = (n: number, total: number, p: number | null) =>
      `${`${n}/${total}`.padStart(7)} ${pct(p)} ${mark(p === null ? null : p >= GOALS.rulePercent)}`;
    console.log(
      `${rule.padEnd(10)} ${cell(t.flagsCaught, t.flags, caught).padEnd(23)} ${cell(t.passesKept, t.passes, kept).padEnd(23)} ${ni}`,
    );
  }
  const s = scores;
  console.log('');
  console.log(
    `score AUC good vs bad  ${fmt(s.auc, 3)}  (goal ≥${GOALS.auc}) ${mark(s.auc === null ? null : s.auc >= GOALS.auc)}   [${s.good} good, ${s.bad} bad]`,
  );
  console.log(
    `mean score of good     ${fmt(s.meanGood, 1)}  (goal ≥${GOALS.meanGood}) ${mark(s.meanGood === null ? null : s.meanGood >= GOALS.meanGood)}`,
  );
  console.log(
    `mean score of bad      ${fmt(s.meanBad, 1)}  (goal ≤${GOALS.meanBad}) ${mark(s.meanBad === null ? null : s.meanBad <= GOALS.meanBad)}`,
  );
  console.log(
    `scored:false → null    ${s.unscoredNull}/${s.unscored} ${mark(s.unscored === 0 ? null : s.unscoredNull === s.unscored)}   (empty or not English: no score)`,
  );
  if (s.scoredMissing > 0) console.log(`scored drafts given no score: ${s.scoredMissing}`);
  console.log(
    points.checksWithPoints === 0
      ? 'points per check       not implemented'
      : `points per check       on ${points.checksWithPoints}/${points.checks} checks`,
  );
  for (const e of errors) console.log(`error: ${e}`);

  console.log('');
  const showList = args.half === 'tune' || args.showMisses;
  const perRule = EVAL_RULES.map((r) => [r, misses.filter((m) => m.rule === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${r} ${n}`);
  console.log(`misses: ${misses.length}${perRule.length > 0 ? ` (${perRule.join(', ')})` : ''}`);
  if (!showList) {
    console.log('(test half: counts only; --show-misses lists them, but tune on the tuning half)');
    return;
  }
  for (const m of misses) {
    console.log(
      `  ${m.id}  ${m.mode.padEnd(9)} ${m.rule.padEnd(8)} expected ${m.expected.padEnd(4)}  got ${outcomeOf(m.status as string)} (${m.status})`,
    );
  }
}

function toJson(args: Args, drafts: readonly EvalDraft[], result: ReturnType<typeof evaluate>) {
  const rules: Record<string, unknown> = {};
  for (const rule of EVAL_RULES) {
    const t = result.rules.get(rule);
    if (t === undefined) continue;
    rules[rule] = {
      implemented: t.flags + t.passes > 0,
      flags: { caught: t.flagsCaught, total: t.flags, percent: percent(t.flagsCaught, t.flags) },
      passes: { kept: t.passesKept, total: t.passes, percent: percent(t.passesKept, t.passes) },
      notImplemented: t.notImplemented,
    };
  }
  const showList = args.half === 'tune' || args.showMisses;
  return {
    half: args.half,
    drafts: drafts.length,
    modes: Object.fromEntries(MODES.map((m) => [m, drafts.filter((d) => d.mode === m).length])),
    goals: GOALS,
    rules,
    score: result.scores,
    points: result.points,
    errors: result.errors,
    missCount: result.misses.length,
    ...(showList && {
      misses: result.misses.map((m) => ({
        id: m.id,
        mode: m.mode,
        rule: m.rule,
        expected: m.expected,
        got: m.status,
      })),
    }),
  };
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(
        `${e.message}\nusage: npm run eval -- [--half tune|test] [--json] [--show-misses]`,
      );
      return 2;
    }
    throw e;
  }
  let drafts: EvalDraft[];
  try {
    drafts = loadHalf(args.half);
  } catch (e) {
    if (e instanceof CorpusError) {
      console.error(`malformed corpus: ${e.message}`);
      return 1;
    }
    throw e;
  }
  let checkDraft: CheckDraft;
  try {
    // Loaded here rather than imported on top, so an engine that fails to load
    // (a rule being edited) is reported as such, not as a crash of the eval.
    ({ checkDraft } = await import('@/lib/rules'));
  } catch (e) {
    console.error(`the engine failed to load: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const result = evaluate(checkDraft, drafts);
  if (args.json) console.log(JSON.stringify(toJson(args, drafts, result), null, 2));
  else printText(args, drafts, result);
  return 0;
}

process.exitCode = await main();
