import { describe, expect, it } from 'vitest';
import { checkOf, highlighted, type Case } from './testing';

const calm: Case[] = [
  {
    name: 'a proposed meeting time is not pressure',
    text: `Hi Anna,

Your reps could get back 5 hours a week. Could we talk on Tuesday at 10am, before your planning day on the 1st?`,
  },
  {
    name: '"nothing urgent" in a voicemail',
    mode: 'voicemail',
    text: "Hi Anna, Zoë from Acme. Nothing urgent: your reps could get back 5 hours a week. I'll email you two times for Thursday.",
  },
  {
    name: 'the rep promising to call back today',
    mode: 'voicemail',
    text: "Hi Anna, Zoë from Acme. Your reps could get back 5 hours a week. I'll call you back this afternoon.",
  },
  {
    name: 'their customers missing out, not them',
    text: `Hi Mia,

Members on your waitlist miss out when classes are booked but half empty. Pulse Gym filled 80% of no-show spots.`,
  },
  {
    name: 'their own seats and renewal date',
    text: `Hi José,

Two of your seats are unused and your renewal is on 1 May, so I pulled the usage numbers.`,
  },
  {
    name: 'a plain benefit email',
    text: `Hi Anna,

Your reps could get back 5 hours a week on call notes. Worth 15 minutes on Tuesday?

Best,
Marta`,
  },
  {
    name: 'their own trial expiring (a real reason)',
    text: `Hi José,

Your trial expires on Friday, so I exported the three dashboards your team built. Want them moved to the paid workspace?`,
  },
  {
    name: 'their contract renewal date',
    text: `Hi Priya,

Since your current contract expires in June, this is a good month to compare. Thursday at 10am?`,
  },
  {
    name: 'pressure words only in the quoted trail',
    text: `Hi Zoë,

Your team can keep its helpdesk and answer a third more tickets. Friday?

On Mon, 2 Mar 2026, Zoë Łukasiewicz <zoe@example.pl> wrote:
> The other vendor said act now, limited time, only 3 seats left!`,
  },
  {
    name: 'a calm voicemail',
    mode: 'voicemail',
    text: 'Hi Anna, this is Zoë from Acme. Your agents could answer twice as many refund tickets, live in a day. Call me on 555 0142.',
  },
  {
    name: 'a LinkedIn note with emoji',
    mode: 'linkedin',
    text: 'Hi Mei 🙂 loved your post on returns. Compare notes next week?',
  },
  {
    name: 'a deadline that is theirs: their quarter end',
    text: `Hi Tomás,

You mentioned the board wants the new onboarding flow before your Q3 close. Teams like yours have gone live in 9 days. Thursday?`,
  },
  {
    name: 'a bullet list of next steps',
    text: `Hi Oluwaseun,

Next steps if it helps:
- a 20-minute walkthrough on Tuesday
- a pilot with two of your loan officers

Does that work?`,
  },
];

const pushy: (Case & { status: 'fail' | 'warn' })[] = [
  {
    name: 'a yes wanted by Friday to keep the pricing',
    status: 'warn',
    text: `Hi Anna,

Your reps could get five hours back. I'd need a yes by Friday to keep this pricing.`,
  },
  {
    name: 'a founding-customer discount that disappears at month end',
    status: 'warn',
    text: `Hi Anna,

Your reps could get five hours back. The founding-customer discount disappears at the end of the month.`,
  },
  {
    name: 'a calendar that is almost full',
    status: 'warn',
    text: `Hi Anna,

Your reps could get five hours back. Our calendar is almost full for Q3.`,
  },
  {
    name: 'a price that holds only until the quarter closes',
    status: 'warn',
    text: `Hi Anna,

Your reps could get back 5 hours a week. This rate holds until the quarter closes.`,
  },
  {
    name: 'prices rising on a date',
    status: 'warn',
    text: `Hi Anna,

Your reps could get back 5 hours a week, and our prices rise on the 1st.`,
  },
  {
    name: 'room for a few more clients in a month',
    status: 'warn',
    text: `Hi Anna,

Your reps could get back 5 hours a week. We have room for three more clients in January.`,
  },
  {
    name: 'onboarding only a couple of new teams',
    status: 'warn',
    mode: 'linkedin',
    text: 'Hi Anna, your reps could get back 5 hours a week. We are only onboarding two new teams this quarter.',
  },
  {
    name: 'seats that are filling up',
    status: 'warn',
    text: `Hi Anna,

Your reps could get back 5 hours a week. Seats in the spring cohort are filling up.`,
  },
  {
    name: 'an answer wanted today, with the launch price held for it',
    status: 'warn',
    text: `Hi Anna,

Your reps could get back 5 hours a week. Answer today and I'll hold the launch price for you.`,
  },
  {
    name: 'a call-back demanded today, in a voicemail',
    status: 'warn',
    mode: 'voicemail',
    text: 'Hi Anna, Zoë from Acme. Your reps could get back 5 hours a week. Call me back today on 555 0142.',
  },
  {
    name: 'sign this week for free months, before the price goes up',
    status: 'fail',
    mode: 'voicemail',
    text: "Hi Grace, Daniel from Receipta. If you sign up this week I can give you three months free. Lock in this year's price before it goes up on the first. Call me on 415 555 0199.",
  },
  {
    name: '"act now"',
    status: 'warn',
    text: `Hi Anna,

Your reps could get back 5 hours a week. Act now and we'll set you up this month.`,
  },
  {
    name: '"limited time" and "only 3 spots left"',
    status: 'fail',
    text: `Hi José,

For a limited time we're onboarding new warehouses free — only 3 spots left!`,
  },
  {
    name: 'an offer that "expires Friday"',
    status: 'warn',
    text: `Hi Priya,

The pilot pricing expires Friday. Worth a call on Thursday?`,
  },
  {
    name: '"last chance" and "don\'t miss out" in a LinkedIn message',
    status: 'fail',
    mode: 'linkedin',
    text: "Hi Mei, last chance to join our spring cohort 🚀 don't miss out!",
  },
  {
    name: '"this week only"',
    status: 'warn',
    text: `Hi Zoë,

Your team could answer a third more tickets. This week only we're including onboarding.`,
  },
  {
    name: 'pressure in the subject line',
    status: 'warn',
    subject: 'Last chance: spring pilot',
    text: `Hi Tomás,

Your onboarding could take 9 days instead of 6 weeks. Thursday?`,
  },
  {
    name: 'a voicemail with "hurry" and "ends Friday"',
    status: 'fail',
    mode: 'voicemail',
    text: 'Hi Anna, this is Bob from Acme. Hurry, our spring offer ends Friday. Call me on 555 0100.',
  },
  {
    name: 'a bullet with "while supplies last"',
    status: 'warn',
    text: `Hi Oluwaseun,

What you get:
- onboarding in 9 days
- a free scanner while supplies last

Tuesday?`,
  },
];

describe('urgency: no pressure tricks', () => {
  it.each(calm)('passes $name', (c) => {
    const check = checkOf('urgency', c);
    expect(check.status, check.message).toBe('pass');
  });

  it.each(pushy)('flags $name', (c) => {
    const check = checkOf('urgency', c);
    expect(check.status, check.message).toBe(c.status);
  });

  it('highlights the pressure words and suggests their deadline instead', () => {
    const text =
      "Hi José,\n\nFor a limited time we're onboarding new warehouses free — only 3 spots left!";
    const check = checkOf('urgency', text);
    expect(highlighted(text, check)).toEqual(['limited time', 'only 3 spots left']);
    expect(check.message).toMatch(/their deadline, not yours/);
  });
});
