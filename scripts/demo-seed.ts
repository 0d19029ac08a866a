import { DEFAULT_SETTINGS } from '@/lib/settings';
import { DAY, backupFile, seed, type SeedContact, type SeedTouch } from '@/scripts/seed';
import type { ExtensionHarness } from '@/tests/e2e/harness';

/**
 * What `npm run demo` shows: a rep (Tom, new at Acme) with seven prospects
 * whose touches are spread over the last weeks, so the badge, the popup and
 * the sidebar have follow-ups to show, and the pages the demo serves: the
 * Gmail fixture with Tom's weak draft to Priya in its compose, and the
 * LinkedIn profile fixture of Zoë, whose history spans every channel.
 *
 * Times are placed from the follow-up each contact should have (overdue,
 * due today, replied, …) under the default cadence and working days, in the
 * machine's time zone, which Chromium shares. Names and companies are
 * invented; addresses use the reserved `.example` domain.
 */

/** Where the demo serves its Gmail page. */
export const DEMO_GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
/** The LinkedIn fixture the demo serves, and the member it shows. */
export const DEMO_LINKEDIN_FIXTURE = 'linkedin-profile-2025-04.html';
export const DEMO_LINKEDIN_SLUG = 'zoe-lukasiewicz-4b7a21';
export const DEMO_LINKEDIN_URL = `https://www.linkedin.com/in/${DEMO_LINKEDIN_SLUG}/`;
export const DEMO_GMAIL_FIXTURE = 'gmail-compose-2026-03.html';

/** The rep whose mailbox the demo shows. */
export const DEMO_REP = { name: 'Tom Whitfield', email: 'tom@acme.example', company: 'Acme' };

/**
 * The draft open in the demo's compose: a typical weak first email that
 * opens with a check-in and talks about the sender, so purpose and benefit
 * fail at once.
 */
export const DEMO_DRAFT = {
  toName: 'Priya Natarajan',
  toEmail: 'priya.natarajan@kestrel-analytics.example',
  subject: 'Checking in',
  paragraphs: [
    'Hi Priya,',
    "Just checking in! My name is Tom and I'm the new account rep at Acme. We are the " +
      'industry-leading, best-of-breed end-to-end platform for finance teams, with over 200 ' +
      'integrations and our award-winning AI engine.',
    'Let me know if you have some time to chat.',
    'Thanks,\nTom',
  ],
};

/**
 * When a contact's follow-up should fall due, which places its last outbound
 * touch: `overdueBy` days late (at least; moved back to a working day),
 * `today`, `replied` (an inbound touch today), or `daysAgo` for contacts
 * without a cadence (a 'no' or a client).
 */
type Schedule = { overdueBy: number } | 'today' | 'replied' | { daysAgo: number };

interface DemoTouch extends Omit<SeedTouch, 'contactId' | 'daysAgo'> {
  /** Days before the contact's anchor day (its last outbound touch; today for `replied`). */
  day: number;
  /** Local time, "HH:MM". */
  time: string;
}

interface DemoContact extends Omit<SeedContact, 'id'> {
  schedule: Schedule;
  touches: DemoTouch[];
}

const DEMO_CONTACTS: DemoContact[] = [
  {
    name: DEMO_DRAFT.toName,
    emails: [DEMO_DRAFT.toEmail],
    company: 'Kestrel Analytics',
    title: 'Director of Finance Operations',
    schedule: { overdueBy: 5 },
    touches: [
      {
        day: -9,
        time: '10:15',
        channel: 'email',
        direction: 'out',
        summary: 'Two days off your month-end close',
        score: 88,
      },
      {
        day: -4,
        time: '14:30',
        channel: 'linkedin',
        direction: 'out',
        summary: 'Connection note about month-end close',
      },
      {
        day: 0,
        time: '11:00',
        channel: 'call',
        direction: 'out',
        outcome: 'no-answer',
        summary: 'Board week; try again after',
      },
    ],
  },
  {
    name: 'Zoë Łukasiewicz',
    emails: ['zoe.lukasiewicz@northwind-freight.example'],
    linkedinUrls: [DEMO_LINKEDIN_URL],
    company: 'Northwind Freight',
    title: 'Head of Revenue Operations',
    schedule: { overdueBy: 2 },
    touches: [
      {
        day: -21,
        time: '09:40',
        channel: 'email',
        direction: 'out',
        summary: "Forecast accuracy for Northwind's Q1 plan",
        score: 91,
      },
      {
        day: -18,
        time: '16:05',
        channel: 'voicemail',
        direction: 'out',
        summary: 'Missed forecasts cost a quarter; 25 s',
      },
      {
        day: -17,
        time: '12:20',
        channel: 'linkedin',
        direction: 'out',
        summary: 'Connection note after the voicemail',
      },
      {
        day: -16,
        time: '08:55',
        channel: 'linkedin',
        direction: 'in',
        summary: 'Accepted; asked for a case study',
      },
      {
        day: -14,
        time: '10:30',
        channel: 'call',
        direction: 'out',
        outcome: 'connected',
        summary: 'Booked a 30-minute demo for her team',
      },
      {
        day: 0,
        time: '15:00',
        channel: 'meeting',
        direction: 'out',
        summary: 'Demo with two RevOps analysts; wants pricing for 40 seats',
      },
    ],
  },
  {
    name: 'Marco Bellini',
    emails: ['marco.bellini@fabrikam.example'],
    company: 'Fabrikam Logistics',
    title: 'Fleet Manager',
    schedule: { overdueBy: 1 },
    touches: [
      {
        day: -5,
        time: '09:05',
        channel: 'email',
        direction: 'out',
        summary: 'A third fewer failed deliveries in Milan',
        score: 86,
      },
      {
        day: 0,
        time: '17:20',
        channel: 'voicemail',
        direction: 'out',
        summary: 'Failed deliveries; 20 s',
      },
    ],
  },
  {
    name: 'Søren Kjær',
    emails: ['soren.kjaer@fjordline.example'],
    company: 'Fjordline Shipping',
    title: 'Operations Director',
    schedule: 'today',
    touches: [
      {
        day: -6,
        time: '09:10',
        channel: 'call',
        direction: 'out',
        outcome: 'no-answer',
      },
      {
        day: 0,
        time: '13:45',
        channel: 'email',
        direction: 'out',
        summary: 'Cutting dwell time at Aarhus',
        score: 84,
      },
    ],
  },
  {
    name: 'Amara Okeke',
    emails: ['amara.okeke@lumenretail.example'],
    company: 'Lumen Retail',
    title: 'VP Customer Experience',
    schedule: 'replied',
    touches: [
      {
        day: -6,
        time: '10:00',
        channel: 'email',
        direction: 'out',
        summary: 'Your post-holiday returns backlog',
        score: 90,
      },
      {
        day: 0,
        time: '09:12',
        channel: 'email',
        direction: 'in',
        summary: 'Re: Your post-holiday returns backlog',
      },
    ],
  },
  {
    name: 'José Álvarez',
    emails: ['jose.alvarez@solerafoods.example'],
    company: 'Solera Foods',
    title: 'CFO',
    status: 'no',
    noReason: 'Signed a three-year contract with another vendor in October',
    schedule: { daysAgo: 11 },
    touches: [
      {
        day: -12,
        time: '11:30',
        channel: 'email',
        direction: 'out',
        summary: 'Supplier invoices at Solera',
        score: 80,
      },
      {
        day: 0,
        time: '15:10',
        channel: 'call',
        direction: 'out',
        outcome: 'connected',
        summary: 'Not for us: signed with another vendor',
      },
    ],
  },
  {
    name: 'Hannah Lindqvist',
    emails: ['hannah.lindqvist@borealisclinics.example'],
    company: 'Borealis Clinics',
    title: 'Head of Procurement',
    status: 'client',
    schedule: { daysAgo: 3 },
    touches: [
      {
        day: -30,
        time: '14:00',
        channel: 'meeting',
        direction: 'out',
        summary: 'Pilot review with her clinic leads',
      },
      {
        day: -12,
        time: '16:40',
        channel: 'email',
        direction: 'in',
        summary: 'Signed order form',
      },
      {
        day: 0,
        time: '09:30',
        channel: 'email',
        direction: 'out',
        summary: 'Welcome aboard: your onboarding plan',
      },
    ],
  },
];

/** The contact whose LinkedIn profile the demo opens. */
export const DEMO_PROFILE_CONTACT = DEMO_CONTACTS.find((c) =>
  c.linkedinUrls?.includes(DEMO_LINKEDIN_URL),
)!;

export interface DemoPlan {
  contacts: SeedContact[];
  touches: SeedTouch[];
  /** Names of the contacts due for a follow-up today, overdue ones included. */
  due: string[];
  /** Of those, the overdue ones. */
  overdue: string[];
  /** What the toolbar badge should show. */
  badge: string;
  /** The inbound reply's time (epoch ms), for the demo inbox. */
  replyAt: number;
}

const startOfDay = (at: Date, plusDays = 0) =>
  new Date(at.getFullYear(), at.getMonth(), at.getDate() + plusDays);

/**
 * The seed data relative to `now`, with the follow-ups it should produce under
 * the given cadence and working days (the defaults unless the rep changed them).
 */
export function demoPlan(
  now = new Date(),
  settings: { defaultCadenceDays: number; workingDays: readonly number[] } = DEFAULT_SETTINGS,
): DemoPlan {
  const cadence = settings.defaultCadenceDays;
  const working = (day: Date) => settings.workingDays.includes(day.getDay());
  const today = startOfDay(now);
  const plan: DemoPlan = { contacts: [], touches: [], due: [], overdue: [], badge: '', replyAt: 0 };

  DEMO_CONTACTS.forEach(({ schedule, touches, ...contact }, index) => {
    const id = index + 1;
    let anchor: Date;
    if (schedule === 'replied') {
      anchor = today;
      plan.due.push(contact.name);
    } else if (schedule === 'today') {
      // Due the first working day from today: today on a working day.
      let due = today;
      while (!working(due)) due = startOfDay(due, 1);
      anchor = startOfDay(due, -cadence);
      if (due.getTime() === today.getTime()) plan.due.push(contact.name);
    } else if ('overdueBy' in schedule) {
      let due = startOfDay(today, -schedule.overdueBy);
      while (!working(due)) due = startOfDay(due, -1);
      anchor = startOfDay(due, -cadence);
      plan.due.push(contact.name);
      plan.overdue.push(contact.name);
    } else {
      anchor = startOfDay(today, -schedule.daysAgo);
    }

    plan.contacts.push({ id, ...contact });
    for (const { day, time, ...touch } of touches) {
      const [hours, minutes] = time.split(':').map(Number);
      let day0 = startOfDay(anchor, day);
      // Earlier touches fall on working days, as a rep's do.
      if (day !== 0) while (!working(day0)) day0 = startOfDay(day0, -1);
      let at = new Date(
        day0.getFullYear(),
        day0.getMonth(),
        day0.getDate(),
        hours,
        minutes,
      ).getTime();
      // A touch "today" at a time still to come happened a few minutes ago instead.
      if (at > now.getTime()) at = Math.max(today.getTime(), now.getTime() - 5 * 60_000);
      if (schedule === 'replied' && touch.direction === 'in') plan.replyAt = at;
      plan.touches.push({ contactId: id, ...touch, daysAgo: (now.getTime() - at) / DAY });
    }
  });
  plan.badge = plan.due.length ? String(plan.due.length) : '';
  return plan;
}

/** Imports the demo data through the options page, as restoring a backup would. */
export async function seedDemo(h: ExtensionHarness, now = new Date()): Promise<DemoPlan> {
  const plan = demoPlan(now);
  await seed(h, backupFile(plan.contacts, plan.touches, now.getTime()));
  return plan;
}

// ------------------------------------------------------------------ pages

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Replaces what `pattern` matches (once), or says which part of the fixture is missing. */
function swap(
  html: string,
  pattern: RegExp,
  replace: (...groups: string[]) => string,
  what: string,
  fixture = DEMO_GMAIL_FIXTURE,
): string {
  const match = pattern.exec(html);
  if (!match) throw new Error(`${fixture} has no ${what} for the demo to fill in`);
  return html.slice(0, match.index) + replace(...match) + html.slice(match.index + match[0].length);
}

/** Gmail's look, roughly, so the screenshots read as Gmail; the fixture itself stays bare. */
const GMAIL_LOOK = `<style>
  body { background: #f6f8fc; color: #1f1f1f; font-family: Roboto, Arial, sans-serif; }
  header#gb { justify-content: space-between; gap: 24px; }
  .demo-logo { width: 220px; display: flex; align-items: center; gap: 14px; font-size: 22px; color: #444746; }
  .demo-logo b { color: #ea4335; font-size: 26px; }
  .demo-search { flex: 1; max-width: 720px; background: #e9eef6; border-radius: 24px; padding: 12px 20px; color: #5f6368; }
  header#gb a.gb_B { width: 32px; height: 32px; border-radius: 50%; background: #0b57d0; color: #fff;
    display: flex; align-items: center; justify-content: center; text-decoration: none; font-size: 13px; }
  .aeN { padding-right: 16px; box-sizing: border-box; }
  .demo-compose { display: inline-block; margin: 4px 0 16px 8px; padding: 18px 26px; border-radius: 16px;
    background: #c2e7ff; font-weight: 500; }
  .demo-folder { display: flex; justify-content: space-between; padding: 6px 12px 6px 26px;
    border-radius: 0 16px 16px 0; }
  .demo-folder.on { background: #d3e3fd; font-weight: 700; }
  [role='main'] { background: #fff; border-radius: 16px; margin-right: 16px; padding: 8px 0;
    min-height: calc(100vh - 88px); box-sizing: border-box; }
  .demo-row { display: grid; grid-template-columns: 180px 1fr 70px; gap: 16px; padding: 10px 16px;
    border-bottom: 1px solid #f1f3f4; white-space: nowrap; }
  .demo-row > span { overflow: hidden; text-overflow: ellipsis; }
  .demo-row.unread { font-weight: 700; background: #fff; }
  .demo-row:not(.unread) { background: #f8fafd; }
  .demo-snippet { color: #5f6368; font-weight: 400; }
  .demo-when { text-align: right; font-size: 12px; }
  .Hy h2 { margin: 0; font-size: 14px; font-weight: 500; }
  .Hd { overflow: hidden; }
  .GS td { padding: 2px 8px 2px 0; color: #444746; }
  .agP { border: 0; outline: none; }
  .aoT { outline: none; font-size: 14px; }
  .Am { font-size: 14px; line-height: 1.5; }
  .IZ { margin: 8px 0; }
  .dC { display: flex; align-items: center; gap: 4px; }
  .dC .hG { padding: 8px; cursor: pointer; }
</style>`;

interface InboxRow {
  from: string;
  subject: string;
  snippet: string;
  when: string;
  unread?: boolean;
}

const clockTime = (at: number) =>
  new Date(at).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

function inboxRows(plan: DemoPlan, now: Date): InboxRow[] {
  const date = (daysAgo: number) =>
    startOfDay(now, -daysAgo).toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
  return [
    {
      from: 'Amara Okeke',
      subject: 'Re: Your post-holiday returns backlog',
      snippet: 'Thanks Tom, the timing is good. Could you send over what it did for',
      when: clockTime(plan.replyAt || now.getTime()),
      unread: true,
    },
    {
      from: 'Hannah Lindqvist',
      subject: 'Onboarding: week two',
      snippet: 'All twelve clinics are live. One question about the invoice export',
      when: date(2),
      unread: true,
    },
    {
      from: 'Acme Sales Ops',
      subject: 'Pipeline review moved to Thursday',
      snippet: 'Bring your top five open opportunities and the next step for each',
      when: date(3),
      unread: true,
    },
    {
      from: 'José Álvarez',
      subject: 'Re: Supplier invoices at Solera',
      snippet: 'Not for us this year: we signed with another vendor in October',
      when: date(11),
    },
  ];
}

/**
 * The Gmail fixture with the demo's draft in its compose: Priya as the
 * recipient chip, the weak subject and body, Tom's account and signature,
 * and an inbox around it.
 */
export function gmailDemoPage(fixture: string, plan: DemoPlan, now = new Date()): string {
  const e = escapeHtml;
  const body = DEMO_DRAFT.paragraphs
    .map((p) => p.split('\n').map((line) => `<div>${e(line)}</div>`))
    .map((lines) => lines.join(''))
    .join('<div><br></div>');
  const rows = inboxRows(plan, now)
    .map(
      (row) =>
        `<div class="demo-row${row.unread ? ' unread' : ''}"><span>${e(row.from)}</span>` +
        `<span>${e(row.subject)} <span class="demo-snippet">– ${e(row.snippet)}</span></span>` +
        `<span class="demo-when">${e(row.when)}</span></div>`,
    )
    .join('');
  const folders = [
    ['Inbox', '3'],
    ['Starred', ''],
    ['Snoozed', ''],
    ['Sent', ''],
    ['Drafts', '1'],
  ]
    .map(
      ([name, count], i) =>
        `<div class="demo-folder${i === 0 ? ' on' : ''}"><span>${name}</span><span>${count}</span></div>`,
    )
    .join('');

  let html = fixture;
  html = swap(
    html,
    /<title>[^<]*<\/title>/,
    () => `<title>Inbox (3) - ${e(DEMO_REP.email)} - Gmail</title>`,
    'title',
  );
  html = swap(html, /<\/head>/, () => `${GMAIL_LOOK}</head>`, '</head>');
  html = swap(
    html,
    /<header id="gb" role="banner">\s*<a class="gb_B"[^>]*>[^<]*<\/a>/,
    () =>
      `<header id="gb" role="banner"><div class="demo-logo"><span>☰</span><span><b>M</b> Gmail</span></div>` +
      `<div class="demo-search">Search mail</div>` +
      `<a class="gb_B" aria-label="Google Account: ${e(DEMO_REP.name)}   (${e(DEMO_REP.email)})" role="button" href="#">TW</a>`,
    'account button',
  );
  html = swap(
    html,
    /<div class="aeN" role="navigation">.*$/m,
    () =>
      `<div class="aeN" role="navigation"><div class="demo-compose">✎ Compose</div>${folders}</div>`,
    'navigation',
  );
  html = swap(
    html,
    /<div class="nH" role="main">.*$/m,
    () => `<div class="nH" role="main">${rows}</div>`,
    'inbox',
  );
  html = swap(
    html,
    /data-hovercard-id="[^"]*" data-name="[^"]*"><span class="akl">[^<]*<\/span>/,
    () =>
      `data-hovercard-id="${e(DEMO_DRAFT.toEmail)}" data-name="${e(DEMO_DRAFT.toName)}">` +
      `<span class="akl">${e(DEMO_DRAFT.toName)}</span>`,
    'recipient chip',
  );
  html = swap(
    html,
    /(<input name="subjectbox"[^>]*value=")[^"]*"/,
    (_, start) => `${start}${e(DEMO_DRAFT.subject)}"`,
    'subject box',
  );
  html = swap(
    html,
    /(<div id=":ce"[^>]*>)[\s\S]*?(<span class="gmail_signature_prefix">)/,
    (_, open, signature) => `${open}${body}<div><br></div>${signature}`,
    'message body',
  );
  html = swap(
    html,
    /(<div dir="ltr" class="gmail_signature"[^>]*><div dir="ltr">)[\s\S]*?(<\/div><\/div>)/,
    (_, open, close) =>
      `${open}${e(DEMO_REP.name)}<br>Account Executive, ${e(DEMO_REP.company)}${close}`,
    'signature',
  );
  return html;
}

/** LinkedIn's look, roughly, with the profile left of where the sidebar docks. */
const LINKEDIN_LOOK = `<style>
  body { color: rgba(0, 0, 0, 0.9); }
  .demo-nav { height: 52px; display: flex; align-items: center; gap: 12px; padding: 0 56px;
    background: #fff; border-bottom: 1px solid #e8e8e8; }
  .demo-nav b { background: #0a66c2; color: #fff; border-radius: 4px; padding: 0 5px; font-size: 22px; }
  .demo-nav span { background: #edf3f8; border-radius: 4px; padding: 8px 12px; width: 260px; color: #666; }
  main { margin: 24px 0 24px 56px !important; max-width: 780px; }
  a { color: #0a66c2; text-decoration: none; }
  main h1 { color: rgba(0, 0, 0, 0.9); font-size: 24px; margin: 12px 0 0; display: inline; }
  .distance-badge { color: #666; margin-left: 6px; }
  .text-body-medium { font-size: 16px; margin-top: 4px; }
  .pv-top-card-profile-picture__container { border: 0; background: none; padding: 0; }
  .pv-top-card-profile-picture__image--show { width: 128px; height: 128px; border-radius: 50%; }
  .artdeco-card ul { list-style: none; padding: 0; }
  .artdeco-card li { margin: 4px 0; }
  [aria-label^="Current company"], [aria-label^="Education"] { border: 0; background: none;
    padding: 0; font: 600 14px system-ui, sans-serif; }
  [aria-label^="Current company"] img, [aria-label^="Education"] img { display: none; }
  .artdeco-button { border-radius: 16px; padding: 6px 16px; margin-top: 12px; font-weight: 600;
    border: 1px solid #0a66c2; background: #fff; color: #0a66c2; }
  .artdeco-button--primary { background: #0a66c2; color: #fff; }
  .pvs-header__title { font-size: 20px; }
  [data-view-name="profile-component-entity"] a { color: inherit; }
  [data-view-name="profile-component-entity"] .t-bold { font-weight: 600; }
  .t-14 { display: block; font-size: 14px; color: #666; }
</style>`;

/** A round photo with the member's initials, in place of the fixture's blank one. */
function initialsPhoto(name: string): string {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128">` +
    `<rect width="128" height="128" fill="#9db7d5"/>` +
    `<text x="64" y="78" font-family="sans-serif" font-size="44" fill="#fff" text-anchor="middle">` +
    `${escapeHtml(initials)}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The LinkedIn profile fixture with a header, a photo and some styling. */
export function linkedinDemoPage(fixture: string): string {
  const where = DEMO_LINKEDIN_FIXTURE;
  let html = fixture;
  html = swap(html, /<\/head>/, () => `${LINKEDIN_LOOK}</head>`, '</head>', where);
  html = swap(
    html,
    /<body>/,
    () => '<body><div class="demo-nav"><b>in</b><span>Search</span></div>',
    '<body>',
    where,
  );
  html = swap(
    html,
    /(<img[^>]*class="pv-top-card-profile-picture__image--show[^"]*"[^>]*?)src="[^"]*"/,
    (_, img) => `${img}src="${initialsPhoto(DEMO_PROFILE_CONTACT.name)}"`,
    'profile photo',
    where,
  );
  return html;
}
