import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  accountEmail,
  draftId,
  findBody,
  findComposes,
  readDraft,
  readThread,
} from '@/lib/sites/gmail';
import { inboundKind } from '@/lib/inboundKind';
import { readInbox } from '@/lib/sites/gmail/readInbox';
import { SEND_BUTTON, SIGNATURE } from '@/lib/sites/gmail/selectors';
import { queryFirst } from '@/lib/sites/shared/query';

// Gmail pages saved by third parties (see ../shared/fixtures/real/SOURCES.md) stay outside
// the repo; without them those cases skip. The same assertions run on our own fixtures
// (tests/fixtures/), which reproduce the structure we rely on, so the two stay in step.
const REAL = fileURLToPath(new URL('../../../shared/fixtures/real/', import.meta.url));
const OURS = fileURLToPath(new URL('../fixtures/', import.meta.url));
const realPresent = existsSync(REAL);
if (!realPresent) console.warn('Gmail real-page tests skipped: ../shared not found');

const parsed = new Map<string, Document>();
function page(path: string): Document {
  let doc = parsed.get(path);
  if (!doc) {
    doc = parseHTML(readFileSync(path, 'utf8')).document as unknown as Document;
    parsed.set(path, doc);
  }
  return doc;
}

interface ComposeCase {
  name: string;
  path: string;
  real: boolean;
  subject: string;
  /** The body without its signature; '' for the real one, which has only a signature. */
  text: string;
  recipients: string[];
}

const COMPOSES: ComposeCase[] = [
  {
    name: 'real 2026-03 compose (empty new message with a signature)',
    path: `${REAL}gmail-compose-nguyenv119.html`,
    real: true,
    subject: '',
    text: '',
    recipients: [],
  },
  {
    name: 'our 2026-03 compose fixture',
    path: `${OURS}gmail-compose-2026-03.html`,
    real: false,
    subject: 'Cut month-end close to two days',
    text: 'Hi Dana,\n\nAcme is hiring three AP clerks',
    recipients: ['dana.buyer@acme.example'],
  },
];

for (const c of COMPOSES) {
  const doc = () => page(c.path);
  const compose = () => {
    const found = findComposes(doc());
    expect(found).toHaveLength(1);
    return found[0].element;
  };
  describe.skipIf(c.real && !realPresent)(`Gmail compose: ${c.name}`, () => {
    it('finds the one compose dialog', () => {
      expect(compose().getAttribute('role')).toBe('dialog');
    });

    it('finds the editable body, not the hidden plain-text textarea', () => {
      const body = findBody(compose());
      expect(body?.getAttribute('contenteditable')).toBe('true');
      expect(body?.tagName).toBe('DIV');
    });

    it('reads subject, recipients and body, leaving the signature out', () => {
      const draft = readDraft(compose());
      if ('error' in draft) throw new Error(draft.error);
      expect(draft.subject).toBe(c.subject);
      expect(draft.recipients).toEqual(c.recipients);
      if (c.text) expect(draft.text.startsWith(c.text)).toBe(true);
      else expect(draft.text).toBe('');
      const signature = queryFirst(compose(), SIGNATURE.slice(0, 1))!;
      const signatureFirstLine = signature.textContent!.trim().split('\n')[0].trim().slice(0, 12);
      expect(signatureFirstLine.length).toBeGreaterThan(3);
      expect(draft.text).not.toContain(signatureFirstLine);
      expect(draft.text).not.toContain('--');
    });

    it('finds the Send button, not "More send options"', () => {
      const send = queryFirst(compose(), SEND_BUTTON);
      expect(send?.textContent?.trim()).toBe('Send');
    });

    it("reads Gmail's draft id for this compose", () => {
      expect(draftId(compose())).toMatch(/^#msg-a:r-?\d+$/);
    });
  });
}

interface ThreadCase {
  name: string;
  path: string;
  real: boolean;
  subject: string;
  /** Inline composes open in the page. */
  composes: number;
}

const THREADS: ThreadCase[] = [
  {
    name: 'real 2025-04 thread (two messages, no reply open)',
    path: `${REAL}gmail-thread-brocc.html`,
    real: true,
    subject: 'The PagerDuty Subscription for substrate is within 30 days of its auto renewal date',
    composes: 0,
  },
  {
    name: 'our 2025-04 thread fixture (two messages and an inline reply)',
    path: `${OURS}gmail-thread-2025-04.html`,
    real: false,
    subject: 'Q3 renewal for Acme',
    composes: 1,
  },
];

for (const t of THREADS) {
  const doc = () => page(t.path);
  describe.skipIf(t.real && !realPresent)(`Gmail thread: ${t.name}`, () => {
    it("reads the thread's subject", () => {
      expect(readThread(doc()).subject).toBe(t.subject);
    });

    it('reads both messages with their ids, senders and dates, in page order', () => {
      const { messages } = readThread(doc());
      expect(messages).toHaveLength(2);
      expect(messages[0].id).toMatch(/^#msg-f:\d+$/);
      expect(messages[1].id).toMatch(/^#msg-a:r-?\d+$/);
      for (const m of messages) {
        expect(m.from).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$/);
        expect(m.fromName).toBeTruthy();
        expect(new Date(m.at!).getFullYear()).toBe(2025);
        expect(new Date(m.at!).getMonth()).toBe(3); // April
      }
      expect(messages[0].at!).toBeLessThan(messages[1].at!);
    });

    it('knows the account, so the first message is received and the second is our own reply', () => {
      const { messages } = readThread(doc());
      const me = accountEmail(doc());
      expect(me).toBeTruthy();
      expect(messages[0].from).not.toBe(me);
      expect(messages[1].from).toBe(me);
    });

    it(`finds ${t.composes} inline compose(s)`, () => {
      const composes = findComposes(doc());
      expect(composes).toHaveLength(t.composes);
      composes.forEach((c) => expect(c.inline).toBe(true));
    });
  });
}

describe.skipIf(!realPresent)('Gmail inbox list and own message: real 2025-04 page', () => {
  const doc = () => page(`${REAL}gmail-thread-brocc.html`);

  it('reads all 15 inbox rows, each with a #msg-f: id, senders and a full date', () => {
    const rows = readInbox(doc());
    expect(rows).toHaveLength(15);
    for (const row of rows) {
      expect(row.messageId).toMatch(/^#msg-f:\d+$/);
      expect(row.threadId).toMatch(/^#thread-[af]:r?-?\d+$/);
      expect(row.senders.length).toBeGreaterThan(0);
      expect(row.subject.length).toBeGreaterThan(0);
      const at = new Date(row.at!);
      expect([2024, 2025]).toContain(at.getFullYear());
    }
    // Newest first, as the inbox lists them.
    const dates = rows.map((r) => r.at!);
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
  });

  it("dates the open conversation's row by the contact's message, and its newest sender is the owner", () => {
    const me = accountEmail(doc())!;
    const { messages } = readThread(doc());
    const row = readInbox(doc())[0];
    // The row's newest message is the owner's reply (its legacy id), but its date is the
    // received message's: only the thread can date the contact's message.
    expect(row.senders.at(-1)!.email).toBe(me);
    expect(row.at).toBe(messages[0].at);
    expect(row.messageId).not.toBe(messages[0].id);
  });

  it("reads the owner's message with its recipient and the id of the draft it was sent from", () => {
    const me = accountEmail(doc())!;
    const own = readThread(doc()).messages.find((m) => m.from === me)!;
    expect(own.id).toMatch(/^#msg-a:r-?\d+$/);
    expect(own.to).toEqual([readThread(doc()).messages[0].from]);
    expect(new Date(own.at!).getMonth()).toBe(3);
  });

  it('takes no row for an auto-reply or a bounce, and lists rows the owner answered last', () => {
    const me = accountEmail(doc())!;
    const rows = readInbox(doc());
    const kinds = rows.map((r) => {
      const latest = r.senders.at(-1)!;
      return inboundKind({
        from: latest.email,
        subject: r.subject,
        ...(latest.name && { fromName: latest.name }),
      });
    });
    expect(kinds.every((k) => k === 'reply')).toBe(true);
    expect(rows.filter((r) => r.senders.at(-1)!.email === me).length).toBeGreaterThanOrEqual(5);
  });
});
