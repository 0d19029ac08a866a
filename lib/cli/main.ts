/**
 * `wiifm check`: the rule engine from a terminal. Argument parsing and the run
 * live here as `main`, so tests call it in-process; `bin/wiifm.mjs` only
 * loads this file and hands over the process's streams and exit code.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import {
  RULES,
  RuleOptionsSchema,
  checkDraft,
  type DraftContext,
  type Mode,
  type Report,
  type RuleOptions,
  type Status,
} from '@/lib/rules';
import { DecodeError, decodeDraft } from './decode';
import { htmlToText, looksLikeHtml } from './html';

export interface CliIO {
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export const USAGE = `Usage: wiifm check [--mode email|voicemail|linkedin] [--subject S] [--config FILE] [--html] [--json] FILE|-

Checks a sales draft against the WII-FM rulebook.

  FILE | -            the draft to check (UTF-8, or UTF-16 with a byte-order mark); - reads stdin
  --mode M            email (default), voicemail or linkedin
  --subject S         the email's subject line
  --connection-note   LinkedIn: the draft is a connection note (300-character limit)
  --to-name N         the recipient's name      (their name and company count as
  --to-company C      the recipient's company    talking about them; their title's
  --to-title T        the recipient's job title  trade acronyms are not jargon)
  --config FILE       JSON rule options, e.g. {"emailWarnWords": 100, "ownNames": ["Acme"]}
  --html              the draft is HTML (also detected when the input clearly is)
  --json              print the report as JSON
  -h, --help          show this help

Exit status: 0 when no check fails (or the draft has no score), 1 when one fails,
2 on a usage error, an unreadable or undecodable file, or an invalid config.
`;

const MODES: readonly Mode[] = ['email', 'voicemail', 'linkedin'];

/** A problem with how wiifm was called: one line on stderr, exit 2. */
class UsageError extends Error {}

/** Runs the CLI with `argv` (without node and script). Resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`wiifm: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        mode: { type: 'string' },
        subject: { type: 'string' },
        config: { type: 'string' },
        json: { type: 'boolean' },
        html: { type: 'boolean' },
        'connection-note': { type: 'boolean' },
        'to-name': { type: 'string' },
        'to-company': { type: 'string' },
        'to-title': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`${firstLine(e)} (see wiifm --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help === true || positionals[0] === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (command === undefined) throw new UsageError('no command given (see wiifm --help)');
  if (command !== 'check') {
    throw new UsageError(`unknown command '${command}': only 'check' (see wiifm --help)`);
  }
  if (file === undefined) throw new UsageError('check needs a FILE, or - for stdin');
  if (extra.length > 0) throw new UsageError(`one FILE at a time (also got '${extra[0]}')`);
  const mode = (values.mode ?? 'email') as Mode;
  if (!MODES.includes(mode)) {
    throw new UsageError(`--mode must be email, voicemail or linkedin, not '${values.mode}'`);
  }
  const options = values.config === undefined ? undefined : await readConfig(values.config);
  const bytes = file === '-' ? await readStdin(io.stdin) : await readDraft(file);
  let text: string;
  try {
    text = decodeDraft(bytes, file === '-' ? 'stdin' : file);
  } catch (e) {
    if (e instanceof DecodeError) throw new UsageError(e.message);
    throw e;
  }
  if (values.html === true || looksLikeHtml(text)) text = htmlToText(text);

  const recipient = {
    ...(values['to-name'] !== undefined && { name: values['to-name'] }),
    ...(values['to-company'] !== undefined && { company: values['to-company'] }),
    ...(values['to-title'] !== undefined && { title: values['to-title'] }),
  };
  const context: DraftContext | undefined =
    Object.keys(recipient).length > 0 ? { recipient } : undefined;
  const report = checkDraft(
    {
      mode,
      text,
      subject: values.subject,
      connectionNote: values['connection-note'] === true ? true : undefined,
      ...(context !== undefined && { context }),
    },
    options,
  );
  io.stdout.write(
    values.json === true ? `${JSON.stringify(report, null, 2)}\n` : human(report, text),
  );
  // A draft with no score (too short, not English) has no verdict to fail on.
  if (report.score === null) return 0;
  return report.checks.some((c) => c.status === 'fail') ? 1 : 0;
}

async function readDraft(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${errorCode(e)}`);
  }
}

async function readStdin(stdin: CliIO['stdin']): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdin) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

async function readConfig(file: string): Promise<RuleOptions> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read config ${file}: ${errorCode(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(stripBom(raw));
  } catch (e) {
    throw new UsageError(`config ${file} is not valid JSON: ${firstLine(e)}`);
  }
  // Strict, so a misspelt field is reported instead of silently ignored.
  const result = RuleOptionsSchema.strict().safeParse(json);
  if (!result.success) {
    throw new UsageError(`invalid config ${file}: ${describeIssues(result.error.issues)}`);
  }
  return result.data;
}

/** "emailWarnWords: Too small: expected number to be >=10; ownNames.0: …" on one line. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((i) => {
      const where = i.path.length > 0 ? i.path.join('.') : 'config';
      return `${where}: ${i.message}`;
    })
    .join('; ');
}

const MARK: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗', info: 'i' };
const TITLES = new Map(RULES.map((r) => [r.id, r.title]));

const BAND: Record<NonNullable<Report['band']>, string> = {
  ready: 'ready to send',
  'needs-work': 'needs work',
  weak: 'weak',
};
const UNSCORED: Record<NonNullable<Report['unscored']>, string> = {
  'too-short': 'no score: nothing to check yet (fewer than 8 words)',
  'not-english': 'no score: this draft is not in English, and the rules are written for English',
};

/** The report for a person: score, then each check with its verdict, words and advice. */
export function human(report: Report, text: string): string {
  const spoken = report.mode === 'voicemail' ? `, about ${report.speakingSeconds} s spoken` : '';
  const what = `(${report.mode}, ${report.words} words${spoken})`;
  const head =
    report.score === null || report.band === null
      ? `WII-FM ${UNSCORED[report.unscored ?? 'too-short']} ${what}`
      : `WII-FM score ${report.score}/100, ${BAND[report.band]} ${what}`;
  const lines = [head, ''];
  for (const c of report.checks) {
    const fix = c.points > 0 ? `  fix: +${c.points}` : '';
    lines.push(
      `${MARK[c.status]} ${c.status.padEnd(4)}  ${TITLES.get(c.id) ?? c.id} [${c.id}]${fix}`,
    );
    lines.push(`        ${c.message}`);
    if (c.spans.length > 0 && c.status !== 'pass') {
      const words = c.spans.slice(0, 5).map((s) => `"${excerpt(text.slice(s.start, s.end))}"`);
      const more = c.spans.length > 5 ? ` (+${c.spans.length - 5} more)` : '';
      lines.push(`        ${words.join(' · ')}${more}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function excerpt(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 48 ? `${t.slice(0, 47)}…` : t;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function errorCode(e: unknown): string {
  if (e instanceof Error && 'code' in e && typeof e.code === 'string') {
    return e.code === 'ENOENT'
      ? 'no such file'
      : e.code === 'EISDIR'
        ? 'it is a directory'
        : e.code;
  }
  return firstLine(e);
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
