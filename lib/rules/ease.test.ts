import { describe, expect, it } from 'vitest';
import { checkDraft } from './index';
import { checkOf, highlighted, type Case } from './testing';

const vm = (text: string, name: string): Case => ({ name, text, mode: 'voicemail' });

const easy: Case[] = [
  vm(
    'Hi Dana, this is Chris from Fleetwise. Teams like yours lose about six hours a week reconciling fuel cards by hand. It takes one afternoon to set up and nothing changes for your drivers. Call me back at 555 0134.',
    '"takes one afternoon", "nothing changes for your drivers"',
  ),
  vm(
    "Hi Anna, this is Zoë from Acme. Your agents could answer twice as many refund tickets, and it's live in a day with no IT project. Call me on 555 0142.",
    '"live in a day, no IT project"',
  ),
  vm(
    'Hi José, Mei here from Acme. Your warehouse could save €40k a year on returns, and it works with your current scanners. My number is 555 0199.',
    '"works with your current scanners"',
  ),
  vm(
    "Hi Priya, it's Sam at Acme. Your clinics could cut no-shows by 30%. Setup takes about 20 minutes. Call me back on 555 0123.",
    '"setup takes about 20 minutes"',
  ),
  vm(
    'Hi Dr. Müller, this is Jonas. Your front desk could stop chasing confirmations — patients confirm by text, nothing to install. 555 0177.',
    '"nothing to install"',
  ),
  vm(
    'Hi Zoë Łukasiewicz, Marta from Acme here. Your team keeps its helpdesk; we handle the setup, and replies get twice as fast. Call me on 555 0101.',
    '"we handle the setup"',
  ),
  vm(
    "Hi Tomás, it's Mei. Your onboarding could take 9 days, not 6 weeks. It's easy to try on one branch. 555 0140.",
    '"easy to try"',
  ),
  vm(
    'Hi Oluwaseun, this is Sam from Acme. Your officers could approve loans in a day, without changing your core system. Call me on 555 0150.',
    '"without changing your core system"',
  ),
  vm(
    'Hey Mei 🙂 Zoë here. Your returns could drop by a third — no contract, cancel any time. Ring me on 555 0160.',
    '"no contract"',
  ),
];

const notSaid: Case[] = [
  vm(
    'Hi Anna, this is Zoë from Acme. Your agents could answer twice as many refund tickets. Call me on 555 0142.',
    'a benefit but nothing on effort',
  ),
  vm(
    'Hi José, Mei from Acme. We are a logistics software company. Call me on 555 0199.',
    'a company intro',
  ),
  vm("Hi Priya, it's Sam. Just checking in on my email from last week. 555 0123.", 'a check-in'),
  vm(
    'Hi Dr. Müller, this is Jonas. Clinics your size lose 6 hours a week to phone scheduling. 555 0177.',
    'a pain with no word on how easy the fix is',
  ),
  vm(
    'Hi Zoë, Marta here. Your team could reply 40% faster. The project takes six months and a dedicated admin. 555 0101.',
    'a heavy project',
  ),
  vm("Hi Tomás, it's Mei. Give me a call back when you can on 555 0140.", 'only a call-back'),
  vm(
    'Hi Oluwaseun, this is Sam from Acme. Your officers could approve loans in a day. Call me on 555 0150.',
    'speed but not ease',
  ),
  vm('', 'an empty script'),
];

describe('ease: (voicemail) how easy it is', () => {
  it.each(easy)('passes $name', (c) => {
    const check = checkOf('ease', c);
    expect(check.status, check.message).toBe('pass');
  });

  it.each(notSaid)('notes $name', (c) => {
    const check = checkOf('ease', c);
    expect(check.status, check.message).toBe('info');
  });

  it('highlights the words that say how easy it is', () => {
    const text = "Hi Anna, it's live in a day with no IT project.";
    expect(highlighted(text, checkOf('ease', { name: '', text, mode: 'voicemail' }))).toEqual([
      'live in a day',
      'no IT project',
    ]);
  });

  it('is a voicemail check only', () => {
    for (const mode of ['email', 'linkedin'] as const) {
      const report = checkDraft({ mode, text: 'Hi Anna, it is easy.' });
      expect(report.checks.map((c) => c.id)).not.toContain('ease');
    }
  });
});

describe('ease: how easy, in the words reps use', () => {
  it.each([
    'You can be live by Monday.',
    'It runs overnight on its own.',
    'The sensor mounts in an hour.',
    'We load your team in for you.',
    'It works on the phones they already carry, nothing to set up.',
    'Sensors stick on, no wiring.',
    'We handle the setup over a weekend.',
    'Setup is a single afternoon and your drivers keep their phones.',
  ])('passes %j', (sentence) => {
    const text = `Hi Henrik, Eva from TyreTrack. Fleets like yours lose a truck a day to blowouts. ${sentence} Call me on 020 7946 0321.`;
    expect(checkOf('ease', { name: '', mode: 'voicemail', text }).status).toBe('pass');
  });

  it('notes a script that never says how easy it is', () => {
    const text =
      'Hi Henrik, Eva from TyreTrack. Fleets like yours lose a truck a day to blowouts. Call me on 020 7946 0321.';
    expect(checkOf('ease', { name: '', mode: 'voicemail', text }).status).toBe('info');
  });
});
