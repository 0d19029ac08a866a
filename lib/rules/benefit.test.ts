import { describe, expect, it } from 'vitest';
import { checkOf, highlighted, type Case } from './testing';

const aboutThem: Case[] = [
  {
    name: 'a saving with the number spelled out',
    text: `Hi Dana,

Your dispatchers lose about six hours a week matching fuel receipts by hand; Fleetwise gets that to zero.

Open to a look on Thursday?`,
  },
  {
    name: 'a saving for their team, with a number',
    text: `Hi Anna,

Your reps could get back 5 hours a week by logging calls straight from the dialer — Northwind's team did.

Worth a look on Tuesday?

Best,
Marta`,
  },
  {
    name: 'a cost cut stated in money',
    text: `Hi José,

Warehouses your size usually cut returns handling by €40k a year once labels print at the packing station.

Does your team still print them in the back office?`,
  },
  {
    name: 'a pain they will no longer have',
    text: `Hey there —

No more chasing signatures at month-end: your managers approve expenses from their phone, and you close the books on time.

Cheers,
Sam`,
  },
  {
    name: 'a goal reached, with a bullet list',
    text: `Hi Mei,

You mentioned hitting your Q3 target is the priority. Two things would help:
- your reps book 2x more demos from inbound leads
- you see which deals slip before Friday's forecast

Thursday at 10am?`,
  },
  {
    name: 'a benefit in the subject line and a short reader-first body',
    subject: 'Cut your month-end close to 3 days',
    text: `Hi Zoë,

You could have your books closed by the 3rd of each month.

Worth 15 minutes?`,
  },
  {
    name: 'a voicemail about their outcome',
    mode: 'voicemail',
    text: `Hi Anna, this is Zoë from Acme. Your support queue could shrink by a third within a month, and your agents keep the tools they use today. Call me back on 555 0142.`,
  },
  {
    name: 'a LinkedIn note with a percentage',
    mode: 'linkedin',
    text: `Hi Priya, saw your post on agent churn. Teams like yours cut attrition 20% by fixing schedules first — happy to share how it looked for them?`,
  },
  {
    name: 'a reply with a quoted trail full of "we"',
    text: `Hi Oluwaseun,

Good news for your team: you can cancel the second licence and save $1,200 a year.

Marta

On Wed, 4 Mar 2026, Oluwaseun Adeyemi <o.adeyemi@example.ng> wrote:
> We think we might be paying for too many seats. We use our tools daily and we are happy.`,
  },
];

const flagged: (Case & { status: 'fail' | 'warn' })[] = [
  {
    name: '"My name is…" and all about us',
    status: 'fail',
    text: `Hi Anna,

My name is Bob and I'm the new account manager at Acme. We are a leading provider of cloud software and our team has 20 years of experience.

Let me know if you'd like to chat.

Thanks,
Bob`,
  },
  {
    name: '"We are a…" and no outcome',
    status: 'fail',
    text: `Hello Zoë,

We are a Berlin-based consultancy. We specialise in CRM projects and we work with many clients across Europe.`,
  },
  {
    name: 'features without what they do for the reader',
    status: 'warn',
    text: `Hi Mei,

You asked about the integration: our platform offers innovative features and reliable service.

Does Thursday work to walk you through it?`,
  },
  {
    name: 'reader-focused but no concrete outcome',
    status: 'warn',
    text: `Hi Tomás,

You mentioned your team is reviewing tools this spring. Would you like to see yours side by side with ours?`,
  },
  {
    name: 'an introduction of the rep first, then a good benefit',
    status: 'warn',
    text: `Hi Anna,

I'm Zoë from Acme. Your agents could answer 30% more tickets a day without adding headcount, and you keep your current helpdesk.

Worth a call on Friday?`,
  },
  {
    name: 'the rep\'s own company names counting as "us"',
    status: 'fail',
    text: `Hi Priya,

Acme is the leading helpdesk for retail. Acme Cloud gives Acme customers award-winning uptime.`,
  },
  {
    name: 'a voicemail that is all about the caller',
    mode: 'voicemail',
    status: 'fail',
    text: `Hi, this is Bob from Acme. We are the industry's most trusted partner, we have offices in twelve countries, and I would love to tell you about us. My number is 555 0100.`,
  },
  {
    name: 'a LinkedIn pitch with self-praise and an emoji',
    mode: 'linkedin',
    status: 'warn',
    text: `Hi Oluwaseun 👋 our amazing team built a powerful, award-winning tool. Would you be open to a chat?`,
  },
];

describe('benefit: benefit-led, about them', () => {
  it.each(aboutThem)('passes $name', (c) => {
    const check = checkOf(
      'benefit',
      c,
      c.text.includes('Acme') ? { ownNames: ['Acme'] } : undefined,
    );
    expect(check.status, check.message).toBe('pass');
  });

  it.each(flagged)('flags $name', (c) => {
    const check = checkOf('benefit', c, { ownNames: ['Acme', 'Acme Cloud'] });
    expect(check.status, check.message).toBe(c.status);
  });

  it('quotes the self-introduction and says to open with what they get', () => {
    const text = 'Hi Anna,\n\nMy name is Bob. Your team could save 4 hours a week.';
    const check = checkOf('benefit', text);
    expect(check.status).toBe('warn');
    expect(check.message).toContain("'My name is'");
    expect(highlighted(text, check)).toContain('My name is');
  });

  it('counts I/we against you/your and says so', () => {
    const text =
      'Hi Anna,\n\nWe built our tool because we love our work and I think we did well. You might like it.';
    const check = checkOf('benefit', text);
    expect(check.message).toMatch(/I\/we ×\d+, you\/your ×1/);
    expect(highlighted(text, check)).toContain('we');
  });

  it('does not count "US" (the country) as talking about us', () => {
    const text =
      'Hi Anna,\n\nYour US and EU teams could cut invoice approval from 9 days to 2. Your CFO gets one view.';
    expect(checkOf('benefit', text).status).toBe('pass');
  });

  it('does not count "let me know" or "call me" as talking about yourself', () => {
    const text =
      'Hi Anna,\n\nYour agents could save 2 hours a day on refunds. Let me know if Tuesday works, or call me.';
    expect(checkOf('benefit', text).status).toBe('pass');
  });

  it('leaves "industry-leading" to the jargon check instead of flagging "leading" twice', () => {
    const text = 'Hi Anna,\n\nYour team could cut churn 10% with our industry-leading playbooks.';
    const check = checkOf('benefit', text);
    expect(highlighted(text, check)).not.toContain('leading');
  });
});

describe('benefit: outcomes said plainly, and who the reader is', () => {
  it.each([
    [
      'a pain that stops',
      "Hi Anna,\n\nYou'd stop losing Friday afternoons to reconciliation. Worth a look on Tuesday?",
    ],
    [
      'their crew starting sooner',
      'Hi Tom,\n\nYour crew can start on the Hauptstraße job the Monday after you sign. Shall I book the delivery?',
    ],
    [
      'a named customer’s result as the story',
      'Hi Dev,\n\nHarlow Homes cut daily report time from an hour to ten minutes. Could your site managers try it?',
    ],
    [
      'one "we" in a draft with an outcome',
      'Hi Anna,\n\nWe noticed your reps log calls by hand. They could get back five hours a week. Tuesday?',
    ],
    [
      'a price they asked for, with what it does',
      'Hi Claire,\n\nThanks for asking about cost: it comes to €240 a month for your three shops, and your managers would stop counting stock by hand.\n\nShall I set up a trial?',
    ],
  ])('passes %s', (_name, text) => {
    const check = checkOf('benefit', text);
    expect(check.status, check.message).toBe('pass');
  });

  it.each([
    [
      'a discount dressed up as a saving',
      'Hi Fiona,\n\nSign up this week and get your first term free, a saving of £1,200.\n\nInterested?',
    ],
    [
      'a comparison with what they pay',
      'Hi Rachel,\n\nWe can cut your office bill by 40% compared with what you pay now, guaranteed.',
    ],
    [
      'a polite break-up that offers them nothing',
      "Hi Leo,\n\nThis will be my last email for now. I don't want to keep filling your inbox. Should I stop writing?",
    ],
  ])('flags %s', (_name, text) => {
    expect(checkOf('benefit', text).status).not.toBe('pass');
  });

  it("counts the recipient's company as talking about them", () => {
    const text =
      'Hi Dev,\n\nWe saw Crestline is running three jobs at once. We built SiteLog for that. We think Crestline would like it.';
    const bare = checkOf('benefit', text);
    const known = checkOf('benefit', {
      name: '',
      text,
      context: { recipient: { company: 'Crestline Builders' }, rep: { products: ['SiteLog'] } },
    });
    expect(bare.message).toMatch(/you\/your ×0/);
    expect(known.message).toMatch(/you\/your ×2/);
  });
});

describe('benefit: the subject does not rescue a body about the sender', () => {
  it('flags a check-in and self-introduction under an outcome subject', () => {
    const check = checkOf('benefit', {
      name: '',
      subject: 'Cut month-end close to two days',
      text: 'Hi Anna, just checking in. My name is Tom and we are the industry-leading provider of innovative reconciliation software.',
    });
    expect(check.status).toBe('fail');
    expect(check.message).toMatch(/Your opening is about you/);
  });
});
