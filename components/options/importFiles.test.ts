import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '@/lib/db';
import { oversizedFile, planImport } from './importFiles';

describe('choosing files to import', () => {
  it('takes a single .json file as a backup', () => {
    expect(planImport([{ name: 'wiifm-backup.json', text: '{"format":"wiifm-backup"}' }])).toEqual({
      kind: 'json',
      text: '{"format":"wiifm-backup"}',
    });
  });

  it('tells the touches CSV from the contacts CSV by its header, not its name', () => {
    const contacts = 'id,name,emails\n1,Ana,ana@x.com';
    const touches = '\uFEFF"id","contactId","channel","direction","at"\n1,1,email,out,0';
    expect(
      planImport([
        { name: 'a.csv', text: touches },
        { name: 'b.csv', text: contacts },
      ]),
    ).toEqual({ kind: 'csv', contacts, touches });
  });

  it('sends a CRM export to the CRM import instead of reading it as a backup', () => {
    const hubspot =
      '"Record ID","First Name","Last Name","Email","Contact owner"\n1,Ana,Ruiz,a@x.com,me';
    expect(planImport([{ name: 'hubspot.csv', text: hubspot }])).toEqual({
      kind: 'invalid',
      message:
        'hubspot.csv looks like a contacts export from HubSpot: import it under "Move to or from a CRM" below, which shows what it will add first.',
    });
  });

  it('refuses two contacts files', () => {
    const plan = planImport([
      { name: 'a.csv', text: 'id,name\n' },
      { name: 'b.csv', text: 'id,name\n' },
    ]);
    expect(plan).toMatchObject({ kind: 'invalid' });
  });

  it('refuses a JSON backup mixed with CSV files', () => {
    const plan = planImport([
      { name: 'a.json', text: '{}' },
      { name: 'b.csv', text: 'id,name\n' },
    ]);
    expect(plan).toMatchObject({ kind: 'invalid' });
  });
});

describe('the size of the chosen files', () => {
  it('refuses a file over the limit before reading it, naming it and the limit', () => {
    expect(
      oversizedFile([
        { name: 'wiifm-contacts.csv', size: 2_000_000 },
        { name: 'wiifm-touches.csv', size: 140_000_000 },
      ]),
    ).toBe(
      'Import stopped: wiifm-touches.csv is 140 MB; an import takes files up to 100 MB. Nothing was changed.',
    );
  });

  it('takes files up to the limit', () => {
    expect(oversizedFile([{ name: 'wiifm-backup.json', size: MAX_IMPORT_BYTES }])).toBeNull();
    expect(oversizedFile([])).toBeNull();
  });
});
