import EmailReplyParser from 'email-reply-parser';
import { describe, expect, it } from 'vitest';
import { findGreeting, stripEmail } from './strip';

/** The words the rules get to read. */
function kept(text: string): string {
  return stripEmail(text).body.split(/\s+/).filter(Boolean).join(' ');
}

describe('email signature and reply trail are not checked', () => {
  it.each([
    [
      'a "-- " signature',
      'Worth 15 minutes on Tuesday?\n\n-- \nMarta Kowalska\nAcme | +48 555 010 200',
    ],
    [
      '"Best," and a name',
      'Worth 15 minutes on Tuesday?\n\nBest,\nMarta Kowalska\nAccount Executive',
    ],
    [
      '"Thanks!" and "Sent from my iPhone"',
      'Worth 15 minutes on Tuesday?\n\nThanks!\nJonas\n\nSent from my iPhone',
    ],
    ['"Cheers, Sam" on one line', 'Worth 15 minutes on Tuesday?\n\nCheers, Sam'],
    [
      '"Kind regards," and a title',
      'Worth 15 minutes on Tuesday?\n\nKind regards,\nDr. Jonas Weber\nHead of Sales',
    ],
    [
      'a Gmail "On … wrote:" trail',
      'Worth 15 minutes on Tuesday?\n\nOn Tue, 3 Mar 2026 at 09:14, Zoë Łukasiewicz <zoe@example.pl> wrote:\n> Can you send the summary?',
    ],
    [
      'a "wrote:" header wrapped over two lines',
      'Worth 15 minutes on Tuesday?\n\nOn Tue, 3 Mar 2026 at 09:14, Zoë Łukasiewicz <\nzoe@example.pl> wrote:\n> Can you send it?',
    ],
    [
      'an Outlook "-----Original Message-----"',
      'Worth 15 minutes on Tuesday?\n\n-----Original Message-----\nFrom: Anna Berg\nSent: Monday, March 2, 2026 5:40 PM\nSubject: pricing\n\nCan you send pricing?',
    ],
    [
      'a forwarded message',
      'Worth 15 minutes on Tuesday?\n\n---------- Forwarded message ---------\nFrom: Anna Berg <anna@example.com>\nDate: Mon, 2 Mar 2026\n\nHi all, see below.',
    ],
    [
      'an Outlook "From:/Sent:" header',
      'Worth 15 minutes on Tuesday?\n\nFrom: Anna Berg <anna@example.com>\nSent: Monday, 2 March 2026 17:40\nTo: Marta\n\nCan you send pricing?',
    ],
    ['"> " quoted lines', '> Can you send pricing?\n> Anna\n\nWorth 15 minutes on Tuesday?'],
  ])('strips %s', (_name, text) => {
    expect(kept(text)).toBe('Worth 15 minutes on Tuesday?');
  });

  it('keeps a P.S. after the signature: the rep wrote it now', () => {
    expect(kept('Worth a call?\n\nBest,\nMarta\n\nP.S. Congrats on the Lisbon office!')).toBe(
      'Worth a call? P.S. Congrats on the Lisbon office!',
    );
  });

  it('keeps a sentence that starts like a sign-off', () => {
    expect(kept('Thanks for the intro, Anna.\nBest of luck with the launch!')).toBe(
      'Thanks for the intro, Anna. Best of luck with the launch!',
    );
  });

  it('keeps every offset: what is kept is where it was, the rest is blank', () => {
    const text =
      'Hi Anna,\r\n\r\nWorth 15 minutes? 🙂\r\n\r\nBest,\r\nZoë\r\n\r\nOn Mon, Anna wrote:\r\n> Hi';
    const { body } = stripEmail(text);
    expect(body.length).toBeLessThanOrEqual(text.length);
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== text[i]) expect(body[i]).toBe(' ');
    }
    expect(body.indexOf('Worth')).toBe(text.indexOf('Worth'));
  });

  it('agrees with email-reply-parser on what the reply is', () => {
    const samples = [
      'Hi Anna,\n\nWorth 15 minutes on Tuesday?\n\n-- \nMarta Kowalska\nAcme',
      'Hi Zoë,\n\nHere is the summary.\n\nOn Tue, 3 Mar 2026 at 09:14, Zoë Łukasiewicz <zoe@example.pl> wrote:\n> Can you send the summary?\n> Zoë',
      'Hi Zoë,\n\nHere is the summary.\n\nOn Tue, 3 Mar 2026 at 09:14, Zoë Łukasiewicz <\nzoe@example.pl> wrote:\n> Can you send it?',
      'Thanks, that helps.\n\nSent from my iPhone',
      'See below.\n\n-----Original Message-----\nFrom: Anna Berg\nSent: Monday\nTo: Marta\n\nCan you send pricing?',
      'Sounds good.\n\nCheers,\nSam',
    ];
    for (const text of samples) {
      const theirs = new EmailReplyParser().parseReply(text).split(/\s+/).filter(Boolean).join(' ');
      expect(kept(text)).toBe(theirs);
    }
  });
});

describe('the greeting is not part of the opening', () => {
  it.each([
    ['Hi Anna,\n\nYour team…', 'Hi Anna,'],
    ['Hey there — quick one about your team.', 'Hey there —'],
    ['Dear Dr. Müller,\nYour clinic…', 'Dear Dr. Müller,'],
    ['Hello Zoë Łukasiewicz!\nYour team…', 'Hello Zoë Łukasiewicz!'],
    ['Good morning Anna, your team…', 'Good morning Anna,'],
    ['Hi, this is Zoë from Acme.', 'Hi,'],
    ['Hi Oluwaseun 👋 we helped two teams…', 'Hi Oluwaseun 👋'],
    ['Hi Anna. Your team…', 'Hi Anna.'],
    ['Hi team - your renewal…', 'Hi team -'],
    ['Anna,\n\nYour team…', 'Anna,'],
    ['Hi Anna\nYour team…', 'Hi Anna'],
  ])('finds the greeting in %j', (text, greeting) => {
    const g = findGreeting(text);
    expect(g).not.toBeNull();
    expect(text.slice(g?.start, g?.end)).toBe(greeting);
  });

  it.each([
    'Your team posted six openings.',
    'Hiring six SDRs is a lot.',
    'Highlights from your Q3 launch.',
    '',
  ])('finds no greeting in %j', (text) => {
    expect(findGreeting(text)).toBeNull();
  });
});
