import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/rules';
import type { DraftInput } from '@/lib/rules/types';
import { applySuggestion, suggest } from './index';

const today = '2026-12-08'; // a Tuesday

const weak: DraftInput = {
  mode: 'email',
  subject: 'Quick question',
  text:
    'Hi Anna,\n\nJust checking in. We are the industry-leading provider of reconciliation software. ' +
    'Your team could close the books in two days instead of six. Let me know your thoughts.\n\nThanks,\nTom',
  context: { recipient: { name: 'Anna Berg', company: 'Northwind' } },
};

const statusOf = (d: DraftInput, id: string) =>
  checkDraft(d).checks.find((c) => c.id === id)?.status;

describe('suggestions for a weak draft', () => {
  const found = suggest({ draft: weak, today });

  it('replaces a vague close with a specific ask on real weekdays after today', () => {
    const asks = found.get('ask') ?? [];
    expect(asks.length).toBeGreaterThanOrEqual(1);
    expect(asks.length).toBeLessThanOrEqual(3);
    expect(asks[0].expect).toBe('Let me know your thoughts.');
    expect(asks[0].text).toBe(
      'Would Wednesday at 10am or Thursday at 2pm work for a 15-minute call?',
    );
    expect(statusOf(applySuggestion(weak, asks[0]), 'ask')).toBe('pass');
  });

  it("leads with the draft's own sentence about them instead of the check-in", () => {
    const opens = found.get('purpose') ?? [];
    expect(opens.map((s) => s.label).join(' ')).toContain('Your team could close the books');
    for (const s of opens) expect(statusOf(applySuggestion(weak, s), 'purpose')).toBe('pass');
  });

  it('drops the buzzword and names a subject from the outcome the draft promises', () => {
    const jargon = found.get('jargon') ?? [];
    expect(applySuggestion(weak, jargon[0]).text).toContain('We are the provider of');
    const subjects = found.get('subject') ?? [];
    expect(subjects.map((s) => s.text)).toContain('Close the books in two days');
  });

  it('is deterministic: the same draft gives the same suggestions', () => {
    expect(suggest({ draft: weak, today })).toEqual(found);
  });

  it('offers nothing for checks that pass, and nothing for an empty draft', () => {
    expect(found.has('length')).toBe(false);
    expect(suggest({ draft: { mode: 'email', text: '  ' }, today }).size).toBe(0);
  });

  it('refuses to apply a suggestion to a draft that changed since', () => {
    const s = (found.get('ask') ?? [])[0];
    expect(() =>
      applySuggestion({ ...weak, text: weak.text.replace('Let me', 'Do let me') }, s),
    ).toThrow(/changed/);
  });
});

describe('the other families', () => {
  it('cuts a discount clause and keeps the rest of the sentence', () => {
    const draft: DraftInput = {
      mode: 'email',
      text:
        'Hi Sam,\n\nYour drivers lose an hour a day at the dock. ' +
        'We booked doors ahead for Baltic Cross and their yard time fell from 74 to 31 minutes, and we can give you 20% off this month. ' +
        'Worth a 15-minute call on Thursday?\n\nBest,\nLea',
    };
    const price = suggest({ draft, today }).get('price') ?? [];
    expect(price.length).toBeGreaterThan(0);
    const fixed = applySuggestion(draft, price[0]).text;
    expect(fixed).not.toContain('20% off');
    expect(fixed).toContain('Baltic Cross');
  });

  it('turns a voicemail without a call-back into one with a next step', () => {
    const draft: DraftInput = {
      mode: 'voicemail',
      text: "Hi Dev, it's Lena from SiteLog. Your site managers could get an hour a day back on daily reports. Talk soon.",
    };
    const asks = suggest({ draft, today }).get('ask') ?? [];
    expect(asks[0]?.text).toContain("I'll email you two times for Wednesday");
  });
});
