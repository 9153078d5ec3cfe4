import type { SandboxData } from '../state/data.ts';
import { stamp } from '../state/touch.ts';
import type { Contact, Firm, Matter, User } from '../state/types.ts';
import { pick, type Random } from '../support/prng.ts';
import { isoDate, isoTimestamp } from '../support/time.ts';
import { HOSTILE_CLIENT_NAMES, HOSTILE_MATTER_DESCRIPTIONS } from './hostile-strings.ts';
import { COMPANY_SUFFIXES, COMPANY_WORDS, FIRST_NAMES, LAST_NAMES, MATTER_TOPICS } from './names.ts';

export const FIRST_USER_ID = 101;
export const FIRST_CONTACT_ID = 300_001;
export const FIRST_MATTER_ID = 500_001;
const DAY_MS = 86_400_000;

export function seedFirm(epochMs: number): Firm {
  const at = isoTimestamp(epochMs - 900 * DAY_MS);
  return { id: 9001, name: 'Marlow & Finch LLP', etag: '"firm-9001"', created_at: at, updated_at: at };
}

const STAFF: Array<[string, string, User['subscription_type'], number]> = [
  ['Avery', 'Marlow', 'Attorney', 450],
  ['Jordan', 'Finch', 'Attorney', 380],
  ['Sam', 'Ortiz', 'NonAttorney', 140],
];

export function seedUsers(data: SandboxData, epochMs: number): void {
  STAFF.forEach(([first, last, subscription, rate], index) => {
    const stamped = stamp(data, 'User', FIRST_USER_ID + index, epochMs - (800 - index) * DAY_MS);
    const user: User = {
      id: stamped.id,
      etag: stamped.etag,
      version: stamped.version,
      created_at: stamped.created_at,
      updated_at: stamped.updated_at,
      updatedMs: stamped.updatedMs,
      first_name: first,
      last_name: last,
      name: `${first} ${last}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}@marlowfinch.example`,
      initials: `${first[0]}${last[0]}`,
      account_owner: index === 0,
      subscription_type: subscription,
      time_zone: 'Eastern Time (US & Canada)',
      rate,
      roles: index === 0 ? ['Administrator', 'Billing'] : ['Billing'],
    };
    data.users.insert(user);
  });
}

/** Every other contact among the first few carries a hostile name, so small seeds have some. */
function hostileAt<T>(list: readonly T[], index: number): T | undefined {
  return index % 2 === 1 ? list[(index - 1) / 2] : undefined;
}

export function seedContacts(data: SandboxData, random: Random, count: number, epochMs: number): void {
  for (let index = 0; index < count; index++) {
    const isPerson = index % 2 === 0;
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const companyName = `${pick(random, COMPANY_WORDS)} ${pick(random, LAST_NAMES)} ${pick(random, COMPANY_SUFFIXES)}`;
    const hostile = hostileAt(HOSTILE_CLIENT_NAMES, index);
    const name = hostile ?? (isPerson ? `${first} ${last}` : companyName);
    const slug = `${(isPerson ? `${first}.${last}` : companyName).toLowerCase().replace(/[^a-z]+/g, '.')}${index}`;
    const createdMs = epochMs - (700 - Math.floor(random() * 300)) * DAY_MS;
    const stamped = stamp(data, 'Contact', FIRST_CONTACT_ID + index, createdMs);
    const contact: Contact = {
      id: stamped.id,
      etag: stamped.etag,
      version: stamped.version,
      created_at: stamped.created_at,
      updated_at: stamped.updated_at,
      updatedMs: stamped.updatedMs,
      type: isPerson && !hostile ? 'Person' : 'Company',
      name,
      first_name: isPerson && !hostile ? first : null,
      last_name: isPerson && !hostile ? last : null,
      primary_email_address: `${slug}@client.example`,
      primary_phone_number: `+1 555 01${String(index % 100).padStart(2, '0')}`,
      is_client: true,
      currency: 'USD',
    };
    data.contacts.insert(contact);
  }
}

export function seedMatters(data: SandboxData, random: Random, count: number, epochMs: number): void {
  const contacts = data.contacts.rows;
  const users = data.users.rows;
  for (let index = 0; index < count; index++) {
    const client =
      index < contacts.length ? contacts[index] : contacts[Math.floor(random() * contacts.length)];
    if (!client) throw new Error('matters need contacts');
    const number = index + 1;
    const openMs = epochMs - Math.floor(30 + random() * 600) * DAY_MS;
    const surname = client.last_name ?? client.name.split(/\s+/)[0] ?? 'Client';
    const stamped = stamp(data, 'Matter', FIRST_MATTER_ID + index, openMs);
    const matter: Matter = {
      id: stamped.id,
      etag: stamped.etag,
      version: stamped.version,
      created_at: stamped.created_at,
      updated_at: stamped.updated_at,
      updatedMs: stamped.updatedMs,
      number,
      display_number: `${String(number).padStart(5, '0')}-${surname.slice(0, 40)}`,
      description: hostileAt(HOSTILE_MATTER_DESCRIPTIONS, index) ?? pick(random, MATTER_TOPICS),
      status: random() < 0.9 ? 'Open' : 'Closed',
      clientId: client.id,
      responsibleAttorneyId: users[index % 2]?.id ?? FIRST_USER_ID,
      billing_method: pick(random, ['hourly', 'hourly', 'flat', 'contingency'] as const),
      open_date: isoDate(openMs),
      currency: 'USD',
    };
    data.matters.insert(matter);
  }
}
