import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DueItem } from '@/lib/db';
import { DueList } from './DueList';
import type { DueActions } from './DueRow';
import { chartSummary, WeeklyChart } from './WeeklyChart';

const NOW = new Date('2026-03-10T08:00:00Z');
const noop: DueActions = {
  open: () => {},
  done: async () => {},
  snooze: async () => {},
  no: async () => {},
};

function item(id: number, name: string, overdueDays: number, company?: string): DueItem {
  return {
    contact: {
      id,
      name,
      company,
      emails: [`${name.toLowerCase()}@example.com`],
      linkedinUrls: [],
      status: 'active',
      createdAt: 0,
      updatedAt: 0,
    },
    dueDate: '2026-03-10',
    overdueDays,
    reason: 'cadence',
    lastTouch: {
      contactId: id,
      channel: 'email',
      direction: 'out',
      at: Date.parse('2026-03-03T10:00:00Z'),
      source: 'auto',
    },
  };
}

function render(items: DueItem[]) {
  const html = renderToStaticMarkup(
    <DueList items={items} now={NOW} timeZone="Europe/Berlin" cadenceDays={7} actions={noop} />,
  );
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('popup list of today’s follow-ups', () => {
  it('lists overdue contacts under "Overdue" before the ones due today', () => {
    const doc = render([item(2, 'Ben', 3, 'Globex'), item(1, 'Ana', 0, 'Acme')]);
    const rows = [...doc.querySelectorAll('[data-wiifm="due-item"]')];
    expect(rows.map((r) => r.getAttribute('data-contact-id'))).toEqual(['2', '1']);
    const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Overdue 1', 'Due today 1']);
    expect(rows[0].textContent).toContain('Ben');
    expect(rows[0].textContent).toContain('Globex');
    expect(rows[0].textContent).toContain('3 days overdue');
    expect(rows[0].textContent).toContain('Last touch: email, 7 days ago');
    expect(rows[1].textContent).toContain('due today');
  });

  it('makes every row focusable and gives it Email, Done, Snooze and No buttons', () => {
    const doc = render([item(1, 'Ana', 0)]);
    const row = doc.querySelector('[data-wiifm="due-item"]')!;
    expect(row.getAttribute('tabindex')).toBe('0');
    expect([...row.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Email ↗',
      'Done',
      'Snooze',
      'No',
    ]);
  });

  it('tells the rep what to do when nothing is due', () => {
    const doc = render([]);
    expect(doc.querySelector('[data-wiifm="due-item"]')).toBeNull();
    const empty = doc.querySelector('[data-wiifm="empty"]')!;
    expect(empty.textContent).toContain('No follow-ups due today');
    expect(empty.textContent).toContain('7 days later');
  });
});

describe('popup chart', () => {
  const weeks = [
    { weekStart: '2026-02-23', count: 2 },
    { weekStart: '2026-03-02', count: 0 },
    { weekStart: '2026-03-09', count: 5 },
  ];

  it('sums up touches and on-time share in words', () => {
    expect(chartSummary(weeks, 0.756)).toBe(
      '7 touches in the last 3 weeks, 5 this week. 76% of follow-ups done on time.',
    );
    expect(chartSummary(weeks, null)).toContain('No follow-ups fell due');
  });

  it('draws one bar per week, the tallest for the busiest week', () => {
    const html = renderToStaticMarkup(<WeeklyChart weeks={weeks} onTime={0.5} />);
    const doc = parseHTML(`<html><body>${html}</body></html>`).document;
    const bars = [...doc.querySelectorAll('[data-wiifm="chart-bar"] rect')];
    expect(bars).toHaveLength(3);
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(Math.max(...heights)).toBe(heights[2]);
    expect(heights[1]).toBeLessThan(heights[0]);
    // The week's date in the rep's own locale, like every date in the extension.
    const day = new Date(Date.UTC(2026, 2, 9)).toLocaleDateString(undefined, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    expect(doc.querySelector('svg')?.getAttribute('aria-label')).toContain(`week of ${day}: 5`);
  });
});
