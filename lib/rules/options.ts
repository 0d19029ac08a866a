import { z } from '@/lib/zod';
import { RULE_IDS } from './types';

/**
 * What a rep can tune about the checks (rulebook.md: "Thresholds are defaults a
 * rep can change in the options page"). Every field has the rulebook's default,
 * so `RuleOptionsSchema.parse({})` is the rulebook as written.
 */
export const RuleOptionsSchema = z.object({
  /** Email body words above which `length` warns ("≤ 125 words"). */
  emailWarnWords: z.number().int().min(10).max(2000).default(125),
  /** Email body words above which `length` fails ("fail above 200"). */
  emailFailWords: z.number().int().min(10).max(5000).default(200),
  /** Voicemail seconds above which `length` warns ("≤ 30 s"). */
  voicemailWarnSeconds: z.number().int().min(5).max(600).default(30),
  /** Voicemail seconds above which `length` fails ("> 45 s fail"). */
  voicemailFailSeconds: z.number().int().min(5).max(900).default(45),
  /** LinkedIn characters above which `length` warns (what a phone shows). */
  linkedinWarnChars: z.number().int().min(50).max(8000).default(300),
  /** LinkedIn words above which `length` fails. */
  linkedinFailWords: z.number().int().min(10).max(2000).default(100),
  /** The invitation box's hard limit: above it a connection note fails. */
  connectionNoteMaxChars: z.number().int().min(50).max(2000).default(300),
  /** Any sentence longer than this warns. */
  sentenceWarnWords: z.number().int().min(5).max(200).default(30),
  /** The rep's speaking rate, for voicemail timing. */
  wordsPerMinute: z.number().int().min(60).max(300).default(150),
  /** The rep's own company and product names: they count as talking about "us". */
  ownNames: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
  /** Rules the rep switched off; they are left out of the report. */
  disabledRules: z.array(z.enum(RULE_IDS)).default([]),
});

export type RuleOptions = z.infer<typeof RuleOptionsSchema>;
export type RuleOptionsInput = z.input<typeof RuleOptionsSchema>;
