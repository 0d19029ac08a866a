/**
 * Judgment on whole drafts: a dozen cold emails of the kind reps send, good
 * and bad, written for this test. Each asserts the verdicts a sales coach
 * would give, not every message.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from './index';
import type { DraftInput, Report, RuleId, Status } from './types';

function verdicts(report: Report): Partial<Record<RuleId, Status>> {
  return Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
}

const OWN = { ownNames: ['Acme', 'Acme Cloud'] };

const good: (DraftInput & { name: string })[] = [
  {
    name: 'a tight, benefit-led email with one question',
    mode: 'email',
    subject: 'Ramp for your six new reps',
    text: `Hi Anna,

I saw you're hiring six account executives this quarter. We helped Northwind get new reps to first deal in 7 weeks instead of 5 months.

Worth 15 minutes on Tuesday to see if your team could do the same?

Best,
Marta Kowalska
Account Executive, Acme`,
  },
  {
    name: 'a reply that answers with a number and a next step, above the thread',
    mode: 'email',
    subject: 'Re: helpdesk costs',
    text: `Hi Zoë,

As promised: for your 14 agents, moving refunds to self-service saves about €3,100 a month, and your team keeps Zendesk.

Shall I send the two-page breakdown before Thursday's call?

Marta

On Tue, 3 Mar 2026 at 09:14, Zoë Łukasiewicz <zoe@example.pl> wrote:
> Can you send me what it would save us? We're on Zendesk and won't switch.
> Zoë`,
  },
  {
    name: 'a pain question with a peer example and bullets',
    mode: 'email',
    subject: 'Month-end at Brightline vs. your team',
    text: `Hi José,

Is your finance team still reconciling Stripe payouts by hand at month-end?

Brightline's team had the same setup. After the switch:
- books closed 3 days sooner
- no more spreadsheet matching

Could I show you their before-and-after on Friday at 11am?

Cheers,
Sam`,
  },
  {
    name: 'a short LinkedIn note with a reason, an outcome and an ask',
    mode: 'linkedin',
    text: `Hi Priya 👋 loved your post on agent burnout. We helped two support teams your size cut weekend overtime by 40%. Open to comparing notes next week?`,
  },
  {
    name: 'a 20-second voicemail: benefit, how, how easy',
    mode: 'voicemail',
    text: `Hi Dr. Müller, this is Jonas from Acme. I'm calling because clinics your size lose about 6 hours a week to phone scheduling. Your patients could book and confirm by text, and it's live in a day with nothing to install. Call me on 555 0177.`,
  },
];

const bad: (DraftInput & { name: string; expect: Partial<Record<RuleId, Status | Status[]>> })[] = [
  {
    name: 'the self-centred "My name is… we are the industry-leading…" email',
    mode: 'email',
    subject: 'Introduction',
    text: `Dear Sir or Madam,

My name is Bob Carter and I am the new regional sales manager at Acme. We are the industry-leading provider of end-to-end, scalable workforce solutions, and our award-winning platform leverages AI to drive synergy across the enterprise.

We have 20 years of experience and a world-class team.

Please let me know your thoughts.

Kind regards,
Bob Carter
Regional Sales Manager | Acme`,
    expect: { purpose: ['warn', 'fail'], benefit: 'fail', jargon: 'fail', ask: 'warn' },
  },
  {
    name: 'a "just circling back" bump with nothing new',
    mode: 'email',
    subject: 'Following up',
    text: `Hi Anna,

Just circling back on my email below. Did you get a chance to look?

Thanks,
Bob

On Mon, 2 Mar 2026 at 17:40, Bob Carter <bob@acme.example> wrote:
> Hi Anna, I wanted to introduce Acme Cloud, the leading HR platform.`,
    expect: { purpose: 'fail', benefit: ['warn', 'fail'] },
  },
  {
    name: 'a discount blast with pressure tricks',
    mode: 'email',
    subject: 'LAST CHANCE: 30% off ends Friday',
    text: `Hi José,

Act now and get 30% off your first year — this offer ends Friday and there are only 5 spots left!

We can beat any price you've been quoted.

Reply today!`,
    expect: { price: 'fail', urgency: 'fail' },
  },
  {
    name: 'a rambling 260-word feature tour',
    mode: 'email',
    text: `Hi Mei,

I hope this email finds you well. I wanted to reach out to tell you a little about Acme Cloud and everything our platform can do for organisations of every shape and size across many different industries and regions around the world.

Acme Cloud was founded in 2009 by two engineers who believed that customer service software should be easier to use, and since then we have grown to more than 400 employees in eleven offices. Our platform includes ticketing, live chat, a knowledge base, a community forum, workforce management, quality assurance, reporting, analytics, and an extensive marketplace of integrations with the tools your team may already use every day.

Our ticketing system supports custom fields, custom statuses, macros, triggers, automations, service level agreements, escalation policies, skills-based routing, round-robin assignment, and a fully customisable agent workspace. Our live chat offers proactive messages, chatbots, canned responses, file sharing, and co-browsing. Our knowledge base supports multiple languages, article versioning, approval workflows, and search analytics.

We also offer award-winning onboarding with a dedicated implementation specialist, training sessions for administrators and agents, and a customer success manager for larger accounts. Our support team is available around the clock by phone, email and chat, and our uptime has been excellent for many years.

Many well-known companies use our products every day, and we would be delighted to add your organisation to that list. We believe our innovative, reliable and comprehensive solution is the right fit for you.

Please let me know if you would be interested in learning more.

Best regards,
Bob`,
    expect: { length: 'fail', benefit: 'fail', purpose: 'fail' },
  },
  {
    name: 'an acronym-soup email for a non-sales buyer',
    mode: 'email',
    text: `Hi Tomás,

Your SDRs could lift ARR per AE by tightening your ICP and running ABM plays on your TAM. Worth a call Thursday?`,
    expect: { jargon: 'fail', purpose: 'pass' },
  },
  {
    name: 'a question barrage with no reason',
    mode: 'email',
    text: `Hi Oluwaseun,

Quick questions for you. Which loan system do you use? How many officers do you have? Who decides on software? What's your budget this year? Are you happy with your vendor?`,
    expect: { ask: 'warn', purpose: ['warn', 'fail'] },
  },
  {
    name: "LinkedIn's default connection note",
    mode: 'linkedin',
    connectionNote: true,
    text: `Hi Zoë, I'd like to add you to my professional network on LinkedIn.`,
    expect: { purpose: 'fail', benefit: ['warn', 'fail'] },
  },
];

describe('judgment on realistic cold emails', () => {
  it.each(good)('passes the core rules: $name', (input) => {
    const report = checkDraft(input, OWN);
    const v = verdicts(report);
    expect(v.purpose, report.checks[0].message).toBe('pass');
    expect(v.benefit, report.checks[1].message).toBe('pass');
    expect(v.length, report.checks[2].message).toBe('pass');
    if (input.mode !== 'voicemail') expect(v.ask).toBe('pass');
    expect(Object.values(v)).not.toContain('fail');
    expect(report.score).toBeGreaterThanOrEqual(85);
  });

  it.each(bad)('flags what a coach would: $name', (input) => {
    const report = checkDraft(input, OWN);
    const v = verdicts(report);
    for (const [id, want] of Object.entries(input.expect)) {
      const allowed = Array.isArray(want) ? want : [want];
      const check = report.checks.find((c) => c.id === id);
      expect(allowed, `${id}: ${check?.message}`).toContain(v[id as RuleId]);
    }
    // Not "ready to send" (85–100): a coach would send each of these back.
    expect(report.score).toBeLessThan(85);
    expect(report.band).not.toBe('ready');
  });

  it('scores every good draft above every bad one', () => {
    const worstGood = Math.min(...good.map((d) => checkDraft(d, OWN).score ?? 0));
    const bestBad = Math.max(...bad.map((d) => checkDraft(d, OWN).score ?? 100));
    expect(worstGood).toBeGreaterThan(bestBad);
  });
});
