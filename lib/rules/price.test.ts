import { describe, expect, it } from 'vitest';
import { checkOf, highlighted, type Case } from './testing';

const valueLed: Case[] = [
  {
    name: 'an email about the outcome, no price',
    text: `Hi Anna,

Your reps could get back 5 hours a week on call notes.

Worth 15 minutes on Tuesday?

Best,
Marta`,
  },
  {
    name: 'money saved for them (a benefit, not a discount)',
    text: `Hi José,

Warehouses your size save €40k a year on returns handling. Does Thursday work?`,
  },
  {
    name: 'a percentage that is their result',
    text: `Hi Priya, teams like yours cut ticket volume 30% in a quarter. Open to a chat?`,
  },
  {
    name: 'a reply with the vendor’s discount only in the quoted trail',
    text: `Hi Zoë,

Your team keeps its current helpdesk and answers a third more tickets. Friday at 2pm?

On Mon, 2 Mar 2026, Zoë Łukasiewicz <zoe@example.pl> wrote:
> Another vendor offered us 40% off and the best price in the market.`,
  },
  {
    name: 'a voicemail without price talk',
    mode: 'voicemail',
    text: 'Hi Anna, this is Zoë from Acme. Your agents could answer twice as many refund tickets. Call me on 555 0142.',
  },
  {
    name: 'a LinkedIn note with an emoji and no price',
    mode: 'linkedin',
    text: 'Hi Mei 👋 loved your post on returns. We helped two shops your size halve them — compare notes next week?',
  },
  {
    name: 'the word "best" in a sign-off and a time',
    text: `Hi Tomás,

What's the best time to show your team the 9-day onboarding plan?

Best,
Sam`,
  },
  {
    name: 'a bullet list of outcomes',
    text: `Hi Oluwaseun,

For your lending team:
- onboarding in 9 days instead of 6 weeks
- fewer documents chased by hand

Thursday?`,
  },
];

const priceLed: (Case & { status: 'fail' | 'warn' })[] = [
  {
    name: 'opening with "20% off"',
    status: 'fail',
    text: `Hi Anna,

This month only we're offering 20% off all annual plans. Interested?`,
  },
  {
    name: '"the best deal" further down',
    status: 'warn',
    text: `Hi José,

Your warehouse team could cut returns handling by €40k a year. I noticed your returns doubled since March.

We can also give you the best deal in the market on licences. Does Thursday work?`,
  },
  {
    name: 'a discount in the subject',
    status: 'fail',
    subject: '30% off your helpdesk renewal',
    text: `Hi Priya,

Your team could answer a third more tickets. Worth a call?`,
  },
  {
    name: '"we will beat any price"',
    status: 'warn',
    text: `Hi Zoë,

Your agents could answer twice as many tickets a day. Your team keeps the tools it has.

And we will beat any price you have been quoted. Friday?`,
  },
  {
    name: '"lowest price" in a voicemail',
    status: 'fail',
    mode: 'voicemail',
    text: 'Hi Anna, this is Bob from Acme. We have the lowest price on payroll software in Austria. Call me on 555 0100.',
  },
  {
    name: 'a price tag up front on LinkedIn',
    status: 'fail',
    mode: 'linkedin',
    text: 'Hi Mei, our helpdesk is only $49/month per agent 🙂 want a trial?',
  },
  {
    name: 'a discounted rate lower down in a bulleted email',
    status: 'warn',
    text: `Hi Tomás,

Your onboarding could take 9 days instead of 6 weeks. I saw your Lisbon office opened in May.

- live in a day
- discounted rate for your first year

Thursday?`,
  },
  {
    name: '"starting at $99" in the second sentence',
    status: 'fail',
    text: `Hi Oluwaseun,

Your lending team could onboard borrowers faster. Plans starting at $99 a month.`,
  },
];

describe("price: don't lead with your wallet", () => {
  it.each(valueLed)('passes $name', (c) => {
    const check = checkOf('price', c);
    expect(check.status, check.message).toBe('pass');
  });

  it.each(priceLed)('flags $name', (c) => {
    const check = checkOf('price', c);
    expect(check.status, check.message).toBe(c.status);
  });

  it('highlights the price words and says why they hurt', () => {
    const text = 'Hi Anna,\n\nThis month only we are offering 20% off all annual plans.';
    const check = checkOf('price', text);
    expect(highlighted(text, check)).toEqual(['20% off']);
    expect(check.message).toMatch(/haggling/);
  });

  it('highlights "$49/month" including the currency sign', () => {
    const text = 'Hi Mei, our helpdesk is only $49/month per agent.';
    expect(highlighted(text, checkOf('price', { name: '', text, mode: 'linkedin' }))).toEqual([
      'only $49/month',
    ]);
  });
});

describe('price: discounts and comparisons with what they pay, in any words', () => {
  it.each([
    [
      'coming in under their provider',
      "Hi Anna,\n\nYour team keeps its tools, and we'd come in well under your current provider.",
    ],
    [
      'cutting their bill, guaranteed',
      'Hi Anna,\n\nWe can cut your bill by a third, guaranteed. Worth a call?',
    ],
    [
      'cheaper than what they use',
      "Hi Anna,\n\nWe're much cheaper than the fuel cards you use now. Thursday?",
    ],
    [
      'free months',
      'Hi Anna,\n\nYour reps could get five hours back, and the first three months are free. Tuesday?',
    ],
    [
      'costing half what a rival charges them',
      'Hi Anna,\n\nYour reps could get five hours back, and we cost half what Gong charges you.',
    ],
    [
      'beating what they pay, in a voicemail',
      "Hi Lucia, Ben from OrderDesk. We'll beat whatever you're paying for your ordering system by twenty percent. Call me on 020 7946 0555.",
    ],
    [
      'a price rise to lock in',
      'Hi Mateo, prices for ShipDocs rise on 1 July, so lock in the old rate now. Shall I send the form?',
    ],
  ])('flags %s', (_name, text) => {
    const mode = text.includes('Call me on')
      ? 'voicemail'
      : text.startsWith('Hi Mateo')
        ? 'linkedin'
        : 'email';
    expect(checkOf('price', { name: '', text, mode }).status).not.toBe('pass');
  });

  it.each([
    [
      'their own early-payment discounts',
      'Hi Kate,\n\nInvoices stuck in an inbox are why you miss early-payment discounts. Canal Freight took £31,000 in them last year.',
    ],
    [
      'their own prices getting better',
      'Hi Hana, your weekend rooms could fill at better prices. Call me at 03 5555 0101.',
    ],
    [
      'a price they asked for, in a reply',
      'Hi Tom,\n\nThe scaffold is €6,200 for eight weeks, and your crew can start the Monday after.\n\nOn Tue, 3 Mar 2026 at 09:14, Tom <tom@example.de> wrote:\n> What does the scaffold cost?',
    ],
  ])('passes %s', (_name, text) => {
    const mode = text.includes('Call me at') ? 'voicemail' : 'email';
    expect(checkOf('price', { name: '', text, mode }).status).toBe('pass');
  });
});
