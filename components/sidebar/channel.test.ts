import { describe, expect, it } from 'vitest';
import { acceptMessage, originFor, outgoing, siteFromSearch } from './channel';

const parent = { name: 'parent window' };
const draft = {
  type: 'wiifm:draft',
  site: 'gmail',
  composeId: 'c1',
  mode: 'email',
  text: 'Hi',
  recipients: [],
};

/** What the sidebar makes of `data` posted by the parent Gmail page. */
function fromGmail(data: unknown) {
  return acceptMessage(
    { source: parent, origin: 'https://mail.google.com', data },
    parent,
    'gmail',
  );
}

describe('the channel to the hosting page', () => {
  it('reads the site from the iframe URL', () => {
    expect(siteFromSearch('?site=gmail')).toBe('gmail');
    expect(siteFromSearch('?site=linkedin&x=1')).toBe('linkedin');
    expect(siteFromSearch('?site=evil.com')).toBeNull();
    expect(siteFromSearch('')).toBeNull();
  });

  it("posts only to the site's own origin", () => {
    expect(originFor('gmail')).toBe('https://mail.google.com');
    expect(originFor('linkedin')).toBe('https://www.linkedin.com');
  });

  it('hears a well-formed message from the parent page', () => {
    const event = { source: parent, origin: 'https://mail.google.com', data: draft };
    expect(acceptMessage(event, parent, 'gmail')).toMatchObject({
      type: 'wiifm:draft',
      composeId: 'c1',
    });
  });

  it('ignores messages from other windows or origins', () => {
    expect(
      acceptMessage(
        { source: {}, origin: 'https://mail.google.com', data: draft },
        parent,
        'gmail',
      ),
    ).toBeNull();
    expect(
      acceptMessage(
        { source: parent, origin: 'https://evil.example', data: draft },
        parent,
        'gmail',
      ),
    ).toBeNull();
    expect(
      acceptMessage(
        { source: parent, origin: 'https://mail.google.com', data: draft },
        parent,
        'linkedin',
      ),
    ).toBeNull();
  });

  it('drops malformed messages', () => {
    expect(fromGmail({ type: 'wiifm:draft', text: 'no compose id' })).toBeNull();
    expect(fromGmail({ type: 'wiifm:steal-contacts' })).toBeNull();
    expect(fromGmail('wiifm:draft')).toBeNull();
    expect(fromGmail(null)).toBeNull();
  });

  it('refuses to send what the protocol does not allow', () => {
    expect(outgoing({ type: 'wiifm:ready' })).toEqual({ type: 'wiifm:ready' });
    const tooMany = Array.from({ length: 501 }, () => ({
      start: 0,
      end: 1,
      status: 'warn' as const,
    }));
    expect(outgoing({ type: 'wiifm:highlights', composeId: 'c1', spans: tooMany })).toBeNull();
    // Contact data has no place in any message: extra fields are stripped.
    const leaky = { type: 'wiifm:ready', contacts: [{ name: 'Jane' }] } as unknown as Parameters<
      typeof outgoing
    >[0];
    expect(outgoing(leaky)).toEqual({ type: 'wiifm:ready' });
  });
});
