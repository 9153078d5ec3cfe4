import { randomBytes } from 'node:crypto';
import { SandboxError } from '../support/errors.ts';
import { isoTimestamp } from '../support/time.ts';
import { balanceCents } from './bill-rules.ts';
import type { SandboxData } from './data.ts';
import { stamp } from './touch.ts';
import type { BankAccount, Bill, CurrencyCode, LinkSubject, PaymentLink } from './types.ts';

export const MAX_LINK_DURATION_SECONDS = 7_776_000;
export const LINKS_PER_USER = 50;
const DAY_MS = 86_400_000;

export function linkIsActive(link: PaymentLink, nowMs: number): boolean {
  return !link.expiredManually && link.paymentId === null && link.expiresMs > nowMs;
}

/** Trust money and operating money are kept apart: a trust request is paid into a trust account. */
function kindForAccount(account: BankAccount): Bill['kind'] {
  return account.type === 'Trust' ? 'trust_kind' : 'revenue_kind';
}

/** The bills a link pays, in the order money is applied: oldest due date first, then lowest id. */
export function billsOfLink(data: SandboxData, link: PaymentLink): Bill[] {
  if (link.subject.type === 'Bill') {
    const bill = data.bills.get(link.subject.id);
    return bill ? [bill] : [];
  }
  if (link.subject.type === 'BankAccount') return [];
  const account = data.bankAccounts.get(link.destinationAccountId);
  if (!account) return [];
  const kind = kindForAccount(account);
  return data.bills.rows
    .filter(
      (bill) =>
        bill.clientId === link.subject.id &&
        bill.state === 'awaiting_payment' &&
        bill.kind === kind &&
        bill.currency === link.currency &&
        balanceCents(bill) > 0,
    )
    .sort((a, b) => (a.due_at === b.due_at ? a.id - b.id : a.due_at < b.due_at ? -1 : 1));
}

export function findLinkByToken(data: SandboxData, token: string): PaymentLink | undefined {
  return data.links.rows.find((link) => link.token === token);
}

export interface LinkRequest {
  amount?: unknown;
  currency?: unknown;
  description?: unknown;
  destination_account?: { id?: unknown };
  destination_contact?: { id?: unknown };
  duration?: unknown;
  email_address?: unknown;
  is_allocated_as_revenue?: unknown;
  subject?: { id?: unknown; type?: unknown };
}

function fail(message: string): never {
  throw new SandboxError(422, message);
}

function requireInteger(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(`${name} must be an integer`);
  return value;
}

/** Links active at once, and links made in 24 hours; null means Clio's 50 per user. */
export interface LinkLimits {
  active: number | null;
  daily: number | null;
}

/** Validates a link as Clio's POST /clio_payments/links does, then stores it. */
export function createLink(
  data: SandboxData,
  request: LinkRequest,
  nowMs: number,
  limits: LinkLimits = { active: null, daily: null },
): PaymentLink {
  if (typeof request.currency !== 'string') fail('currency is required');
  if (!request.destination_account) fail('destination_account is required');
  if (!request.subject) fail('subject is required');
  const duration = requireInteger(request.duration, 'duration');
  if (duration < 1 || duration > MAX_LINK_DURATION_SECONDS) {
    fail(`duration must be between 1 and ${MAX_LINK_DURATION_SECONDS} seconds`);
  }
  const accountId = requireInteger(request.destination_account.id, 'destination_account.id');
  const account = data.bankAccounts.get(accountId);
  if (!account) throw new SandboxError(404, `BankAccount ${accountId} not found`);
  if (!account.clio_payments_enabled) fail('The destination account does not have Clio Payments enabled');
  if (request.currency !== account.currency) {
    fail(
      `currency ${request.currency} does not match the destination account's currency ${account.currency}`,
    );
  }
  const currency: CurrencyCode = account.currency;
  const subjectType = request.subject.type;
  if (subjectType !== 'Bill' && subjectType !== 'Contact' && subjectType !== 'BankAccount') {
    fail('subject.type must be one of BankAccount, Bill, Contact');
  }
  const subject: LinkSubject = { type: subjectType, id: requireInteger(request.subject.id, 'subject.id') };
  let amountCents: number | null = null;
  if (request.amount !== undefined && request.amount !== null) {
    if (typeof request.amount !== 'number' || !(request.amount > 0)) fail('amount must be a positive number');
    amountCents = Math.round(request.amount * 100);
  }
  const description = typeof request.description === 'string' ? request.description : '';
  if (description.length > 255) fail('description must be at most 255 characters');

  if (subject.type === 'Bill') {
    const bill = data.bills.get(subject.id);
    if (!bill || bill.state === 'deleted') throw new SandboxError(404, `Bill ${subject.id} not found`);
    if (bill.state !== 'awaiting_payment' || balanceCents(bill) <= 0)
      fail('The bill has no balance awaiting payment');
    if (bill.currency !== currency) fail(`The bill is in ${bill.currency}, not ${currency}`);
    if (bill.kind !== kindForAccount(account)) {
      fail(
        bill.kind === 'trust_kind'
          ? 'A trust request must be paid into a trust account'
          : 'An invoice must be paid into an operating account',
      );
    }
    if (amountCents !== null && amountCents > balanceCents(bill)) fail('amount exceeds the bill balance');
  } else if (subject.type === 'Contact') {
    if (!data.contacts.get(subject.id)) throw new SandboxError(404, `Contact ${subject.id} not found`);
  } else {
    if (subject.id !== account.id) fail('A direct payment link must name its destination account as subject');
    if (!description) fail('description is required for a direct payment');
    if (account.type === 'Trust' && request.is_allocated_as_revenue === true) {
      fail('Payments into trust can not be allocated as revenue');
    }
  }

  const perUsers = LINKS_PER_USER * data.users.size;
  const activeLimit = limits.active ?? perUsers;
  const active = data.links.rows.filter((link) => linkIsActive(link, nowMs)).length;
  if (active >= activeLimit) fail(`The limit of ${activeLimit} active payment links has been reached`);
  const dailyLimit = limits.daily ?? perUsers;
  const recent = data.links.rows.filter((link) => link.createdMs > nowMs - DAY_MS).length;
  if (recent >= dailyLimit)
    fail(`The limit of ${dailyLimit} payment links created in 24 hours has been reached`);

  const stamped = stamp(data, 'ClioPaymentsLink', data.links.nextId(), nowMs);

  const link: PaymentLink = {
    id: stamped.id,
    etag: stamped.etag,
    version: stamped.version,
    created_at: stamped.created_at,
    updated_at: stamped.updated_at,
    updatedMs: stamped.updatedMs,
    token: randomBytes(16).toString('hex'),
    subject,
    amountCents,
    currency,
    description,
    email_address: typeof request.email_address === 'string' ? request.email_address : null,
    destinationAccountId: account.id,
    expiresMs: nowMs + duration * 1000,
    expires_at: isoTimestamp(nowMs + duration * 1000),
    createdMs: nowMs,
    is_allocated_as_revenue: request.is_allocated_as_revenue === true,
    destinationContactId:
      typeof request.destination_contact?.id === 'number' ? request.destination_contact.id : null,
    expiredManually: false,
    paymentId: null,
  };
  if (subject.type === 'Contact' && billsOfLink(data, link).length === 0) {
    fail('The contact has no outstanding bills in this currency for this account');
  }
  data.links.insert(link);
  return link;
}
