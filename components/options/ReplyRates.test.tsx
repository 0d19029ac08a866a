import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { replyRates, type Outcome } from '@/lib/evidence/replyRates';
import { FollowUpMemory } from '../sidebar/FollowUpMemory';
import { ReplyRatesView } from './ReplyRates';

function render(node: ReactElement): Document {
  return parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(node)}</body></html>`)
    .document;
}

/** n sends scored `score`, the first `replied` of them answered. */
function sends(n: number, score: number, replied: number): Outcome[] {
  return Array.from({ length: n }, (_, i) => ({
    contactId: i,
    at: 0,
    score,
    ruleStatuses: `purpose:${score >= 60 ? 'p' : 'f'}`,
    replied: i < replied,
  }));
}

describe('ReplyRatesView', () => {
  it('keeps the contract: one element per band with its sends and replies', () => {
    const doc = render(
      <ReplyRatesView
        rates={replyRates([...sends(12, 90, 6), ...sends(20, 70, 5), ...sends(8, 40, 0)])}
      />,
    );
    const view = doc.querySelector('[data-wiifm="reply-rates"]')!;
    expect(view.getAttribute('data-enough')).toBe('true');
    const bands = [...view.querySelectorAll('[data-band]')].map((b) => [
      b.getAttribute('data-band'),
      b.getAttribute('data-sent'),
      b.getAttribute('data-replied'),
    ]);
    expect(bands).toEqual([
      ['85-100', '12', '6'],
      ['60-84', '20', '5'],
      ['0-59', '8', '0'],
    ]);
    // 0 of 8: Wilson 0–32 %, by hand: (0 + 3.84/16)/(1 + 3.84/8) ± … = 0.1623 ± 0.1623 → 0 … 0.3245.
    expect(view.querySelector('[data-band="0-59"]')!.textContent).toContain(
      '0 of 8 replied · 0 % (0–32 %)',
    );
  });

  it('below 30 sends says data-enough="false" and shows no band', () => {
    const doc = render(<ReplyRatesView rates={replyRates(sends(29, 90, 3))} />);
    const view = doc.querySelector('[data-wiifm="reply-rates"]')!;
    expect(view.getAttribute('data-enough')).toBe('false');
    expect(view.querySelectorAll('[data-band]')).toHaveLength(0);
    expect(view.textContent).toContain('1 more scored email to go');
  });
});

describe('FollowUpMemory', () => {
  it('counts the follow-up without a draft to compare', () => {
    const doc = render(
      <FollowUpMemory
        touches={[
          { id: 1, contactId: 1, channel: 'email', direction: 'out', at: 0, source: 'auto' },
        ]}
        draft={null}
        now={new Date(Date.UTC(2026, 11, 8))}
        timeZone="UTC"
      />,
    );
    const count = doc.querySelector('[data-wiifm="follow-up-count"]')!;
    expect([count.getAttribute('data-follow-up'), count.textContent]).toEqual([
      '1',
      '1st follow-up, no reply yet',
    ]);
    expect(doc.querySelector('[data-wiifm="repeat-warning"]')).toBeNull();
  });
});
