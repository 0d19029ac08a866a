import { describe, expect, it } from 'vitest';
import { checkOf, highlighted, type Case } from './testing';

const clear: Case[] = [
  {
    name: 'a yes/no question with a proposed day',
    text: `Hi Anna,

Your reps could get back 5 hours a week on call notes.

Worth 15 minutes on Tuesday?

Best,
Marta`,
  },
  {
    name: 'a proposed time without a question mark',
    text: `Hi José,

Warehouses your size cut returns handling by €40k a year. I'll call you Thursday at 10am to walk through your numbers.

Mei`,
  },
  {
    name: 'a concrete action: reply with a word',
    text: `Hi Zoë,

If the 2x demo rate sounds useful for your inbound team, just reply "yes" and I'll send the two-page plan.`,
  },
  {
    name: 'asking who the right person is',
    text: `Hi Tomás,

If contract renewals aren't yours to own, who's the right person on your team to talk to?

Thanks!
Sam`,
  },
  {
    name: 'a calendar link',
    text: `Hi Priya,

Your agents could answer 30% more tickets a day. Here's my calendar link if a call this week suits you: cal.example.com/marta`,
  },
  {
    name: 'a question about their situation at the end of a bulleted email',
    text: `Hi Mei,

Two things we could fix for your team:
- refunds approved in one step
- fewer "where is my order" tickets

Is refunds or order tracking the bigger headache right now?`,
  },
  {
    name: 'a LinkedIn note with an open-to question',
    mode: 'linkedin',
    text: `Hi Oluwaseun 👋 saw your post on onboarding. Would you be open to comparing notes next week?`,
  },
  {
    name: 'a connection note that asks to connect',
    mode: 'linkedin',
    connectionNote: true,
    text: `Hi Zoë Łukasiewicz, loved your talk on support hiring in Kraków. Would love to connect.`,
  },
  {
    name: 'a reply whose ask sits above a quoted thread full of questions',
    text: `Hi Anna,

Does Friday at 2pm work for the walkthrough?

Marta

On Wed, 4 Mar 2026 at 11:02, Anna Berg <anna@example.com> wrote:
> What does it cost? Who else uses it? How long is setup? Is there a trial?`,
  },
];

const unclear: Case[] = [
  {
    name: 'no next step at all',
    text: `Hi Anna,

Your reps could get back 5 hours a week on call notes.

Best,
Marta`,
  },
  {
    name: '"Let me know your thoughts"',
    text: `Hi José,

Warehouses your size cut returns handling by €40k a year with printed labels at packing.

Let me know your thoughts.

Cheers,
Sam`,
  },
  {
    name: '"Thoughts?" on its own',
    text: `Hi Zoë, attached is the deck on the 2x demo rate. Thoughts?`,
  },
  {
    name: '"Feel free to reach out"',
    text: `Hi Tomás,

Your finance team could close the books 3 days sooner.

Feel free to reach out if you have any questions!`,
  },
  {
    name: 'a barrage of questions',
    text: `Hi Priya,

How do you handle refunds today? Who owns the helpdesk? What does your stack look like? How many agents do you have? What are your goals for Q3?`,
  },
  {
    name: 'three questions before any reason to ask them',
    text: `Hi Mei,

Quick one. What tools do you use for support? How big is your team? Who decides on software?`,
  },
  {
    name: '"Looking forward to hearing from you"',
    text: `Hi Oluwaseun,

Your lending team could cut onboarding from 6 weeks to 9 days.

Looking forward to hearing from you.

Kind regards,
Jonas`,
  },
  {
    name: 'a LinkedIn note that just ends',
    mode: 'linkedin',
    text: `Hi Anna 🙂 your support team could answer a third more tickets with the same headcount.`,
  },
  {
    name: 'only a pleasantry question',
    text: `Hi Anna, how are you? Your team could save 4 hours a week on refunds.`,
  },
];

describe('ask: one clear next step', () => {
  it.each(clear)('passes $name', (c) => {
    const check = checkOf('ask', c);
    expect(check.status, check.message).toBe('pass');
  });

  it.each(unclear)('flags $name', (c) => {
    const check = checkOf('ask', c);
    expect(check.status, check.message).toBe('warn');
  });

  describe('in a voicemail the ask is the call-back', () => {
    it.each([
      [
        'a number',
        'Hi Anna, this is Zoë from Acme. Your agents could close refunds in a day. Call me on 555 0142.',
      ],
      [
        'a number said twice, in digit groups',
        'Hi Anna, Zoë here. Your agents could close refunds in a day. My number is +44 20 7946 0321, again +44 20 7946 0321.',
      ],
      [
        'spoken digits',
        'Hi Anna, Zoë from Acme. Your agents could close refunds in a day. Ring me back on five five five, oh one four two.',
      ],
      [
        'a next step the rep will take',
        "Hi Anna, Zoë from Acme. Your agents could close refunds in a day. I'll email you two times for Thursday so you can pick one.",
      ],
    ])('passes %s', (_name, text) => {
      expect(checkOf('ask', { name: '', mode: 'voicemail', text }).status).toBe('pass');
    });

    it.each([
      [
        'no number and no next step',
        'Hi Anna, Zoë from Acme. Your agents could close refunds in a day. Talk soon.',
      ],
      [
        'a vague "I\'ll try again"',
        "Hi Anna, Zoë from Acme. Sorry I missed you. I'll try you again another time.",
      ],
      [
        'a vague "give me a call sometime"',
        'Hi Anna, Zoë from Acme. Your agents could close refunds in a day. Give me a call sometime if you get a chance.',
      ],
    ])('warns on %s', (_name, text) => {
      expect(checkOf('ask', { name: '', mode: 'voicemail', text }).status).toBe('warn');
    });

    it('asks for the number twice when it is said once', () => {
      const c = checkOf('ask', {
        name: '',
        mode: 'voicemail',
        text: 'Hi Anna, Zoë from Acme. Your agents could close refunds in a day. Call me on 555 0142.',
      });
      expect(c.message).toMatch(/twice/);
      expect(
        highlighted(
          'Hi Anna, Zoë from Acme. Your agents could close refunds in a day. Call me on 555 0142.',
          c,
        ),
      ).toEqual(['555 0142']);
    });
  });

  describe('is judged on the closing lines, not on a day or a question elsewhere', () => {
    it.each([
      [
        'a vague close after a weekday in the body',
        'Hi Mei,\n\nOn Tuesday your buyers reordered 40 lines by hand. Shops your size reorder in one click now.\n\nHappy to answer any questions you have.',
      ],
      [
        'a vague close after an early question',
        'Hi Mei,\n\nIs month-end still a scramble for your team? Shops your size close in two days now.\n\nI look forward to hearing your thoughts.',
      ],
      [
        'an offer of "anything else"',
        'Hi Mei,\n\nYour team could close month-end in two days instead of six.\n\nAnything else I can send over to help?',
      ],
      [
        'a "let me know if you are open to it"',
        'Hi Mei,\n\nYour team could close month-end in two days instead of six.\n\nLet me know if you are open to a chat.',
      ],
    ])('warns on %s', (_name, text) => {
      expect(checkOf('ask', text).status).toBe('warn');
    });

    it.each([
      [
        'a proposed slot without a question mark',
        'Hi Mei,\n\nYour team could close month-end in two days instead of six. I can walk your controller through it Thursday at 3pm.',
      ],
      [
        'a concrete either/or question',
        'Hi Mei,\n\nYour team could close month-end in two days instead of six.\n\nShould I send the checklist, or would a call on Monday be easier?',
      ],
      [
        'a one-word reply',
        'Hi Mei,\n\nYour team could close month-end in two days instead of six. If that is worth a look, reply "yes" and I will send the two-page plan.',
      ],
    ])('passes %s', (_name, text) => {
      expect(checkOf('ask', text).status).toBe('pass');
    });
  });

  it('quotes the vague ask and suggests a specific one', () => {
    const text = 'Hi José,\n\nYour team could save €40k a year.\n\nLet me know your thoughts.';
    const check = checkOf('ask', text);
    expect(highlighted(text, check)).toEqual(['Let me know your thoughts']);
    expect(check.message).toMatch(/a time, or a question they can answer in a word/);
  });

  it('highlights every question when there are too many, and counts them', () => {
    const c = unclear[4];
    const check = checkOf('ask', c);
    expect(check.spans).toHaveLength(5);
    expect(check.message).toContain('5 questions');
  });

  it('highlights the ask it found', () => {
    const text =
      'Hi Anna,\n\nYour team could save 4 hours a week.\n\nWorth a quick call on Tuesday?';
    expect(highlighted(text, checkOf('ask', text))).toContain('Worth a quick call on Tuesday?');
  });
});
