import { describe, expect, it } from 'vitest';
import { checkOf, highlighted, type Case } from './testing';

const plain: Case[] = [
  {
    name: 'plain words about their outcome',
    text: `Hi Anna,

Your reps could get back 5 hours a week on call notes. Worth 15 minutes on Tuesday?

Best,
Marta`,
  },
  {
    name: 'acronyms every business reader knows (CEO, VP, US, EU, ROI, PDF)',
    text: `Hi José,

Your CEO asked for the ROI summary: the PDF shows US and EU numbers side by side. Could your VP of Finance review it Friday?`,
  },
  {
    name: 'a sales acronym spelt out the first time',
    text: `Hi Priya,

Your annual recurring revenue (ARR) grew fast this year; your ARR per rep can grow with it if onboarding takes 9 days.`,
  },
  {
    name: 'an acronym explained after it',
    text: `Hi Mei,

Your team's CSAT (customer satisfaction score) rose 12 points after the switch. Thursday?`,
  },
  {
    name: 'shouting is not an acronym (a different problem)',
    text: `Hi Tomás,

PLEASE NOTE: your trial ends Friday. Your team keeps its dashboards if you upgrade.`,
  },
  {
    name: 'buzzwords only in the quoted trail and signature',
    text: `Hi Zoë,

Your agents could answer a third more tickets. Friday at 2pm?

-- 
Marta Kowalska | World-class support, end-to-end

On Mon, 2 Mar 2026, Zoë Łukasiewicz <zoe@example.pl> wrote:
> We want a scalable, robust, best-of-breed platform with synergy.`,
  },
  {
    name: 'a voicemail in plain words',
    mode: 'voicemail',
    text: 'Hi Anna, this is Zoë from Acme. Your agents could answer twice as many refund tickets. Call me on 555 0142.',
  },
  {
    name: 'a LinkedIn note with a greeting to someone with initials',
    mode: 'linkedin',
    text: 'Hi JP, loved your post on refunds 🙂 compare notes next week?',
  },
];

const jargony: (Case & { status: 'fail' | 'warn' })[] = [
  {
    name: '"synergy" and "leverage"',
    status: 'warn',
    text: `Hi Anna,

We can leverage your data to create synergy between sales and support. Tuesday?`,
  },
  {
    name: 'the self-centred pitch full of buzzwords',
    status: 'fail',
    text: `Hi José,

We are the industry-leading provider of end-to-end, scalable and robust solutions.

Best,
Bob`,
  },
  {
    name: 'unexplained sales acronyms',
    status: 'fail',
    text: `Hi Priya,

Our ABM motion lifts ARR for SMB teams that match your ICP. Open to a call?`,
  },
  {
    name: 'one unexplained acronym',
    status: 'warn',
    text: `Hi Mei,

Your SDR team could book 2x more meetings. Thursday?`,
  },
  {
    name: '"best-of-breed" written without hyphens',
    status: 'warn',
    text: `Hi Tomás,

It's a best of breed tool for your finance team. Friday?`,
  },
  {
    name: 'a buzzword in the subject line',
    status: 'warn',
    subject: 'Synergy for your support team',
    text: `Hi Zoë,

Your agents could answer a third more tickets. Friday?`,
  },
  {
    name: 'a voicemail about a "paradigm shift"',
    status: 'warn',
    mode: 'voicemail',
    text: 'Hi Anna, this is Bob from Acme. We bring a paradigm shift to payroll. Call me on 555 0100.',
  },
  {
    name: 'a LinkedIn note with "world-class" and "seamless" 🚀',
    status: 'warn',
    mode: 'linkedin',
    text: 'Hi Oluwaseun 🚀 world-class onboarding, seamless for your team. Chat next week?',
  },
];

describe("jargon: speak the customer's language", () => {
  it.each(plain)('passes $name', (c) => {
    const check = checkOf('jargon', c);
    expect(check.status, check.message).toBe('pass');
  });

  it.each(jargony)('flags $name', (c) => {
    const check = checkOf('jargon', c);
    expect(check.status, check.message).toBe(c.status);
  });

  it('highlights each buzzword and acronym', () => {
    const text = 'Hi Priya,\n\nWe leverage ABM to lift your ARR.';
    const check = checkOf('jargon', text);
    expect(highlighted(text, check)).toEqual(['leverage', 'ABM', 'ARR']);
    expect(check.message).toContain("'leverage' is a buzzword");
    expect(check.message).toMatch(/'ABM', 'ARR' may mean nothing to them/);
  });

  it('counts a plural acronym ("KPIs" is fine, "SLAs" is not explained)', () => {
    const text = 'Hi Mei,\n\nYour KPIs and SLAs improve in a month.';
    expect(highlighted(text, checkOf('jargon', text))).toEqual(['SLAs']);
  });
});

describe("jargon: the reader's own trade", () => {
  it.each([
    [
      'FNOL for a claims director',
      'After a storm your FNOL lines jam for days.',
      'Claims Director',
    ],
    ['EBITDA for a CFO', 'Your board sees EBITDA on day 12.', 'CFO'],
    ['OEE for a plant manager', 'It reads OEE straight from your presses.', 'Plant Manager'],
    ['SKUs for a head buyer', 'Retailers ran out of their top 50 SKUs by noon.', 'Head Buyer'],
    [
      'RevPAR and ADR for a revenue manager',
      'Oasis Suites lifted ADR 9% and RevPAR with it.',
      'Revenue Manager',
    ],
  ])('passes %s', (_name, sentence, title) => {
    const text = `Hi Grace,\n\n${sentence} Worth a call?`;
    expect(checkOf('jargon', text).status).toBe('warn');
    expect(checkOf('jargon', { name: '', text, context: { recipient: { title } } }).status).toBe(
      'pass',
    );
  });

  it("still flags a sales team's shorthand to a fundraiser", () => {
    const text = 'Hi Amara,\n\nGiveFlow syncs with your CRM and tracks donor LTV and NRR. Monday?';
    const check = checkOf('jargon', {
      name: '',
      text,
      context: { recipient: { title: 'Development Director', company: 'Bright Futures Trust' } },
    });
    expect(check.status).toBe('warn');
  });

  it('speaks of one buzzword in the singular, however often it appears', () => {
    const text = 'Hi Anna,\n\nA robust plan, robust reports and a robust team. Tuesday?';
    const check = checkOf('jargon', text);
    expect(check.message).toMatch(/^'robust' is a buzzword/);
  });
});
