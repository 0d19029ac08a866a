import { describe, expect, it } from 'vitest';
import { checkDraft } from './index';
import { checkOf, highlighted, type Case } from './testing';

/** Plain sentences a rep writes, none longer than 16 words. */
const SENTENCES = [
  'Your support team answered 4,000 tickets last month.',
  'Most of them were about refunds and delivery dates.',
  'Teams like yours cut that volume by a third with self-service answers.',
  'Agents then spend their time on the hard cases.',
  'Northwind saw first replies drop from nine hours to two.',
  'It works with the helpdesk you already use.',
  'Nothing changes for your customers except faster answers.',
  'I can show you the numbers from a similar shop.',
];

/** `n` words of ordinary prose, in short sentences. */
function prose(n: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const words = SENTENCES[i % SENTENCES.length].split(' ');
    const take = words.slice(0, n - count);
    count += take.length;
    out.push(take.join(' ') + (take.length < words.length ? '.' : ''));
  }
  return out.join(' ');
}

const email = (bodyWords: number) =>
  `Hi Anna,\n\n${prose(bodyWords - 2)}\n\nBest,\nMarta Kowalska\nAccount Executive, Acme\n+48 555 010 200`;

const short: (Case & { options?: Record<string, number> })[] = [
  { name: 'a 90-word email (signature not counted)', text: email(90) },
  { name: 'an email of exactly 125 words', text: email(125) },
  {
    name: 'a 60-word reply above a 400-word quoted thread',
    text: `${email(60)}\n\nOn Mon, 2 Mar 2026 at 09:14, Anna Berg <anna@example.com> wrote:\n${prose(
      400,
    )
      .split('. ')
      .map((l) => `> ${l}.`)
      .join('\n')}`,
  },
  {
    name: 'a 28-second voicemail',
    mode: 'voicemail',
    text: `Hi Anna, this is Zoë from Acme. ${prose(62)} Call me on 555 0142.`,
  },
  {
    name: 'a 250-character LinkedIn message',
    mode: 'linkedin',
    text: 'Hi Priya, saw your post on support hiring 👋 Teams like yours cut ticket volume by a third with self-service answers, and agents keep the helpdesk they use. Worth comparing notes next week?',
  },
  {
    name: 'a 290-character connection note',
    mode: 'linkedin',
    connectionNote: true,
    text: 'Hi Oluwaseun, loved your talk at SaaStr on onboarding. We helped two lending teams your size cut onboarding from 6 weeks to 9 days, and I think your new Lagos office could see the same. Would be glad to connect and swap notes on what worked for them.',
  },
  {
    name: 'a short email with a bullet list',
    text: `Hi Zoë,

Three things your team gets:
- faster refunds
- fewer tickets
- one dashboard

Thursday?`,
  },
  {
    name: 'a 140-word email when the rep allows 150',
    text: email(140),
    options: { emailWarnWords: 150 },
  },
];

const long: (Case & { status: 'warn' | 'fail'; options?: Record<string, number> })[] = [
  { name: 'a 160-word email', status: 'warn', text: email(160) },
  { name: 'a 230-word email', status: 'fail', text: email(230) },
  {
    name: 'a 36-second voicemail',
    status: 'warn',
    mode: 'voicemail',
    text: `Hi Anna, this is Zoë from Acme. ${prose(80)} Call me on 555 0142.`,
  },
  {
    name: 'a 52-second voicemail',
    status: 'fail',
    mode: 'voicemail',
    text: `Hi Anna, this is Zoë from Acme. ${prose(120)} Call me on 555 0142.`,
  },
  {
    name: 'a 420-character LinkedIn message',
    status: 'warn',
    mode: 'linkedin',
    text: `Hi Priya, ${prose(62)}`,
  },
  {
    name: 'a 120-word LinkedIn message',
    status: 'fail',
    mode: 'linkedin',
    text: `Hi Priya, ${prose(118)}`,
  },
  {
    name: 'a connection note over 300 characters',
    status: 'fail',
    mode: 'linkedin',
    connectionNote: true,
    text: `Hi Oluwaseun, ${prose(52)}`,
  },
  {
    name: 'a short email with one 37-word sentence',
    status: 'warn',
    text: `Hi Anna,

We looked at how your agents handle refunds and we think that with a few changes to the macros, the routing rules and the way you tag orders you could answer most of them in one reply.

Thursday?`,
  },
  {
    name: 'a 30-second script read slowly (120 words a minute)',
    status: 'warn',
    mode: 'voicemail',
    options: { wordsPerMinute: 120 },
    text: `Hi Anna, this is Zoë from Acme. ${prose(68)} Call me on 555 0142.`,
  },
];

describe('length: short', () => {
  it.each(short)('passes $name', (c) => {
    const check = checkOf('length', c, c.options);
    expect(check.status, check.message).toBe('pass');
  });

  it.each(long)('flags $name', (c) => {
    const check = checkOf('length', c, c.options);
    expect(check.status, check.message).toBe(c.status);
  });

  it('counts the words of the body only and says how many', () => {
    const report = checkDraft({ mode: 'email', text: email(90) });
    expect(report.words).toBe(90);
    expect(report.checks.find((c) => c.id === 'length')?.message).toContain('90 words');
  });

  it('highlights everything past word 125', () => {
    const text = email(160);
    const check = checkOf('length', text);
    const [past] = highlighted(text, check);
    const body = text.slice(0, text.indexOf('\n\nBest,'));
    const words = body.split(/\s+/).filter((w) => /\w/.test(w));
    expect(past.split(/\s+/).filter((w) => /\w/.test(w)).length).toBe(words.length - 125);
    expect(check.message).toContain('160 words');
  });

  it('times a voicemail at the rep’s speaking rate', () => {
    const text = `Hi Anna, this is Zoë from Acme. ${prose(80)} Call me on 555 0142.`;
    const report = checkDraft({ mode: 'voicemail', text });
    expect(report.speakingSeconds).toBe(Math.round((report.words / 150) * 60));
    expect(report.checks.find((c) => c.id === 'length')?.message).toContain(
      `about ${report.speakingSeconds} s`,
    );
  });

  it('highlights what a connection note has past 300 characters', () => {
    const text = `Hi Oluwaseun, ${prose(52)}`;
    const check = checkOf('length', { name: '', text, mode: 'linkedin', connectionNote: true });
    expect(check.spans[0]).toEqual({ start: 300, end: text.length });
    expect(check.message).toMatch(/cuts connection notes at 300/);
  });

  it('highlights the long sentence and says to split it', () => {
    const text =
      'Hi Anna,\n\nWe looked at how your agents handle refunds and we think that with a few changes to the macros, the routing rules and the way you tag orders you could answer most of them in one reply.\n\nThursday?';
    const check = checkOf('length', text);
    expect(highlighted(text, check)).toEqual([
      text.slice(text.indexOf('We looked'), text.indexOf('one reply.') + 'one reply.'.length),
    ]);
    expect(check.message).toMatch(/one sentence runs 37 words: split it/);
  });
});
