import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/rules';
import { main } from './main';

const GOOD = `Hi Anna,

I saw your team is hiring six reps; we helped Northwind cut ramp from 5 months to 7 weeks.

Worth 15 minutes on Tuesday?

Best,
Marta`;

const CHECK_IN = `Hi Anna,

Just checking in to see if you had a chance to look at my last email.

Thanks,
Bob`;

let dir = '';
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wiifm-cli-'));
});

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

function lengthOf(r: { checks: { id: string; status: string }[] }): string | undefined {
  return r.checks.find((c) => c.id === 'length')?.status;
}

describe('wiifm check', () => {
  it('prints usage for --help and exits 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: wiifm check [--mode email|voicemail|linkedin]');
    expect(stderr).toBe('');
  });

  it('exits 0 and shows the score and every check for a good draft', async () => {
    const { code, stdout } = await run(['check', file('good.txt', GOOD)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^WII-FM score \d+\/100, ready to send \(email, \d+ words\)/);
    for (const id of [
      'purpose',
      'benefit',
      'length',
      'ask',
      'price',
      'urgency',
      'jargon',
      'proof',
      'subject',
      'clarity',
    ]) {
      expect(stdout).toContain(`[${id}]`);
    }
  });

  it('exits 1 when a check fails and quotes the words that failed it', async () => {
    const { code, stdout } = await run(['check', file('checkin.txt', CHECK_IN)]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ fail {2}Purpose stated early \[purpose\] {2}fix: \+\d+/);
    expect(stdout).toContain('"Just checking in" · "had a chance to"');
    expect(stdout).toMatch(/^WII-FM score \d+\/100, weak/);
    expect(stdout).toContain("say why you're writing");
  });

  it('prints exactly the engine’s report with --json', async () => {
    const { code, stdout } = await run([
      'check',
      '--json',
      '--subject',
      'Ramp for your reps',
      file('good.json.txt', GOOD),
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      checkDraft({ mode: 'email', text: GOOD, subject: 'Ramp for your reps' }),
    );
  });

  it('reads the draft from stdin with -', async () => {
    const { code, stdout } = await run(['check', '--json', '-'], CHECK_IN);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual(checkDraft({ mode: 'email', text: CHECK_IN }));
  });

  it('checks a voicemail script with --mode voicemail (the ask is the call-back, with ease)', async () => {
    const script =
      "Hi Anna, this is Zoë from Acme. I'm calling because your agents could answer twice as many tickets, live in a day. Call me on 555 0142.";
    const { stdout } = await run(['check', '--mode', 'voicemail', '--json', '-'], script);
    const report = JSON.parse(stdout);
    expect(report.mode).toBe('voicemail');
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual([
      'purpose',
      'benefit',
      'length',
      'ask',
      'price',
      'urgency',
      'jargon',
      'ease',
      'clarity',
    ]);
    expect(report.checks.find((c: { id: string }) => c.id === 'ask').status).toBe('pass');
  });

  it('says there is nothing to check yet for a draft of a few words', async () => {
    const { code, stdout } = await run(['check', '-'], 'Hi Anna, quick one');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^WII-FM no score: nothing to check yet/);
  });

  it('gives no score to a draft that is not in English, and says why', async () => {
    const spanish =
      'Hola Ana, te escribo porque tenemos un descuento del 20% para tu empresa este mes. ¿Hablamos el martes por la mañana?';
    const { stdout } = await run(['check', '-'], spanish);
    expect(stdout).toMatch(/^WII-FM no score: this draft is not in English/);
    const json = JSON.parse((await run(['check', '--json', '-'], spanish)).stdout);
    expect(json.score).toBeNull();
    expect(json.unscored).toBe('not-english');
  });

  it('decodes a UTF-16 file with a byte-order mark', async () => {
    const path = join(dir, 'utf16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
    const { code, stdout } = await run(['check', '--json', path]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(checkDraft({ mode: 'email', text: GOOD }));
  });

  it('checks HTML as its text with --html, and when the input clearly is HTML', async () => {
    const html =
      '<div dir="ltr"><p>Hi Anna,</p><p>I saw your team is hiring six reps; we helped Northwind cut ramp from 5 months to 7 weeks.</p><p>Worth 15&nbsp;minutes on <b>Tuesday</b>?</p><div class="gmail_signature">Marta | Acme</div></div>';
    const text =
      'Hi Anna,\n\nI saw your team is hiring six reps; we helped Northwind cut ramp from 5 months to 7 weeks.\n\nWorth 15\u00a0minutes on Tuesday?';
    const flagged = JSON.parse((await run(['check', '--html', '--json', '-'], html)).stdout);
    const detected = JSON.parse((await run(['check', '--json', '-'], html)).stdout);
    const plain = checkDraft({ mode: 'email', text });
    expect(flagged.words).toBe(plain.words);
    expect(detected).toEqual(flagged);
    expect(flagged.checks.map((c: { status: string }) => c.status)).toEqual(
      plain.checks.map((c) => c.status),
    );
  });

  it('passes the recipient to the checks: their trade acronyms are not jargon', async () => {
    const draft =
      'Hi Grace,\n\nAfter a storm your FNOL lines jam for days. Harbourside Insurance answered 95% of storm calls within five minutes last winter.\n\nWould Tuesday at 9:30 work?';
    const jargonOf = (out: string) =>
      JSON.parse(out).checks.find((c: { id: string }) => c.id === 'jargon').status;
    expect(jargonOf((await run(['check', '--json', '-'], draft)).stdout)).toBe('warn');
    const withTitle = await run(['check', '--json', '--to-title', 'Claims Director', '-'], draft);
    expect(jargonOf(withTitle.stdout)).toBe('pass');
  });

  it('fails a long LinkedIn connection note with --connection-note', async () => {
    const note = `Hi Zoë, ${'your team could answer more tickets with less effort every day. '.repeat(6)}`;
    const plain = JSON.parse(
      (await run(['check', '--mode', 'linkedin', '--json', '-'], note)).stdout,
    );
    const invite = JSON.parse(
      (await run(['check', '--mode', 'linkedin', '--connection-note', '--json', '-'], note)).stdout,
    );
    expect(lengthOf(plain)).toBe('warn');
    expect(lengthOf(invite)).toBe('fail');
  });

  it('applies a config file: own names and disabled rules', async () => {
    const config = file(
      'wiifm.json',
      JSON.stringify({ ownNames: ['Northwind'], disabledRules: ['proof'] }),
    );
    const { stdout } = await run(['check', '--config', config, '--json', file('good2.txt', GOOD)]);
    const report = JSON.parse(stdout);
    expect(report).toEqual(
      checkDraft(
        { mode: 'email', text: GOOD },
        { ownNames: ['Northwind'], disabledRules: ['proof'] },
      ),
    );
    expect(report.checks.map((c: { id: string }) => c.id)).not.toContain('proof');
  });

  describe('exits 2 with one line on stderr', () => {
    it.each([
      ['no command', [], /^wiifm: no command given/],
      ['an unknown command', ['lint', 'x.txt'], /^wiifm: unknown command 'lint'/],
      ['no file', ['check'], /^wiifm: check needs a FILE, or - for stdin/],
      ['two files', ['check', 'a.txt', 'b.txt'], /^wiifm: one FILE at a time/],
      ['an unknown option', ['check', '--shout', 'a.txt'], /^wiifm: Unknown option '--shout'/],
      [
        'an unknown mode',
        ['check', '--mode', 'fax', 'a.txt'],
        /^wiifm: --mode must be email, voicemail or linkedin, not 'fax'/,
      ],
    ])('for %s', async (_name, argv, message) => {
      const { code, stdout, stderr } = await run(argv as string[]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    });

    it('for a Latin-1 file, instead of checking mojibake', async () => {
      const path = join(dir, 'latin1.txt');
      writeFileSync(path, Buffer.from('Hi Anna,\n\nCafé owners lose 5 hours a week.\n', 'latin1'));
      const { code, stdout, stderr } = await run(['check', path]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^wiifm: .*latin1\.txt is not UTF-8 text .*save it as UTF-8/);
    });

    it('for a binary file', async () => {
      const path = join(dir, 'binary.bin');
      writeFileSync(path, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x10]));
      const { code, stderr } = await run(['check', path]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^wiifm: .*binary\.bin looks like a binary file/);
    });

    it('for a missing file', async () => {
      const { code, stderr } = await run(['check', join(dir, 'nope.txt')]);
      expect(code).toBe(2);
      expect(stderr).toBe(`wiifm: cannot read ${join(dir, 'nope.txt')}: no such file\n`);
    });

    it('for a config that breaks a rule, naming the field', async () => {
      const config = file(
        'bad.json',
        JSON.stringify({ emailWarnWords: 3, ownNames: ['Acme', ''] }),
      );
      const { code, stderr } = await run(['check', '--config', config, file('g.txt', GOOD)]);
      expect(code).toBe(2);
      expect(stderr).toMatch(
        /^wiifm: invalid config .*bad\.json: emailWarnWords: .*>=10; ownNames\.1: /,
      );
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    });

    it('for a misspelt config field', async () => {
      const config = file('typo.json', JSON.stringify({ emailWarnWord: 100 }));
      const { code, stderr } = await run(['check', '--config', config, file('g2.txt', GOOD)]);
      expect(code).toBe(2);
      expect(stderr).toContain('Unrecognized key: "emailWarnWord"');
    });

    it('for a config that is not JSON', async () => {
      const config = file('notjson.json', '{ emailWarnWords: 100 }');
      const { code, stderr } = await run(['check', '--config', config, file('g3.txt', GOOD)]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^wiifm: config .*notjson\.json is not valid JSON: /);
    });
  });
});

describe('bin/wiifm.mjs', () => {
  it('runs as a real command: draft on stdin, JSON out, exit 1 on a failing check', () => {
    const bin = fileURLToPath(new URL('../../bin/wiifm.mjs', import.meta.url));
    const result = spawnSync(process.execPath, [bin, 'check', '--json', '-'], {
      input: CHECK_IN,
      encoding: 'utf8',
      cwd: tmpdir(),
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual(checkDraft({ mode: 'email', text: CHECK_IN }));
  });
});
