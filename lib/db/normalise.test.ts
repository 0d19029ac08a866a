import { describe, expect, it } from 'vitest';
import {
  isOnDomains,
  nameFromEmail,
  nameFromLinkedInUrl,
  nameKey,
  normaliseEmail,
  normaliseLinkedInUrl,
  parseAddress,
} from './normalise';

describe('email addresses', () => {
  it.each([
    ['anna@example.com', 'anna@example.com'],
    ['  Anna.Mueller@Example.DE ', 'anna.mueller@example.de'],
    ['mailto:anna@example.com', 'anna@example.com'],
    ['MAILTO:Anna@Example.com?subject=Hello', 'anna@example.com'],
    ['"Müller, Anna" <Anna@Example.com>', 'anna@example.com'],
    ['Anna Müller <anna@example.com>', 'anna@example.com'],
    ['<anna@example.com>', 'anna@example.com'],
    ['anna+crm@sub.example.co.uk', 'anna+crm@sub.example.co.uk'],
    ['jörg@müller.de', 'jörg@müller.de'],
  ])('reads %j as %j', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });

  it.each([
    '',
    'anna',
    'bob@',
    '@example.com',
    'anna@example',
    'a b@example.com',
    'anna@@x.de',
    'a@b.c',
    'anna@-x.de',
  ])('rejects %j', (input) => {
    expect(normaliseEmail(input)).toBeNull();
  });

  it('keeps the display name for naming a new contact', () => {
    expect(parseAddress('"Müller, Anna" <anna@example.com>')).toEqual({
      email: 'anna@example.com',
      name: 'Müller, Anna',
    });
    expect(parseAddress('anna@example.com')).toEqual({ email: 'anna@example.com' });
  });

  it('names a stranger from the address', () => {
    expect(nameFromEmail('anna.mueller@x.de')).toBe('Anna Mueller');
    expect(nameFromEmail('jean-luc_picard+sales@x.fr')).toBe('Jean Luc Picard');
    expect(nameFromEmail('élodie@x.fr')).toBe('Élodie');
  });

  it('skips never-log domains and their subdomains, not look-alikes', () => {
    const never = ['mycompany.com'];
    expect(isOnDomains('boss@mycompany.com', never)).toBe(true);
    expect(isOnDomains('boss@eu.mycompany.com', never)).toBe(true);
    expect(isOnDomains('anna@notmycompany.com', never)).toBe(false);
    expect(isOnDomains('anna@mycompany.com.evil.io', never)).toBe(false);
  });
});

describe('LinkedIn profile links', () => {
  const canonical = 'https://www.linkedin.com/in/anna-mueller-4b2a1/';
  it.each([
    'https://www.linkedin.com/in/anna-mueller-4b2a1/',
    'https://www.linkedin.com/in/anna-mueller-4b2a1',
    'http://linkedin.com/in/anna-mueller-4b2a1',
    'https://de.linkedin.com/in/anna-mueller-4b2a1/',
    'https://m.linkedin.com/in/Anna-Mueller-4B2A1',
    'www.linkedin.com/in/anna-mueller-4b2a1/?originalSubdomain=de',
    'linkedin.com/in/anna-mueller-4b2a1#experience',
    'https://www.linkedin.com/in/anna-mueller-4b2a1/de/',
    'https://www.linkedin.com/in/anna-mueller-4b2a1/details/experience/',
    'https://www.linkedin.com/in/anna-mueller-4b2a1/overlay/contact-info/',
    ' https://www.linkedin.com//in//anna-mueller-4b2a1// ',
  ])('reads %s as the profile', (input) => {
    expect(normaliseLinkedInUrl(input)).toBe(canonical);
  });

  it('decodes a percent-encoded slug, then lower-cases it', () => {
    expect(normaliseLinkedInUrl('https://www.linkedin.com/in/J%C3%96RG-M%C3%BCller/')).toBe(
      'https://www.linkedin.com/in/jörg-müller/',
    );
    expect(normaliseLinkedInUrl('https://www.linkedin.com/in/jörg-müller')).toBe(
      'https://www.linkedin.com/in/jörg-müller/',
    );
  });

  it.each([
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/pub/anna-mueller/12/345/678',
    'https://www.linkedin.com/sales/lead/ACwAA123,NAME_SEARCH',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://linkedin.com.evil.io/in/anna',
    'https://notlinkedin.com/in/anna',
    'ftp://www.linkedin.com/in/anna',
    'https://www.linkedin.com/in/%E0%A4%A',
    'https://www.linkedin.com/in/anna%3Bbob',
    'not a url',
    '',
  ])('finds no profile in %j', (input) => {
    expect(normaliseLinkedInUrl(input)).toBeNull();
  });

  it('names a profile from its link, without the number LinkedIn appends', () => {
    expect(nameFromLinkedInUrl('https://www.linkedin.com/in/anna-mueller-4b2a1b3c/')).toBe(
      'Anna Mueller',
    );
    expect(nameFromLinkedInUrl('https://www.linkedin.com/in/bob/')).toBe('Bob');
  });
});

describe('names', () => {
  it('matches names regardless of case, accents and spacing', () => {
    expect(nameKey('  Anna   Müller ')).toBe(nameKey('anna muller'));
    expect(nameKey('ÉLODIE Dupont')).toBe('elodie dupont');
    expect(nameKey('Anna Mueller')).not.toBe(nameKey('Anna Müller'));
  });
});
