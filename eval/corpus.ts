/**
 * The evaluation corpus: drafts written for judging the rule engine the way a
 * sales manager would (issue 13, "Evaluation, as a habit"), each labelled per
 * rule with what the engine should say. The shape is checked with zod on
 * every load, so a malformed line fails loudly with its file and line number
 * instead of quietly skewing the figures.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from '@/lib/zod';

export const MODES = ['email', 'linkedin', 'voicemail'] as const;
export type EvalMode = (typeof MODES)[number];

/** The rulebook's rules (rulebook.md), including those the engine may not have yet. */
export const EVAL_RULES = [
  'purpose',
  'benefit',
  'length',
  'ask',
  'price',
  'urgency',
  'jargon',
  'proof',
  'ease',
  'subject',
  'clarity',
] as const;
export type EvalRule = (typeof EVAL_RULES)[number];

/**
 * Which rules the rulebook applies to each mode: the target, not the engine of
 * today. In voicemail the ask is the call-back; proof is for written drafts;
 * ease is voicemail only; subject is email only.
 */
export const RULES_BY_MODE: Record<EvalMode, readonly EvalRule[]> = {
  email: EVAL_RULES.filter((r) => r !== 'ease'),
  linkedin: EVAL_RULES.filter((r) => r !== 'ease' && r !== 'subject'),
  voicemail: EVAL_RULES.filter((r) => r !== 'proof' && r !== 'subject'),
};

export const VERDICTS = ['good', 'mediocre', 'bad'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const KINDS = [
  'cold',
  'followup',
  'breakup',
  'reply',
  'recap',
  'loop',
  'callback',
  'connection',
  'fragment',
] as const;

/** "pass": the check should be green. "flag": it should not (warn, fail, or info for proof and ease). */
export const LabelSchema = z.enum(['pass', 'flag']);
export type Label = z.infer<typeof LabelSchema>;

const Name = z.string().trim().min(1).max(120);

/**
 * What the extension knows of the recipient and of the rep (issue 13, item 4).
 * run.ts passes it to the engine as `input.context`, and the rep's names and
 * products as `options.ownNames` too (the engine's setting of today).
 */
export const DraftContextSchema = z.strictObject({
  recipient: z
    .strictObject({ name: Name.optional(), company: Name.optional(), title: Name.optional() })
    .optional(),
  rep: z
    .strictObject({ names: z.array(Name).optional(), products: z.array(Name).optional() })
    .optional(),
});
export type DraftContext = z.infer<typeof DraftContextSchema>;

export const EvalDraftSchema = z
  .strictObject({
    id: z.string().regex(/^[elv]\d{3}$/, 'id is e/l/v and three digits'),
    mode: z.enum(MODES),
    subject: z.string().optional(),
    text: z.string().min(1),
    connectionNote: z.boolean().optional(),
    context: DraftContextSchema.optional(),
    verdict: z.enum(VERDICTS),
    scored: z.literal(false).optional(),
    labels: z.partialRecord(z.enum(EVAL_RULES), LabelSchema),
    kind: z.enum(KINDS),
    note: z.string().optional(),
  })
  .superRefine((d, ctx) => {
    for (const rule of Object.keys(d.labels) as EvalRule[]) {
      if (!RULES_BY_MODE[d.mode].includes(rule))
        ctx.addIssue({
          code: 'custom',
          path: ['labels', rule],
          message: `${rule} does not apply to ${d.mode}`,
        });
    }
    if (d.scored === false && Object.keys(d.labels).length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['labels'],
        message: 'a draft with scored:false has no rule labels',
      });
    if (d.subject !== undefined && d.mode !== 'email')
      ctx.addIssue({ code: 'custom', path: ['subject'], message: 'only an email has a subject' });
    if (d.connectionNote !== undefined && d.mode !== 'linkedin')
      ctx.addIssue({
        code: 'custom',
        path: ['connectionNote'],
        message: 'only LinkedIn has connection notes',
      });
  });
export type EvalDraft = z.infer<typeof EvalDraftSchema>;

export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Parses JSONL text; `source` names the file in errors. Blank lines are skipped. */
export function parseCorpus(text: string, source: string): EvalDraft[] {
  const drafts: EvalDraft[] = [];
  const seen = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const where = `${source}:${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new CorpusError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = EvalDraftSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw new CorpusError(`${where}: ${path}${issue.message}`);
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined)
      throw new CorpusError(`${where}: id ${parsed.data.id} already used on line ${first}`);
    seen.set(parsed.data.id, i + 1);
    drafts.push(parsed.data);
  }
  return drafts;
}

export type Half = 'tune' | 'test';

export function halfPath(half: Half): string {
  return fileURLToPath(new URL(`./${half}.jsonl`, import.meta.url));
}

export function loadHalf(half: Half): EvalDraft[] {
  return parseCorpus(readFileSync(halfPath(half), 'utf8'), `eval/${half}.jsonl`);
}

/** One draft as a JSONL line, keys in the documented order. */
export function toJsonLine(d: EvalDraft): string {
  return JSON.stringify(d);
}
