/**
 * Which CRM wrote a contacts export, and which of its columns are ours.
 *
 * Column names as the CRMs write them (seen 2026-12 in their exports and
 * documentation):
 * - HubSpot, contacts view export: "Record ID", "First Name", "Last Name",
 *   "Email", "Phone Number", "Contact owner", "Associated Company",
 *   "Last Activity Date", "Lead Status", "Marketing contact status",
 *   "Create Date", and with those properties shown "Company Name",
 *   "Job Title", "Additional email addresses" (";"-separated).
 * - Salesforce, report export: "Contact ID", "First Name", "Last Name",
 *   "Title", "Account Name", "Email", "Phone", "Mailing City", "Contact
 *   Owner" (leads: "Lead ID", "Company"); Data Export / Data Loader files
 *   use the API names instead: "Id", "FirstName", "LastName", "Name",
 *   "Email", "Title", "AccountId".
 * - Pipedrive, people export: every column "Person - …": "Person - Name",
 *   "Person - First name", "Person - Last name", "Person - Email - Work",
 *   "Person - Email - Home", "Person - Email - Other" (older: "Person -
 *   Email"), "Person - Organization", "Person - Job title" (older:
 *   "Person - Title"), "Person - Phone - Work".
 * A LinkedIn profile is a custom field in all three ("LinkedIn URL",
 * "LinkedIn_Profile__c", "Person - LinkedIn"), so any column whose name
 * says LinkedIn is read as one, and a cell that is not a profile link is
 * left out (and counted).
 *
 * Names are compared folded: lower case, letters and digits only, without
 * Pipedrive's "Person - " prefix, so "Job Title", "JobTitle" and "Person -
 * Job title" are one.
 */

export type CrmSource = 'hubspot' | 'salesforce' | 'pipedrive' | 'csv';

export const SOURCE_NAMES: Record<CrmSource, string> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  pipedrive: 'Pipedrive',
  csv: 'a contacts spreadsheet',
};

/** What a column fills in on a contact. */
export type ContactField =
  'fullName' | 'firstName' | 'lastName' | 'email' | 'linkedin' | 'company' | 'title';

export const FIELD_LABELS: Record<ContactField, string> = {
  fullName: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  linkedin: 'LinkedIn profile',
  company: 'Company',
  title: 'Job title',
};

/** Folded column name → field. Several columns may fill one field (emails add up; the first company wins). */
const FIELDS: Record<string, ContactField> = {
  name: 'fullName',
  fullname: 'fullName',
  contactname: 'fullName',
  personname: 'fullName',
  firstname: 'firstName',
  lastname: 'lastName',
  surname: 'lastName',
  email: 'email',
  emailaddress: 'email',
  primaryemail: 'email',
  workemail: 'email',
  emailwork: 'email',
  emailhome: 'email',
  emailother: 'email',
  additionalemailaddresses: 'email',
  company: 'company',
  companyname: 'company',
  accountname: 'company',
  associatedcompany: 'company',
  organization: 'company',
  organisation: 'company',
  organizationname: 'company',
  jobtitle: 'title',
  title: 'title',
};

export function fold(column: string): string {
  return column
    .trim()
    .replace(/^person\s*-\s*/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The field a column fills, or null when it is not one of ours (it is then named in the preview). */
export function fieldOf(column: string): ContactField | null {
  const key = fold(column);
  if (key.includes('linkedin')) return 'linkedin';
  return FIELDS[key] ?? null;
}

/*
 * Marks compare the header as written, lower-cased, spaces kept: "Contact ID"
 * is Salesforce's, while our own touches.csv has "contactId".
 */
const HUBSPOT_MARKS = [
  'record id',
  'contact owner',
  'associated company',
  'lifecycle stage',
  'marketing contact status',
  'lead status',
];
const SALESFORCE_MARKS = [
  'contact id',
  'lead id',
  'account name',
  'account id',
  'mailing city',
  'mailing street',
  'lead source',
];
/** Salesforce's API names, as Data Export and Data Loader write them (case kept). */
const SALESFORCE_API = ['FirstName', 'LastName', 'AccountId'];

/** Which CRM's export a header row is, from the columns only that CRM writes. */
export function detectSource(columns: readonly string[]): CrmSource {
  if (columns.some((c) => /^\s*person\s*-\s/i.test(c))) return 'pipedrive';
  const written = columns.map((c) => c.trim().toLowerCase().replace(/\s+/g, ' '));
  if (columns.some((c) => SALESFORCE_API.includes(c.trim()))) return 'salesforce';
  // Salesforce's own columns first: "Contact Owner" and "Lead Status" are in both CRMs' files.
  if (SALESFORCE_MARKS.some((m) => written.includes(m))) return 'salesforce';
  if (
    written.includes('record id') ||
    HUBSPOT_MARKS.filter((m) => written.includes(m)).length >= 2
  ) {
    return 'hubspot';
  }
  return 'csv';
}
