import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Check } from '@/lib/rules/types';
import { CheckList } from './CheckList';
import { explainError } from './ErrorBoundary';
import { ContactCard } from './ContactCard';
import { History } from './History';
import { ScoreBadge } from './ScoreBadge';
import type { Contact, Touch } from '@/lib/db';

function render(node: ReactElement): Document {
  return parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(node)}</body></html>`)
    .document;
}

const text = 'Just checking in. Our world-class, robust platform. Can we talk Tuesday?';
const checks: Check[] = [
  {
    id: 'purpose',
    status: 'fail',
    message: 'No purpose up front.',
    spans: [{ start: 0, end: 16 }],
    points: 40,
  },
  {
    id: 'jargon',
    status: 'warn',
    message: 'Buzzwords.',
    spans: [
      { start: 22, end: 33 },
      { start: 35, end: 41 },
    ],
    points: 6,
  },
  { id: 'ask', status: 'pass', message: 'Clear next step.', spans: [], points: 0 },
];

describe('the check list', () => {
  it('shows every check with its status as an icon and a word, and quotes the words it points at', () => {
    const doc = render(<CheckList checks={checks} text={text} onSelect={() => {}} />);
    const rows = [...doc.querySelectorAll('[data-check]')];
    expect(rows.map((r) => [r.getAttribute('data-check'), r.getAttribute('data-status')])).toEqual([
      ['purpose', 'fail'],
      ['jargon', 'warn'],
      ['ask', 'pass'],
    ]);
    // The button says the check and its status; the message describes it.
    const button = rows[0].querySelector('button')!;
    expect(button.textContent).toContain('Purpose stated early: Fail');
    const described = doc.getElementById(button.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe('No purpose up front.');
    expect([...rows[1].querySelectorAll('q')].map((q) => q.textContent)).toEqual([
      'world-class',
      'robust',
    ]);
    expect(rows[1].querySelector('.wiifm-icon')?.textContent).toBe('!');
  });

  it('shows what fixing each failing check is worth, and nothing on a pass', () => {
    const doc = render(<CheckList checks={checks} text={text} />);
    expect(doc.querySelector('[data-check="purpose"] [data-wiifm="points"]')?.textContent).toMatch(
      /fix.*\+40$/,
    );
    expect(doc.querySelector('[data-check="jargon"] [data-wiifm="points"]')?.textContent).toMatch(
      /\+6$/,
    );
    expect(doc.querySelector('[data-check="ask"] [data-wiifm="points"]')).toBeNull();
  });

  it('makes only checks with words to show clickable', () => {
    const doc = render(<CheckList checks={checks} text={text} onSelect={() => {}} />);
    expect(doc.querySelector('[data-check="purpose"] button')).not.toBeNull();
    expect(doc.querySelector('[data-check="ask"] button')).toBeNull();
    const readOnly = render(<CheckList checks={checks} text={text} />);
    expect(readOnly.querySelectorAll('button')).toHaveLength(0);
  });
});

describe('the score', () => {
  it('names its band in words and announces changes politely', () => {
    const doc = render(<ScoreBadge score={42} detail="87 words" />);
    const score = doc.querySelector('[data-wiifm="score"]')!;
    expect(score.getAttribute('data-score')).toBe('42');
    expect(score.textContent).toContain('Weak');
    expect(score.textContent).toContain('87 words');
    expect(score.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it("uses the rulebook's bands: 85 is ready to send, 84 needs work, 59 is weak", () => {
    const label = (n: number) => render(<ScoreBadge score={n} />).body.textContent;
    expect(label(85)).toContain('Ready to send');
    expect(label(84)).toContain('Needs work');
    expect(label(60)).toContain('Needs work');
    expect(label(59)).toContain('Weak');
  });

  it('shows no number for a draft without a score, and says why', () => {
    const short = render(<ScoreBadge score={null} unscored="too-short" />);
    expect(short.body.textContent).toContain('Nothing to check yet');
    expect(short.querySelector('[data-wiifm="score"]')?.getAttribute('data-score')).toBe('');
    const spanish = render(<ScoreBadge score={null} unscored="not-english" />);
    expect(spanish.body.textContent).toContain('Not English');
    expect(spanish.body.textContent).not.toMatch(/\d/);
  });
});

const NOW = new Date('2026-11-30T09:00:00Z');
const TZ = 'Europe/Berlin';
const jane: Contact = {
  id: 7,
  name: 'Jane Doe',
  emails: ['jane@acme.com'],
  linkedinUrls: [],
  company: 'Acme',
  title: 'CFO',
  status: 'active',
  createdAt: 0,
  updatedAt: 0,
};
const touches: Touch[] = [
  {
    id: 2,
    contactId: 7,
    channel: 'call',
    direction: 'out',
    at: Date.parse('2026-11-27T10:00:00Z'),
    outcome: 'no-answer',
    source: 'manual',
  },
  {
    id: 1,
    contactId: 7,
    channel: 'email',
    direction: 'out',
    at: Date.parse('2026-11-02T10:00:00Z'),
    summary: 'Cutting your close by 3 days',
    score: 81,
    source: 'auto',
  },
];

describe('a contact card', () => {
  it('shows who they are, the last touch, how many touches and the overdue follow-up', () => {
    const doc = render(
      <ContactCard
        contact={jane}
        touches={touches}
        due={{ dueDate: '2026-11-27', overdueDays: 1 }}
        now={NOW}
        timeZone={TZ}
      />,
    );
    const card = doc.querySelector('[data-wiifm="contact-card"]')!;
    expect(card.textContent).toContain('Jane Doe');
    expect(card.textContent).toContain('CFO · Acme');
    expect(card.textContent).toContain('Last: Call, 3 days ago · 2 touches');
    expect(card.querySelector('[data-wiifm="due"]')?.textContent).toContain(
      'Follow-up overdue by 1 day',
    );
  });

  it('says when a contact gave a definitive no, and why', () => {
    const doc = render(
      <ContactCard
        contact={{ ...jane, status: 'no', noReason: 'budget frozen' }}
        touches={[]}
        due={null}
        now={NOW}
        timeZone={TZ}
      />,
    );
    expect(doc.body.textContent).toContain('Said no: budget frozen');
    expect(doc.body.textContent).toContain('No touches yet');
    expect(doc.querySelector('[data-wiifm="due"]')).toBeNull();
  });
});

describe('a contact history', () => {
  it('lists touches across channels newest first with outcome and summary', () => {
    const doc = render(<History touches={touches} now={NOW} timeZone={TZ} />);
    const items = [...doc.querySelectorAll('[data-wiifm="history-item"]')];
    expect(items.map((i) => i.getAttribute('data-channel'))).toEqual(['call', 'email']);
    expect(items[0].textContent).toContain('Call (no answer)');
    expect(items[1].textContent).toContain('Cutting your close by 3 days');
    expect(items[1].textContent).toContain('score 81');
  });

  it('shows only the newest few when asked, with a way to see all', () => {
    const doc = render(<History touches={touches} now={NOW} timeZone={TZ} limit={1} />);
    expect(doc.querySelectorAll('[data-wiifm="history-item"]')).toHaveLength(1);
    expect(doc.body.textContent).toContain('Show all 2');
  });
});

describe('an inline failure', () => {
  it('explains a log the browser refused to open, and says what still works', () => {
    const denied = Object.assign(
      new Error('UnknownError The user denied permission to access the database.'),
      {
        name: 'OpenFailedError',
      },
    );
    expect(explainError(denied)).toContain('The checks still work');
    expect(explainError(new TypeError('x is undefined'))).toBeNull();
  });
});
