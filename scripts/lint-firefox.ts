import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIREFOX_EXTENSION_DIR } from './firefox';

/**
 * `npm run lint:firefox`: addons-linter, the check addons.mozilla.org runs on
 * every upload (and what `web-ext lint` wraps), on the Firefox build. It must
 * find no error, and every warning must be one a dependency causes and the
 * README explains (`DEPENDENCY_WARNINGS`); a warning in our own code, or a
 * new one from a dependency, fails. The Firefox suite runs the same check
 * (tests/firefox/build.firefox.ts), so `npm test` does.
 */

export interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** A warning we cannot fix in our code: which dependency, and how to recognise its code. */
export interface DependencyWarning {
  code: string;
  dependency: string;
  /** Matches the bundled text around the flagged line and column. */
  near: RegExp;
  why: string;
}

export const DEPENDENCY_WARNINGS: DependencyWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    dependency: 'react-dom',
    near: /case`dangerouslySetInnerHTML`:[\s\S]*\.innerHTML=/,
    why:
      "React's support for the `dangerouslySetInnerHTML` prop, bundled in every React app. " +
      'It runs only for elements given that prop, and none of our components uses it.',
  },
];

interface AddonsLinter {
  createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): {
    run(): Promise<LintResult>;
  };
}

/** Runs addons-linter on `dir` and returns what it found. */
export async function lintFirefox(dir: string = FIREFOX_EXTENSION_DIR): Promise<LintResult> {
  const linter = createRequire(import.meta.url)('addons-linter') as AddonsLinter;
  const result = await linter
    .createInstance({
      config: {
        _: [dir],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: false,
        selfHosted: false,
      },
      runAsBinary: false,
    })
    .run();
  return { errors: result.errors, warnings: result.warnings, notices: result.notices };
}

/** The bundled text around a message's line and column, to tell whose code it is. */
function around(dir: string, message: LintMessage, width = 400): string {
  if (!message.file || !message.line) return '';
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const at = message.column ?? 0;
  return line.slice(Math.max(0, at - width), at + width);
}

/** The dependency a warning comes from, or null when it is not a known dependency warning. */
export function explain(message: LintMessage, dir: string = FIREFOX_EXTENSION_DIR) {
  const text = around(dir, message);
  return (
    DEPENDENCY_WARNINGS.find((known) => known.code === message.code && known.near.test(text)) ??
    null
  );
}

const where = (m: LintMessage) =>
  [m.file, m.line, m.column].filter((part) => part !== undefined).join(':');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await lintFirefox();
  let failed = result.errors.length > 0;
  for (const error of result.errors)
    console.log(`error    ${error.code} ${where(error)}: ${error.message}`);
  for (const warning of result.warnings) {
    const known = explain(warning);
    if (!known) failed = true;
    console.log(
      `warning  ${warning.code} ${where(warning)}: ${warning.message}` +
        (known ? ` [${known.dependency}, see README]` : ' [ours: fix it]'),
    );
  }
  for (const notice of result.notices)
    console.log(`notice   ${notice.code} ${where(notice)}: ${notice.message}`);
  console.log(
    `addons-linter: ${result.errors.length} errors, ${result.warnings.length} warnings, ` +
      `${result.notices.length} notices in ${FIREFOX_EXTENSION_DIR}`,
  );
  process.exit(failed ? 1 : 0);
}
