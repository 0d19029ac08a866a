import { describe, expect, it } from 'vitest';
import { checkDraft } from './index';
import { checkOf, type Case } from './testing';

const BODY = `Hi Anna,

Your reps could get back 5 hours a week on call notes. Worth 15 minutes on Tuesday?

Marta`;

const earns: Case[] = [
  { name: 'a short subject about their team', text: BODY, subject: 'Call notes for your six reps' },
  { name: 'an outcome in three words', text: BODY, subject: 'Five hours back' },
  { name: 'their company and their project', text: BODY, subject: 'Northwind’s Leeds rollout' },
  { name: "a reply keeping the thread's subject", text: BODY, subject: 'Re: following up' },
  { name: 'a localised reply prefix', text: BODY, subject: 'AW: Angebot für Ihr Team' },
];

const skipped: Case[] = [
  { name: 'an empty subject', text: BODY, subject: '' },
  { name: '"Following up"', text: BODY, subject: 'Following up' },
  { name: '"Checking in!"', text: BODY, subject: 'Checking in!' },
  { name: '"Quick question"', text: BODY, subject: 'Quick question?' },
  { name: 'a greeting from the sender', text: BODY, subject: 'Hi from Acme' },
  {
    name: 'a subject over 60 characters',
    text: BODY,
    subject: 'How your account executives could get five hours back every single week',
  },
  { name: 'nine short words', text: BODY, subject: 'A way for you to get a lot back' },
  { name: 'all about the sender', text: BODY, subject: 'Acme Corp introduction' },
  { name: 'self-praise', text: BODY, subject: 'The leading call-notes platform' },
  { name: 'a deal', text: BODY, subject: 'Exclusive pricing for your team' },
];

describe('subject: a subject that earns the open', () => {
  it.each(earns)('passes $name', (c) => {
    const check = checkOf('subject', c);
    expect(check.status, check.message).toBe('pass');
  });

  it.each(skipped)('warns on $name', (c) => {
    const check = checkOf('subject', c);
    expect(check.status, check.message).toBe('warn');
  });

  it('counts the rep’s own product name as talking about themselves', () => {
    const c: Case = { name: '', text: BODY, subject: 'NoteBot for teams' };
    expect(checkOf('subject', c).status).toBe('pass');
    const check = checkDraft(
      { mode: 'email', text: BODY, subject: 'NoteBot for teams' },
      { ownNames: ['NoteBot'] },
    ).checks.find((x) => x.id === 'subject');
    expect(check?.status).toBe('warn');
    expect(check?.message).toMatch(/about you/);
  });

  it('says nothing is given when there is no subject at all (the CLI without --subject)', () => {
    const check = checkOf('subject', BODY);
    expect(check.status).toBe('info');
    expect(check.points).toBe(0);
  });

  it('is checked for email only', () => {
    for (const mode of ['linkedin', 'voicemail'] as const) {
      const report = checkDraft({
        mode,
        text: 'Hi Anna, your reps could get 5 hours back a week.',
      });
      expect(report.checks.map((c) => c.id)).not.toContain('subject');
    }
  });
});
