import type { z } from 'zod';
import { RuleOptionsSchema } from '@/lib/rules/options';
import { RULE_IDS, type RuleId } from '@/lib/rules/types';
import { SettingsSchema, type Settings } from '@/lib/settings';

/**
 * The options form's state and its translation to and from `Settings`.
 * Every input's `name` is the settings key it edits (`rules.emailWarnWords`),
 * which is also the key of its error message.
 */

type RuleNumberKey =
  | 'emailWarnWords'
  | 'emailFailWords'
  | 'voicemailWarnSeconds'
  | 'voicemailFailSeconds'
  | 'linkedinWarnChars'
  | 'linkedinFailWords'
  | 'connectionNoteMaxChars'
  | 'sentenceWarnWords'
  | 'wordsPerMinute';

export type NumberField = `rules.${RuleNumberKey}` | 'defaultCadenceDays';

export interface NumberFieldSpec {
  name: NumberField;
  label: string;
  unit: string;
  min: number;
  max: number;
}

function bounds(schema: z.ZodType): { min: number; max: number } {
  // Each numeric setting is `z.number().int().min(a).max(b).default(d)`.
  const inner = (
    schema as unknown as { unwrap(): { minValue: number; maxValue: number } }
  ).unwrap();
  return { min: inner.minValue, max: inner.maxValue };
}

const rule = (key: RuleNumberKey, label: string, unit: string): NumberFieldSpec => ({
  name: `rules.${key}`,
  label,
  unit,
  ...bounds(RuleOptionsSchema.shape[key]),
});

/** Thresholds in the order the rulebook gives them, grouped by mode. */
export const THRESHOLD_GROUPS: { title: string; fields: NumberFieldSpec[] }[] = [
  {
    title: 'Email',
    fields: [
      rule('emailWarnWords', 'Warn when the body is longer than', 'words'),
      rule('emailFailWords', 'Fail when the body is longer than', 'words'),
    ],
  },
  {
    title: 'Voicemail',
    fields: [
      rule('voicemailWarnSeconds', 'Warn when the script runs longer than', 'seconds'),
      rule('voicemailFailSeconds', 'Fail when the script runs longer than', 'seconds'),
      rule('wordsPerMinute', 'Your speaking rate', 'words per minute'),
    ],
  },
  {
    title: 'LinkedIn',
    fields: [
      rule('linkedinWarnChars', 'Warn when a message is longer than', 'characters'),
      rule('linkedinFailWords', 'Fail when a message is longer than', 'words'),
      rule('connectionNoteMaxChars', 'Connection note limit', 'characters'),
    ],
  },
  {
    title: 'Every draft',
    fields: [rule('sentenceWarnWords', 'Warn on a sentence longer than', 'words')],
  },
];

export const CADENCE_FIELD: NumberFieldSpec = {
  name: 'defaultCadenceDays',
  label: 'Next follow-up falls due after',
  unit: 'days',
  ...bounds(SettingsSchema.shape.defaultCadenceDays),
};

export const NUMBER_FIELDS: NumberFieldSpec[] = [
  ...THRESHOLD_GROUPS.flatMap((g) => g.fields),
  CADENCE_FIELD,
];

export const RULE_LABELS: Record<RuleId, string> = {
  purpose: 'Purpose stated early',
  benefit: 'Benefit-led, about them',
  length: 'Short',
  ask: 'One clear next step',
  price: "Don't lead with price",
  urgency: 'No pressure tricks',
  jargon: "The customer's language (jargon)",
  proof: 'An example, not a recipe',
  ease: 'How easy it is (voicemail)',
  subject: 'A subject that earns the open (email)',
  clarity: 'Easy to read',
};

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
/** Monday first, as most sales calendars show the week. */
export const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

export interface FormState {
  numbers: Record<NumberField, string>;
  /** One name per line. */
  ownNames: string;
  /** One domain per line. */
  neverLogDomains: string;
  workingDays: number[];
  disabledRules: RuleId[];
}

/** Field name → message. Keys are input `name`s: `rules.ownNames`, `workingDays`, … */
export type FormErrors = Partial<Record<string, string>>;

function readNumber(settings: Settings, name: NumberField): number {
  if (name === 'defaultCadenceDays') return settings.defaultCadenceDays;
  return settings.rules[name.slice('rules.'.length) as RuleNumberKey];
}

export function settingsToForm(settings: Settings): FormState {
  const numbers = {} as Record<NumberField, string>;
  for (const f of NUMBER_FIELDS) numbers[f.name] = String(readNumber(settings, f.name));
  return {
    numbers,
    ownNames: settings.rules.ownNames.join('\n'),
    neverLogDomains: settings.neverLogDomains.join('\n'),
    workingDays: settings.workingDays.toSorted((a, b) => a - b),
    disabledRules: RULE_IDS.filter((id) => settings.rules.disabledRules.includes(id)),
  };
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function dedupe(list: string[], key: (s: string) => string = (s) => s): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = key(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Zod's issue for one field, said the way a rep reads it. */
function describe(issue: z.core.$ZodIssue, listValues?: string[]): string {
  const index = issue.path[2] ?? issue.path[1];
  const inList = listValues && typeof index === 'number';
  const prefix = inList ? `Line ${index + 1} ("${listValues[index]}"): ` : '';
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return `Keep at least ${issue.minimum}.`;
      if (issue.origin === 'string') return `${prefix}cannot be empty.`;
      return `${prefix}at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'array') return `At most ${issue.maximum} lines.`;
      if (issue.origin === 'string') return `${prefix}at most ${issue.maximum} characters.`;
      return `${prefix}at most ${issue.maximum}.`;
    case 'invalid_format':
      return `${prefix}not ${issue.message}.`;
    default:
      return `${prefix}${issue.message}.`;
  }
}

/** "1 day", "1 word per minute": the unit's first word loses its plural s for one. */
function unitFor(n: number, unit: string): string {
  return n === 1 ? unit.replace(/^(\w+?)s\b/, '$1') : unit;
}

/**
 * The settings the form describes, or every problem, keyed by field name.
 * Nothing is saved unless this returns `ok`.
 */
export function formToSettings(
  form: FormState,
): { ok: true; settings: Settings } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const numbers = {} as Record<NumberField, number>;
  for (const f of NUMBER_FIELDS) {
    const raw = form.numbers[f.name].trim();
    if (raw === '') errors[f.name] = `Enter a number from ${f.min} to ${f.max}.`;
    else if (!/^\d+$/.test(raw)) errors[f.name] = `Enter a whole number from ${f.min} to ${f.max}.`;
    else numbers[f.name] = Number(raw);
  }
  const ownNames = dedupe(lines(form.ownNames), (s) => s.toLowerCase());
  const neverLogDomains = dedupe(
    lines(form.neverLogDomains).map((d) => d.replace(/^@/, '').toLowerCase()),
  );
  const candidate = {
    rules: {
      emailWarnWords: numbers['rules.emailWarnWords'],
      emailFailWords: numbers['rules.emailFailWords'],
      voicemailWarnSeconds: numbers['rules.voicemailWarnSeconds'],
      voicemailFailSeconds: numbers['rules.voicemailFailSeconds'],
      linkedinWarnChars: numbers['rules.linkedinWarnChars'],
      linkedinFailWords: numbers['rules.linkedinFailWords'],
      connectionNoteMaxChars: numbers['rules.connectionNoteMaxChars'],
      sentenceWarnWords: numbers['rules.sentenceWarnWords'],
      wordsPerMinute: numbers['rules.wordsPerMinute'],
      ownNames,
      disabledRules: RULE_IDS.filter((id) => form.disabledRules.includes(id)),
    },
    defaultCadenceDays: numbers.defaultCadenceDays,
    workingDays: [...new Set(form.workingDays)].toSorted((a, b) => a - b),
    neverLogDomains,
  };
  const parsed = SettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const top = issue.path[0];
      const name = top === 'rules' ? `rules.${String(issue.path[1])}` : String(top);
      if (errors[name]) continue; // a parse error already says more
      if (name === 'workingDays') {
        errors[name] = 'Pick at least one working day.';
        continue;
      }
      const list =
        name === 'rules.ownNames'
          ? ownNames
          : name === 'neverLogDomains'
            ? neverLogDomains
            : undefined;
      const spec = NUMBER_FIELDS.find((f) => f.name === name);
      // "At least 10 words." reads better beside the box than "At least 10."
      const bound = 'minimum' in issue ? issue.minimum : 'maximum' in issue ? issue.maximum : 0;
      const unit = spec ? ` ${unitFor(Number(bound), spec.unit)}` : '';
      const message = describe(issue, list).replace(/\.$/, `${unit}.`);
      errors[name] = message.charAt(0).toUpperCase() + message.slice(1);
    }
  }
  // The rulebook's "warn above, fail above" only makes sense in that order.
  const order: [NumberField, NumberField][] = [
    ['rules.emailWarnWords', 'rules.emailFailWords'],
    ['rules.voicemailWarnSeconds', 'rules.voicemailFailSeconds'],
  ];
  for (const [warn, fail] of order) {
    if (!errors[warn] && !errors[fail] && numbers[fail] < numbers[warn]) {
      errors[fail] = `Must be at least the warning limit (${numbers[warn]}).`;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, settings: parsed.data };
}
