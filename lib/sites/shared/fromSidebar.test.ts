import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FromSidebarSchema } from '@/lib/sidebar-protocol';
import { parseFromSidebar } from './fromSidebar';

const offset = fc.oneof(
  fc.integer({ min: -2, max: 2000 }),
  fc.constantFrom(1.5, Number.NaN, Infinity, 2 ** 60, '3' as unknown as number),
);
const span = fc.record({ start: offset, end: offset }, { requiredKeys: [] });
const status = fc.constantFrom('pass', 'warn', 'fail', 'info', 'bad', undefined);
const composeId = fc.oneof(fc.string({ maxLength: 120 }), fc.constant(7 as unknown as string));
const message = fc.oneof(
  fc.record({ type: fc.constant('wiifm:ready'), extra: fc.anything() }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('wiifm:undo'), extra: fc.anything() }, { requiredKeys: ['type'] }),
  fc.record(
    {
      type: fc.constant('wiifm:layout'),
      want: fc.constantFrom('handle', 'panel', 'overlay', 'big'),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record(
    { type: fc.constant('wiifm:focus-page'), extra: fc.anything() },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('wiifm:revert'), composeId }, { requiredKeys: ['type'] }),
  fc.record(
    {
      type: fc.constant('wiifm:apply'),
      composeId,
      target: fc.constantFrom('body', 'subject', 'signature'),
      start: offset,
      end: offset,
      expect: fc.oneof(fc.string(), fc.constant('x'.repeat(5001)), fc.constant(3)),
      text: fc.oneof(fc.string(), fc.constant('y'.repeat(5001))),
      extra: fc.anything(),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('wiifm:select'), composeId, span }, { requiredKeys: ['type'] }),
  fc.record(
    {
      type: fc.constant('wiifm:highlights'),
      composeId,
      spans: fc.array(
        fc.record({ start: offset, end: offset, status, note: fc.string() }, { requiredKeys: [] }),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.string(), payload: fc.anything() }),
  fc.anything(),
);

describe('checking what the sidebar posts, without zod in the content script', () => {
  it('accepts and drops exactly what FromSidebarSchema does, and returns the same value', () => {
    fc.assert(
      fc.property(message, (msg) => {
        const zod = FromSidebarSchema.safeParse(msg);
        expect(parseFromSidebar(msg)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses more than 500 highlight spans, as the schema does', () => {
    const spans = Array.from({ length: 501 }, () => ({ start: 0, end: 1, status: 'fail' }));
    const msg = { type: 'wiifm:highlights', composeId: 'g1', spans };
    expect(parseFromSidebar(msg)).toBeNull();
    expect(FromSidebarSchema.safeParse(msg).success).toBe(false);
  });
});
