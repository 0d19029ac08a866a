import { describe, expect, it } from 'vitest';
import { checkOf, highlighted, type Case } from './testing';

const says: Case[] = [
  {
    name: 'a check-in in front of a real reason',
    text: `Hi Anna, just checking in because your trial ends Friday and your dashboards go read-only after that.`,
  },
  {
    name: 'an opening to two people, "Hi Ana and Raj,"',
    text: `Hi Ana and Raj,

Your two depots lose about an hour a day to paper delivery notes. Could I show you both on Thursday?`,
  },
  {
    name: 'a greeting to several people, "Hey Ana, Raj and Lee,"',
    text: `Hey Ana, Raj and Lee,

Your three clinics could fill last-minute gaps from the waitlist. Worth 15 minutes on Monday?`,
  },
  {
    name: '"Hello team," then the reason',
    text: `Hello team,

As promised after Tuesday's demo, here is the rollout plan for your two warehouses.`,
  },
  {
    name: 'a recap after a meeting',
    text: `Hi Rui,

Thanks for the time today. You said your drivers lose about 50 minutes a day at the Porto docks, and you want that under 20 by summer.`,
  },
  {
    name: 'closing the loop on a question',
    text: `Hi Olga,

Closing the loop on the tender you asked about: your estimators can now import drawings straight from the council portal.`,
  },
  {
    name: 'a last note that says what it was about',
    text: `Hi Kate,

I've sent a few notes about getting supplier invoices approved faster and haven't heard back, so I'll assume it isn't a priority right now.`,
  },
  {
    name: 'a problem statement in the reader’s trade, no "I"',
    text: `Hi Lars,

Drivers at busy terminals often wait over an hour for a door. Baltic Cross cut that to 31 minutes.`,
  },
  {
    name: 'a voicemail that returns their call',
    mode: 'voicemail',
    text: `Hi Mike, Anita returning your call about the van schedules. Your plumbers can use it on their own phones. I'll email you two times for Thursday.`,
  },
  {
    name: 'an opener that cites their hiring and the outcome',
    text: `Hi Anna,

I saw your team is hiring six SDRs this quarter — we cut ramp time for teams like yours from five months to seven weeks.

Worth 15 minutes on Tuesday?

Best,
Marta`,
  },
  {
    name: 'a reply that delivers what they asked for, above a quoted check-in',
    text: `Hi Zoë,

As promised, here's the one-page summary you asked for on Tuesday's call.

Marta

On Tue, 3 Mar 2026 at 09:14, Zoë Łukasiewicz <zoe@example.pl> wrote:
> Just checking in — can you send the summary?
> Zoë`,
  },
  {
    name: 'congratulations on their news, with a formal greeting',
    text: `Dear Dr. Müller,

Congratulations on opening the second clinic in Graz! Clinics your size usually lose 6 hours a week to phone scheduling.

Would a short call on Thursday help?

Kind regards,
Jonas Weber`,
  },
  {
    name: 'a question about their pain',
    text: `Hey there —

Are you still reconciling Stripe payouts by hand at month-end?

Teams like Northwind closed their books 3 days faster once that stopped.`,
  },
  {
    name: 'a pleasantry followed by the real reason',
    text: `Hi Anna, hope you're well!

I'm writing because your renewal with Brightline comes up on 1 May, and two of your seats are unused.

Cheers,
Sam`,
  },
  {
    name: 'a voicemail that says who is calling and why',
    mode: 'voicemail',
    text: `Hi Anna, this is Zoë from Acme. I'm calling because your team posted twelve support roles this month, and we help support teams answer twice as many tickets. Call me on 555 0142.`,
  },
  {
    name: 'a LinkedIn note that references their post 🙂',
    mode: 'linkedin',
    text: `Hi Priya — loved your post on cutting support backlog 🙂 we helped two teams your size halve theirs. Open to comparing notes?`,
  },
  {
    name: 'a referral from a colleague',
    text: `Hi José,

Tomás Ortega suggested I reach out about your warehouse returns process.

Does Thursday at 10am work for a quick call?

Thanks,
Mei`,
  },
  {
    name: 'a follow-up on a specific call',
    text: `Hi Oluwaseun,

Following up on our call Tuesday: here is the pricing sheet you asked for, with the two options we discussed.

- Team plan for the 12 agents
- Enterprise plan with SSO

Best,
Marta`,
  },
];

const flagged: (Case & { status: 'fail' | 'warn' })[] = [
  {
    name: '"just checking in" with nothing behind it',
    status: 'fail',
    text: `Hi Anna,

Just checking in to see if you had a chance to look at my last email.

Thanks,
Bob`,
  },
  {
    name: '"hope all is well" with nothing behind it',
    status: 'fail',
    text: `Hope all is well! Let me know if you have time to chat this week.`,
  },
  {
    name: '"circling back" on a quoted thread',
    status: 'fail',
    text: `Hi Sam,

Circling back on the below.

Cheers,
Jonas

On Mon, 2 Mar 2026 at 17:40, Jonas Berg <jonas@example.com> wrote:
> Hi Sam, attached is our proposal for the Q2 rollout.`,
  },
  {
    name: '"touching base" and an emoji',
    status: 'fail',
    text: `Touching base — any update on your side? 🙂`,
  },
  {
    name: 'asking to "pick your brain"',
    status: 'fail',
    text: `Hi Mei,

I'd love to pick your brain over coffee sometime.

Best,
Zoë Łukasiewicz`,
  },
  {
    name: "LinkedIn's default connection note",
    status: 'fail',
    mode: 'linkedin',
    connectionNote: true,
    text: `Hi Oluwaseun, I'd like to add you to my professional network on LinkedIn.`,
  },
  {
    name: 'an opening about the sender with no reason',
    status: 'warn',
    text: `Hi Anna,

My name is Bob and I work at Acme. We have offices in Berlin and Austin.

Bob`,
  },
  {
    name: 'a voicemail check-in in other words',
    status: 'fail',
    mode: 'voicemail',
    text: `Hi Dana, it's Marco from ChairFill again. Just ringing to see if you had a chance to look at the email I sent last week. Okay, talk soon, bye.`,
  },
  {
    name: 'a voicemail that only says sorry and "nothing urgent"',
    status: 'fail',
    mode: 'voicemail',
    text: `Hello Irene, it's Max. Sorry I missed you. Nothing urgent, I'll try again another time.`,
  },
  {
    name: 'floating it back to the top of the inbox',
    status: 'fail',
    text: `Hi Anna,

Just wanted to float this back to the top of your inbox. Any thoughts?`,
  },
  {
    name: 'a nudge to the top of the inbox',
    status: 'fail',
    text: `Hi Helen,

I know you're busy, so I wanted to bump this to the top of your inbox. Did you get a chance to read it?`,
  },
  {
    name: '"wanted to put myself on your radar"',
    status: 'fail',
    text: `Hi Bartek,

I sent you a connection request on LinkedIn and wanted to follow up here as well. Just wanted to put myself on your radar.`,
  },
  {
    name: 'an "amazing opportunity" teaser',
    status: 'fail',
    text: `Hi Nadia,

Do you have 5 minutes? I have an amazing opportunity I'd love to share but it's easier to explain on a call.`,
  },
  {
    name: 'a check-in in front of the reason (it undersells it)',
    status: 'warn',
    text: `Hi Dana, just checking in. Acme is hiring three AP clerks, so month-end close must be hurting.`,
  },
  {
    name: 'a question barrage with no reason',
    status: 'warn',
    text: `Hi Paul,

Are you hiring? Do you use agencies? What's your budget?`,
  },
  {
    name: 'an empty draft',
    status: 'fail',
    text: '',
  },
];

describe('purpose: the purpose is stated, early', () => {
  it.each(says)('passes $name', (c) => {
    const check = checkOf('purpose', c);
    expect(check.status, check.message).toBe('pass');
  });

  it.each(flagged)('flags $name', (c) => {
    const check = checkOf('purpose', c);
    expect(check.status, check.message).toBe(c.status);
  });

  it('highlights the check-in words themselves', () => {
    const text =
      'Hi Anna,\n\nJust checking in to see if you had a chance to look at my last email.';
    const check = checkOf('purpose', text);
    expect(highlighted(text, check)).toEqual(['Just checking in', 'had a chance to']);
    expect(check.message).toContain("'Just checking in'");
    expect(check.message).toMatch(/say why you're writing/);
  });

  it('skips the greeting: "Hi Anna, hope all is well." opens with the pleasantry', () => {
    const text = 'Hi Anna, hope all is well.\n\nWe are a software company.';
    const check = checkOf('purpose', text);
    expect(check.status).toBe('fail');
    expect(highlighted(text, check)).toEqual(['hope all is well']);
  });

  it('only reads the first two sentences: a reason in the third is too late', () => {
    const text =
      'Hi Anna,\n\nHope you had a great weekend. Just touching base. I am writing because your renewal is due.';
    expect(checkOf('purpose', text).status).toBe('fail');
  });

  it('ignores a check-in in the quoted reply trail and the signature', () => {
    const text = `Hi Anna,

I noticed your Q3 close took nine days; we help finance teams get it under five.

Best,
Bob — just checking in on everyone this week

> On Mon, Anna wrote:
> Touching base on the invoice.`;
    expect(checkOf('purpose', text).status).toBe('pass');
  });
});
