import { describe, expect, it } from 'vitest';
import { checkDraft } from './index';
import { checkOf, highlighted, type Case } from './testing';

const withExample: Case[] = [
  {
    name: '"we helped Northwind…" with a number',
    text: `Hi Anna,

We helped Northwind cut new-rep ramp from five months to seven weeks. Worth 15 minutes on Tuesday?

Best,
Marta`,
  },
  {
    name: 'a named peer: "teams like Brightline\'s"',
    text: `Hi José,

Teams like Brightline closed their books 3 days faster. Does your team still reconcile by hand?`,
  },
  {
    name: 'one of our clients, with a result',
    text: `Hi Priya,

One of our clients, a 200-bed hospital in Graz, cut no-shows by 30%. Could the same work for your clinics?`,
  },
  {
    name: 'a third party’s past result with a figure',
    text: `Hi Mei,

Last quarter a 40-person support team at a Lisbon retailer doubled their first-contact resolution to 80%. Thursday?`,
  },
  {
    name: 'a LinkedIn note with a named example and an emoji',
    mode: 'linkedin',
    text: 'Hi Oluwaseun 👋 Harbor Credit halved onboarding time for new borrowers. Compare notes next week?',
  },
  {
    name: 'a named customer at the start of the sentence, said plainly',
    text: `Hi Anna,

Harbor Dental went from twelve no-shows a week to three once reminders went out by text. Worth a look on Thursday?`,
  },
  {
    name: 'a named customer whose result needs no number',
    text: `Hi Anna,

Thorne Architects stopped the Monday desk scramble once people booked from their phones. Worth a look?`,
  },
  {
    name: 'the example told over two sentences',
    text: `Hi Anna,

Pine Hill Care had the same three night roles open all winter. After the switch they filled them in 19 days.

Worth a call?`,
  },
  {
    name: 'an example in a bullet list',
    text: `Hi Zoë,

What it did for others:
- Northwind: first replies from nine hours to two
- Brightline: refunds approved in one step

Friday?`,
  },
  {
    name: 'an example with a non-ASCII company name',
    text: `Hi Anna,

We helped Łódź Logistics save €40k a year on returns. Does Tuesday work?`,
  },
];

const noExample: Case[] = [
  {
    name: 'a case study offered, naming no one',
    text: `Hi Tomás,

I can send the two-page case study from a lender your size. Shall I?`,
  },
  {
    name: 'a vague claim: "many leading brands"',
    text: `Hi Tomás,

We work with many leading brands and our customers love us. Your lenders could approve loans in a day.`,
  },
  {
    name: 'award-winning support and attached case studies',
    text: `Hi Tomás,

Our award-winning support team is here for you, and the attached case studies show what we do. Thursday?`,
  },
  {
    name: 'a count of customers without a name or a result',
    text: `Hi Tomás,

Trusted by 500+ lenders across Europe. Your team could approve loans in a day.`,
  },
  {
    name: 'unnamed teams, however many',
    mode: 'linkedin',
    text: 'Hi Oluwaseun 👋 we helped two lending teams halve onboarding time. Compare notes next week?',
  },
  {
    name: 'the rep’s own product as the subject of the result',
    text: `Hi Tomás,

LoanFlow cut approval times for lenders last year. Thursday?`,
    context: { rep: { products: ['LoanFlow'] } },
  },
  {
    name: 'the reader’s own company with a number',
    text: `Hi Tomás,

Brightline Lending could cut approval time from 9 days to 2. Thursday?`,
    context: { recipient: { company: 'Brightline Lending' } },
  },
  {
    name: 'a benefit but no one else’s result',
    text: `Hi Anna,

Your reps could get back 5 hours a week on call notes. Worth 15 minutes on Tuesday?`,
  },
  {
    name: 'a generic claim, "we help teams…"',
    text: `Hi José,

We help finance teams close faster. Thursday?`,
  },
  {
    name: 'only the reader’s own team and numbers',
    text: `Hi Priya,

Your team could cut ticket volume 30% this quarter. Open to a chat?`,
  },
  {
    name: 'a result only in the quoted trail',
    text: `Hi Mei,

Your agents could answer a third more tickets. Friday?

On Mon, 2 Mar 2026, Mei Chen <mei@example.com> wrote:
> We heard you helped Northwind cut first replies from nine hours to two.`,
  },
  {
    name: 'a LinkedIn note with no example',
    mode: 'linkedin',
    text: 'Hi Oluwaseun 🙂 saw your post on onboarding. Compare notes next week?',
  },
  {
    name: 'an empty draft',
    text: '',
  },
];

const recipes: Case[] = [
  {
    name: 'the recipe instead of the result',
    text: `Hi Tomás,

Here's how it works: step 1, we export your tickets; step 2, we tag them; step 3, we train the macros. We helped Brightline cut replies 40%.`,
  },
  {
    name: 'our process explained',
    text: `Hi Zoë,

Our methodology involves a two-week discovery, a data audit and a workshop with your leads.`,
  },
  {
    name: 'a walk-through in first/then steps, without the word "step"',
    text: `Hi Paul,

I saw you're hiring twelve fitters. First we post to 40 trade boards, then our team screens every CV by phone, then we send you a shortlist every Friday.`,
  },
];

describe('proof: an example, not a recipe', () => {
  it.each(withExample)('passes $name', (c) => {
    const check = checkOf('proof', c);
    expect(check.status, check.message).toBe('pass');
  });

  it.each(noExample)('notes $name', (c) => {
    const check = checkOf('proof', c);
    expect(check.status, check.message).toBe('info');
  });

  it.each(recipes)('warns on $name', (c) => {
    const check = checkOf('proof', c);
    expect(check.status, check.message).toBe('warn');
    expect(check.message).toMatch(/keep the how for the call/);
  });

  it('is advice (info) when there is no example, never a failure', () => {
    const check = checkOf('proof', 'Hi Anna, call me.');
    expect(check.status).toBe('info');
    expect(check.message).toMatch(/Add one example of a result/);
  });

  it('highlights the recipe words', () => {
    const text = "Hi Tomás,\n\nHere's how it works: step 1, we export your tickets.";
    expect(highlighted(text, checkOf('proof', text))).toEqual(["Here's how it works", 'step 1']);
  });

  it('highlights the customer it counts as the example', () => {
    const text = 'Hi Anna,\n\nWe helped Northwind cut ramp to 7 weeks. Tuesday?';
    expect(highlighted(text, checkOf('proof', text))).toEqual(['Northwind']);
  });

  it('is not part of a voicemail, which speaks to three things only', () => {
    const report = checkDraft({ mode: 'voicemail', text: 'Hi Anna, call me on 555 0142.' });
    expect(report.checks.map((c) => c.id)).not.toContain('proof');
  });
});
