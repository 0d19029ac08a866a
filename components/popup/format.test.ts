import { describe, expect, it } from 'vitest';
import { daysAgoLabel, lastTouchLabel, openTarget, overdueLabel, startOfDayAfter } from './format';

const BERLIN = 'Europe/Berlin';

describe('popup wording', () => {
  it('says how overdue a follow-up is', () => {
    expect(overdueLabel(0)).toBe('due today');
    expect(overdueLabel(1)).toBe('1 day overdue');
    expect(overdueLabel(3)).toBe('3 days overdue');
  });

  it('counts "days ago" in the rep calendar days, not 24-hour blocks', () => {
    const now = new Date('2026-03-10T08:00:00Z'); // 09:00 in Berlin
    expect(daysAgoLabel(Date.parse('2026-03-09T22:30:00Z'), now, BERLIN)).toBe('yesterday');
    expect(daysAgoLabel(Date.parse('2026-03-09T23:30:00Z'), now, BERLIN)).toBe('today');
    expect(daysAgoLabel(Date.parse('2026-03-05T12:00:00Z'), now, BERLIN)).toBe('5 days ago');
  });

  it('describes the last touch with its channel, or says there is none', () => {
    const now = new Date('2026-03-10T08:00:00Z');
    const base = {
      contactId: 1,
      source: 'manual' as const,
      at: Date.parse('2026-03-05T12:00:00Z'),
    };
    expect(lastTouchLabel({ ...base, channel: 'email', direction: 'out' }, now, BERLIN)).toBe(
      'Last touch: email, 5 days ago',
    );
    expect(lastTouchLabel({ ...base, channel: 'linkedin', direction: 'in' }, now, BERLIN)).toBe(
      'They replied (LinkedIn) 5 days ago',
    );
    expect(lastTouchLabel(undefined, now, BERLIN)).toBe('No touch logged yet');
  });
});

describe('opening a due contact', () => {
  it('opens a Gmail compose to their first address', () => {
    expect(openTarget({ emails: ['ana+sales@acme.com'], linkedinUrls: [] })).toEqual({
      kind: 'email',
      url: 'https://mail.google.com/mail/?view=cm&fs=1&to=ana%2Bsales%40acme.com',
      label: 'Email',
    });
  });

  it('opens the last Gmail conversation with them to reply in, when it is known', () => {
    expect(openTarget({ emails: ['ana@acme.com'], linkedinUrls: [] }, '196195b51bdb9ff3')).toEqual({
      kind: 'email',
      url: 'https://mail.google.com/mail/u/0/#all/196195b51bdb9ff3',
      label: 'Reply in thread',
    });
    // Anything but a hex id is not a conversation: a compose as before.
    expect(openTarget({ emails: ['ana@acme.com'], linkedinUrls: [] }, '../x')?.label).toBe('Email');
  });

  it('falls back to their LinkedIn profile', () => {
    expect(
      openTarget({ emails: [], linkedinUrls: ['https://www.linkedin.com/in/ana-k/'] })?.url,
    ).toBe('https://www.linkedin.com/in/ana-k/');
  });

  it('opens nothing for a stored link to another site', () => {
    expect(openTarget({ emails: [], linkedinUrls: ['javascript:alert(1)'] })).toBeNull();
  });
});

describe('snooze', () => {
  it('brings the contact back at the start of that local day', () => {
    const now = new Date('2026-03-27T15:00:00Z');
    expect(new Date(startOfDayAfter(now, 1, BERLIN)).toISOString()).toBe(
      '2026-03-27T23:00:00.000Z',
    );
    // A week later the clocks have gone forward: midnight is 22:00 UTC.
    expect(new Date(startOfDayAfter(now, 7, BERLIN)).toISOString()).toBe(
      '2026-04-02T22:00:00.000Z',
    );
  });
});
