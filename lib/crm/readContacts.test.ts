import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '@/lib/db/backup';
import { detectSource, fieldOf } from './columns';
import { readCrmContacts } from './readContacts';

/** Our own exports with each CRM's real column names (tests/fixtures/crm; written for these tests). */
const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/crm/${name}`, import.meta.url), 'utf8');

describe('readCrmContacts', () => {
  it('reads a HubSpot contacts export, names the columns it leaves, and skips what is no contact', () => {
    const p = readCrmContacts(fixture('hubspot-contacts-2026-12.csv'));
    expect(p.source).toBe('hubspot');
    expect(p.contacts).toEqual([
      {
        row: 2,
        name: 'Zoë Ødegaard',
        emails: ['zoe@fjord.no'],
        linkedinUrls: ['https://www.linkedin.com/in/zoe-odegaard/'],
        company: 'Fjord Fisk AS',
        title: 'CFO',
      },
      {
        row: 3,
        name: 'Ana Núñez',
        emails: ['ana@nunez.es'],
        linkedinUrls: [],
        company: 'Núñez y Hijos',
        title: 'Controller',
      },
      {
        row: 6,
        name: 'Li Wei',
        emails: ['li.wei@example.cn'],
        linkedinUrls: [],
        title: 'Head of AP',
      },
    ]);
    expect(p.skipped).toEqual([
      { row: 4, reason: 'no name, email or LinkedIn profile' },
      { row: 5, reason: 'the same person as row 3 (same email or profile)' },
    ]);
    expect(p.leftOut).toEqual([
      { row: 6, column: 'LinkedIn URL', reason: 'not a LinkedIn profile link' },
    ]);
    expect(p.unmapped).toEqual([
      'Record ID',
      'Phone Number',
      'Contact owner',
      'Primary Associated Company ID',
      'Last Activity Date',
      'Lead Status',
      'Marketing contact status',
      'Create Date',
    ]);
  });

  it('reads a Salesforce contacts report: Account Name is the company, a contact may have no email', () => {
    const p = readCrmContacts(fixture('salesforce-contacts-report-2026-12.csv'));
    expect(p.source).toBe('salesforce');
    expect(p.contacts.map((c) => [c.name, c.emails, c.company, c.title])).toEqual([
      ['Dana Buyer', ['dana.buyer@acme.example'], 'Acme Corp', 'VP Finance'],
      ["Sam O'Neil", ['sam@globex.example'], 'Globex, Inc.', 'Controller'],
      ['Okafor', [], 'Initech', undefined],
    ]);
    expect(p.unmapped).toEqual([
      'Contact ID',
      'Salutation',
      'Phone',
      'Mailing City',
      'Contact Owner',
      'Lead Source',
    ]);
  });

  it('reads a Pipedrive people export: every email column, several addresses in a cell', () => {
    const p = readCrmContacts(fixture('pipedrive-people-2026-12.csv'));
    expect(p.source).toBe('pipedrive');
    expect(p.contacts).toEqual([
      {
        row: 2,
        name: 'Kim Known',
        emails: ['kim@umbrella.example', 'kim.known@gmail.example'],
        linkedinUrls: ['https://www.linkedin.com/in/kim-known/'],
        company: 'Umbrella',
        title: 'Buyer',
      },
      {
        row: 3,
        name: 'Pat Lee',
        emails: ['pat@hooli.example', 'pat.lee@hooli.example'],
        linkedinUrls: [],
        company: 'Hooli',
      },
    ]);
    expect(p.leftOut).toEqual([
      {
        row: 3,
        column: 'Person - Email - Other',
        reason: '"not-an-address" is not an email address',
      },
    ]);
    expect(p.unmapped).toEqual(['Person - Phone - Work', 'Person - Label']);
  });

  it('reads Salesforce API names and a sheet with only a name and an email', () => {
    expect(detectSource(['Id', 'FirstName', 'LastName', 'Email', 'AccountId'])).toBe('salesforce');
    // Our own backup CSVs are no CRM's, "contactId" notwithstanding.
    expect(detectSource(['id', 'contactId', 'contactName', 'channel', 'direction', 'at'])).toBe(
      'csv',
    );
    expect(detectSource(['id', 'name', 'emails', 'linkedinUrls', 'company', 'title'])).toBe('csv');
    const p = readCrmContacts('\uFEFFName,E-mail address\nJo Bloggs,jo@x.example\n');
    expect(p.source).toBe('csv');
    expect(p.contacts).toEqual([
      { row: 2, name: 'Jo Bloggs', emails: ['jo@x.example'], linkedinUrls: [] },
    ]);
    expect(fieldOf('Person - Job title')).toBe('title');
    expect(fieldOf('LinkedIn_Profile__c')).toBe('linkedin');
  });

  it('names a contact without a name after their address', () => {
    const p = readCrmContacts('Email,Phone\nanna.mueller@x.de,123\n');
    expect(p.contacts[0]!.name).toBe('Anna Mueller');
  });

  it.each([
    [
      'a file without a name, email or profile column',
      'Phone,City\n1,Oslo\n',
      'no column is a name, an email or a LinkedIn profile (columns: Phone, City)',
    ],
    ['an empty file', '', 'the file is empty'],
    ['a quote left open', 'Name,Email\n"Jo,jo@x.example\n', 'row 2: a quoted cell is not closed'],
  ])('refuses %s with a clear message', (_what, text, message) => {
    expect(() => readCrmContacts(text)).toThrow(message);
  });

  it('refuses a file over the import limit before reading it', () => {
    const huge = {
      length: MAX_IMPORT_BYTES + 1,
      replace: () => {
        throw new Error('parsed');
      },
    } as unknown as string;
    expect(() => readCrmContacts(huge)).toThrow(/an import takes files up to 100 MB/);
  });
});
