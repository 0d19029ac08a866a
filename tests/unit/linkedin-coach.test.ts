import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '@/lib/messages';
import type { FromSidebar, ToSidebar } from '@/lib/sidebar-protocol';
import { startLinkedInCoach, type LinkedInCoach } from '@/lib/sites/linkedin/coach';
import type { SidebarFrame } from '@/lib/sites/shared/mountSidebar';

// The coach drives the real adapter on fixture pages. Only the browser surface
// is stood in for: animation frames, the Highlight API, the sidebar iframe
// (recording what it is sent) and runtime messaging (recording what reaches
// the background).

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the coach has gone quiet: nothing new posted or sent for 30 ms (at most 2 s). */
async function settle(h: { posts: unknown[]; sent: unknown[] }) {
  const deadline = Date.now() + 2000;
  let last = -1;
  let quiet = 0;
  while (Date.now() < deadline && quiet < 3) {
    await tick(10);
    const now = h.posts.length + h.sent.length;
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

function fixture(name: string) {
  const path = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
  const window = parseHTML(readFileSync(path, 'utf8'));
  const w = window as unknown as Record<string, unknown>;
  w.requestAnimationFrame = (cb: () => void) => setTimeout(cb, 0) as unknown as number;
  w.cancelAnimationFrame = (id: number) => clearTimeout(id);
  const painted = new Map<string, { ranges: Range[] }>();
  w.CSS = { highlights: painted };
  // linkedom's Range has no setStart/setEnd: a minimal one over single text nodes.
  (window.document as unknown as { createRange: () => unknown }).createRange = () => {
    const r = {
      sn: null as Text | null,
      so: 0,
      en: null as Text | null,
      eo: 0,
      setStart(node: Text, offset: number) {
        r.sn = node;
        r.so = offset;
      },
      setEnd(node: Text, offset: number) {
        r.en = node;
        r.eo = offset;
      },
      get collapsed() {
        return r.sn === r.en && r.so === r.eo;
      },
      toString() {
        return r.sn === r.en ? (r.sn?.data.slice(r.so, r.eo) ?? '') : '(across nodes)';
      },
    };
    return r;
  };
  w.Highlight = class {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  };
  return { window, document: window.document as unknown as Document, painted };
}

interface Harness {
  posts: ToSidebar[];
  sent: Message[];
  mounts: number;
  destroyed: number;
  fromSidebar: (msg: FromSidebar) => void;
  coach: LinkedInCoach;
  setUrl: (url: string) => void;
}

let running: LinkedInCoach | null = null;
afterEach(() => running?.stop());

function start(doc: Document, startUrl: string, profileGraceMs = 3000): Harness {
  let url = startUrl;
  const h = { posts: [], sent: [], mounts: 0, destroyed: 0 } as unknown as Harness;
  const listeners = new Set<(msg: FromSidebar) => void>();
  h.fromSidebar = (msg) => listeners.forEach((cb) => cb(msg));
  h.coach = startLinkedInCoach(doc, {
    url: () => url,
    profileGraceMs,
    mount: () => {
      h.mounts++;
      const frame: SidebarFrame = {
        post: (msg) => h.posts.push(msg),
        onMessage: (cb) => {
          listeners.add(cb);
          return () => listeners.delete(cb);
        },
        reposition: () => {},
        destroy: () => {
          h.destroyed++;
          listeners.clear();
        },
      };
      return frame;
    },
    send: async (msg) => {
      h.sent.push(msg);
      return { ok: true, touchIds: [41], skipped: 0 };
    },
  });
  h.setUrl = (next) => {
    url = next;
    h.coach.locationChanged();
  };
  running = h.coach;
  return h;
}

const ofType = <T extends ToSidebar['type']>(posts: ToSidebar[], type: T) =>
  posts.filter((p): p is Extract<ToSidebar, { type: T }> => p.type === type);

function openChat(doc: Document): HTMLElement {
  const template = doc.querySelector('#chat-overlay-template') as HTMLTemplateElement;
  doc.body.appendChild(template.content.firstElementChild!.cloneNode(true));
  return doc.querySelector(
    '.msg-overlay-conversation-bubble .msg-form__contenteditable',
  ) as HTMLElement;
}

/** A click as the rep's own input makes it: the browser marks it `isTrusted` (linkedom leaves it unset). */
function repsClick(window: ReturnType<typeof parseHTML>): Event {
  const event = new window.Event('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function typeInto(window: ReturnType<typeof parseHTML>, box: HTMLElement, html: string) {
  box.innerHTML = html;
  box.dispatchEvent(new window.Event('input', { bubbles: true }));
}

describe('LinkedIn coach', () => {
  it('shows who a profile is about as soon as the page is read', async () => {
    const { document } = fixture('linkedin-profile-2025-04.html');
    const h = start(document, 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/');
    await settle(h);
    expect(h.mounts).toBe(1);
    expect(ofType(h.posts, 'wiifm:profile')).toEqual([
      {
        type: 'wiifm:profile',
        profile: {
          url: 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/',
          name: 'Zoë Łukasiewicz',
          headline:
            'Head of Revenue Operations at Northwind Freight | Forecasting, CRM hygiene, pipeline reviews',
          company: 'Northwind Freight',
          // The same member as messaging links her, from the page's embedded data.
          memberUrl: 'https://www.linkedin.com/in/ACoAAB7kq2EBz9xWlN3vR5tYc8uH1jFgP0s4mQe/',
          missing: [],
        },
      },
    ]);
    expect(ofType(h.posts, 'wiifm:draft')).toEqual([]);
  });

  it('coaches a chat-overlay message, one update per frame however fast the rep types', async () => {
    const { window, document } = fixture('linkedin-profile-2025-04.html');
    const h = start(document, 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/');
    await settle(h);
    const box = openChat(document);
    await settle(h);
    typeInto(window, box, '<p>H</p>');
    typeInto(window, box, '<p>Hi</p>');
    typeInto(window, box, '<p>Hi Zoë</p>');
    await settle(h);
    const drafts = ofType(h.posts, 'wiifm:draft');
    expect(drafts.map((d) => d.text)).toEqual(['', 'Hi Zoë']);
    expect(drafts[1]).toEqual({
      type: 'wiifm:draft',
      site: 'linkedin',
      composeId: drafts[0].composeId,
      mode: 'linkedin',
      text: 'Hi Zoë',
      recipients: [],
      partnerName: 'Zoë Łukasiewicz',
      partnerProfileUrl: 'https://www.linkedin.com/in/ACoAAB7kq2EBz9xWlN3vR5tYc8uH1jFgP0s4mQe/',
    });
  });

  it("paints the sidebar's highlights on the words they name, and ignores stale ones", async () => {
    const { window, document, painted } = fixture('linkedin-messaging-2025-04.html');
    const h = start(document, 'https://www.linkedin.com/messaging/thread/2-abc/');
    await settle(h);
    const box = document.querySelector('.msg-form__contenteditable') as HTMLElement;
    typeInto(window, box, '<p>Just checking in.</p><p>Worth 15 minutes?</p>');
    await settle(h);
    const [draft] = ofType(h.posts, 'wiifm:draft').slice(-1);
    h.fromSidebar({
      type: 'wiifm:highlights',
      composeId: draft.composeId,
      spans: [{ start: 0, end: 17, status: 'fail' }],
    });
    expect(painted.get('wiifm-fail')?.ranges.map((r) => r.toString())).toEqual([
      'Just checking in.',
    ]);

    typeInto(window, box, '<p>Rewritten</p>'); // the sidebar has not seen this text yet
    painted.clear();
    h.fromSidebar({
      type: 'wiifm:highlights',
      composeId: draft.composeId,
      spans: [{ start: 0, end: 4, status: 'warn' }],
    });
    expect(painted.size).toBe(0);
  });

  it('logs a sent message with the partner and shows the undo offer', async () => {
    const { window, document } = fixture('linkedin-messaging-2025-04.html');
    const h = start(document, 'https://www.linkedin.com/messaging/thread/2-abc/');
    await settle(h);
    const box = document.querySelector('.msg-form__contenteditable') as HTMLElement;
    const button = document.querySelector('.msg-form__send-button') as HTMLButtonElement;
    typeInto(window, box, '<p>Worth 15 minutes Thursday?</p>');
    button.disabled = false;
    button.dispatchEvent(repsClick(window));
    // What LinkedIn does on send: the box empties, the message joins the thread marked sent.
    const item = document.createElement('li');
    item.innerHTML =
      '<div data-event-urn="urn:li:msg_message:(x,2-sent-1)"><p>sent</p>' +
      '<span class="msg-s-event-with-indicator__sending-indicator msg-s-event-with-indicator__sending-indicator--sent"></span></div>';
    document.querySelector('#message-list')!.appendChild(item);
    box.innerHTML = '<p><br></p>';
    await settle(h);
    expect(h.sent).toEqual([
      {
        type: 'touch.linkedinSent',
        text: 'Worth 15 minutes Thursday?',
        externalId: 'urn:li:msg_message:(x,2-sent-1)',
        at: expect.any(Number),
        // The thread's member-id link finds a contact made from her profile
        // (which stores it too); the name finds one made before that.
        profileUrl: 'https://www.linkedin.com/in/ACoAAB7kq2EBz9xWlN3vR5tYc8uH1jFgP0s4mQe/',
        name: 'Zoë Łukasiewicz',
      },
    ]);
    expect(ofType(h.posts, 'wiifm:logged')).toEqual([{ type: 'wiifm:logged', touchIds: [41] }]);
  });

  it('checks an invitation note as a connection note and logs it when sent', async () => {
    const { window, document } = fixture('linkedin-invite-2025.html');
    const h = start(document, 'https://www.linkedin.com/in/ingrid-haaland-osei/');
    await settle(h);
    const note = document.querySelector('textarea') as HTMLTextAreaElement;
    note.value = 'Hi Ingrid, your supplier scorecard post: worth comparing notes?';
    note.dispatchEvent(new window.Event('input', { bubbles: true }));
    await settle(h);
    expect(ofType(h.posts, 'wiifm:draft').pop()).toMatchObject({
      mode: 'linkedin',
      connectionNote: true,
      text: 'Hi Ingrid, your supplier scorecard post: worth comparing notes?',
      partnerName: 'Ingrid Haaland-Osei',
      partnerProfileUrl: 'https://www.linkedin.com/in/ingrid-haaland-osei/',
    });

    const send = document.querySelector(
      'button[aria-label="Send invitation"]',
    ) as HTMLButtonElement;
    send.disabled = false;
    send.dispatchEvent(repsClick(window));
    document.querySelector('#invite-overlay')!.remove();
    await settle(h);
    expect(h.sent).toMatchObject([
      {
        type: 'touch.linkedinSent',
        text: 'Hi Ingrid, your supplier scorecard post: worth comparing notes?',
        profileUrl: 'https://www.linkedin.com/in/ingrid-haaland-osei/',
        name: 'Ingrid Haaland-Osei',
      },
    ]);
    expect(ofType(h.posts, 'wiifm:no-compose')).toHaveLength(1);
  });

  it('follows in-page navigation: a new profile is read, and the sidebar leaves pages with nothing to coach', async () => {
    const { document } = fixture('linkedin-profile-2025-04.html');
    const h = start(document, 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/');
    await settle(h);
    h.setUrl('https://www.linkedin.com/feed/');
    await settle(h);
    expect(h.destroyed).toBe(1);
    h.setUrl('https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/');
    await settle(h);
    expect(h.mounts).toBe(2);
    expect(ofType(h.posts, 'wiifm:profile')).toHaveLength(2);
  });

  it('tells the sidebar when the rep leaves a profile for messaging, so it stops showing it', async () => {
    const { document } = fixture('linkedin-profile-2025-04.html');
    const h = start(document, 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/');
    await settle(h);
    expect(h.posts.map((p) => p.type)).toEqual(['wiifm:profile']);
    h.setUrl('https://www.linkedin.com/messaging/');
    await settle(h);
    expect(h.posts.map((p) => p.type)).toEqual(['wiifm:profile', 'wiifm:no-compose']);
    expect(h.destroyed).toBe(0);
  });

  it('tells the sidebar when it cannot read a message box, so it offers the paste-in box', async () => {
    const { document } = fixture('linkedin-messaging-2025-04.html');
    const box = document.querySelector('.msg-form__contenteditable')!;
    box.removeAttribute('contenteditable'); // LinkedIn swapped its editor
    box.removeAttribute('role');
    const h = start(document, 'https://www.linkedin.com/messaging/thread/2-abc/');
    await settle(h);
    expect(ofType(h.posts, 'wiifm:unreadable')).toEqual([
      { type: 'wiifm:unreadable', site: 'linkedin', what: 'the message box' },
    ]);
  });

  it('reports an unreadable profile only after it had time to render', async () => {
    const { document } = fixture('linkedin-profile-2025-04.html');
    document.querySelector('main')!.remove();
    for (const code of Array.from(document.querySelectorAll('code'))) code.remove();
    document.title = 'LinkedIn';
    const h = start(document, 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/', 200);
    await tick(20);
    expect(ofType(h.posts, 'wiifm:profile')).toEqual([]);
    await tick(250);
    await settle(h);
    expect(ofType(h.posts, 'wiifm:profile').map((p) => p.profile.missing)).toEqual([
      ['name', 'headline', 'company'],
    ]);
    expect(ofType(h.posts, 'wiifm:unreadable')).toEqual([
      { type: 'wiifm:unreadable', site: 'linkedin', what: 'the profile' },
    ]);
  });
});
