import { sessionRecord, type SessionArea } from './store';

/**
 * The secrets that tie a sidebar iframe to the content script that made it.
 *
 * A content script asks the background for a secret before it frames the
 * sidebar, and puts it in the frame's URL fragment. The sidebar shows the
 * rep's data only after the background confirms that secret is one it
 * minted, for the tab the sidebar is in. A page script cannot send runtime
 * messages, so it cannot mint one; and it cannot read the one in our frame's
 * URL (lib/sites/shared/sidebarPort.ts says why). So a copy of the sidebar
 * that the page frames itself, with a secret it made up, is refused and
 * shows nothing a rep could be tricked into clicking.
 */

const KEY = 'sidebarSecrets';
/** Enough for every tab a rep keeps open; the oldest go first. */
const MAX_SECRETS = 200;
const SECRET = /^[0-9a-f]{32}$/;

interface Minted {
  secret: string;
  tabId: number;
  at: number;
}

function parse(raw: unknown): Minted[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (m): m is Minted =>
      typeof m === 'object' &&
      m !== null &&
      typeof (m as Minted).secret === 'string' &&
      Number.isSafeInteger((m as Minted).tabId) &&
      Number.isFinite((m as Minted).at),
  );
}

export function isSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET.test(value);
}

function randomSecret(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function sidebarSecrets(area: SessionArea, now: () => number = Date.now) {
  const record = sessionRecord(area, KEY, parse);
  return {
    /** A new secret for a sidebar in `tabId`. */
    mint(tabId: number): Promise<string> {
      const secret = randomSecret();
      return record.update((list) => ({
        value: [...list, { secret, tabId, at: now() }].slice(-MAX_SECRETS),
        result: secret,
      }));
    },
    /**
     * Whether `secret` was minted here, for `tabId`. A sidebar frame that
     * reloads claims again, so a claim does not use the secret up. Where the
     * browser does not say which tab an extension frame is in (`tabId`
     * undefined), the secret alone must match: it is 128 random bits the page
     * never sees.
     */
    async claim(secret: unknown, tabId: number | undefined): Promise<boolean> {
      if (!isSecret(secret)) return false;
      return (await record.read()).some(
        (m) => m.secret === secret && (tabId === undefined || m.tabId === tabId),
      );
    },
    /** Forgets a closed tab's secrets. */
    forgetTab(tabId: number): Promise<void> {
      return record.update((list) => ({
        value: list.filter((m) => m.tabId !== tabId),
        result: undefined,
      }));
    },
  };
}
