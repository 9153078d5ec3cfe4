import { balanceCents } from '../state/bill-rules.ts';
import type { SandboxData } from '../state/data.ts';
import { payWithLink } from '../state/pay-with-link.ts';
import { stamp } from '../state/touch.ts';
import type { Bill, ClioPayment, LinkSubject, PaymentLink } from '../state/types.ts';
import type { Random } from '../support/prng.ts';
import { isoTimestamp } from '../support/time.ts';
import { ACCOUNT_IDS } from './bank-accounts.ts';

const DAY_MS = 86_400_000;

function token(random: Random): string {
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  return hex;
}

interface LinkPlan {
  subject: LinkSubject;
  amountCents: number | null;
  createdMs: number;
  expiresMs: number;
  accountId: number;
  description: string;
}

function addLink(data: SandboxData, random: Random, plan: LinkPlan): PaymentLink {
  const stamped = stamp(data, 'ClioPaymentsLink', data.links.nextId(), plan.createdMs);
  const link: PaymentLink = {
    id: stamped.id,
    etag: stamped.etag,
    version: stamped.version,
    created_at: stamped.created_at,
    updated_at: stamped.updated_at,
    updatedMs: stamped.updatedMs,
    token: token(random),
    subject: plan.subject,
    amountCents: plan.amountCents,
    currency: data.bankAccounts.get(plan.accountId)?.currency ?? 'USD',
    description: plan.description,
    email_address: null,
    destinationAccountId: plan.accountId,
    expires_at: isoTimestamp(plan.expiresMs),
    expiresMs: plan.expiresMs,
    createdMs: plan.createdMs,
    is_allocated_as_revenue: false,
    destinationContactId: null,
    expiredManually: false,
    paymentId: null,
  };
  return data.links.insert(link);
}

function billLink(
  data: SandboxData,
  random: Random,
  bill: Bill,
  createdMs: number,
  lifetimeDays: number,
  fixed = true,
) {
  return addLink(data, random, {
    subject: { type: 'Bill', id: bill.id },
    amountCents: fixed ? balanceCents(bill) : null,
    createdMs,
    expiresMs: createdMs + lifetimeDays * DAY_MS,
    accountId: bill.destinationAccountId,
    description: `Payment for bill ${bill.number}`,
  });
}

function failedPayment(data: SandboxData, bill: Bill, link: PaymentLink, atMs: number): void {
  const stamped = stamp(data, 'ClioPaymentsPayment', data.payments.nextId(), atMs);
  const payment: ClioPayment = {
    id: stamped.id,
    etag: stamped.etag,
    version: stamped.version,
    created_at: stamped.created_at,
    updated_at: stamped.updated_at,
    updatedMs: stamped.updatedMs,
    amountCents: link.amountCents ?? balanceCents(bill),
    currency: bill.currency,
    state: 'failed',
    confirmation_number: `CP-FAILED-${bill.id}`,
    description: link.description,
    email_address: null,
    contactId: bill.clientId,
    destinationAccountId: bill.destinationAccountId,
    userId: bill.userId,
    linkId: link.id,
    allocationIds: [],
    billIds: [bill.id],
  };
  data.payments.insert(payment);
}

/**
 * Links in every condition (active, expiring within a week, expired, used, by contact, into trust)
 * and Clio Payments payments in every interesting state.
 */
export function seedPaymentLinks(data: SandboxData, random: Random, size: number, epochMs: number): void {
  const perKind = Math.min(8, Math.max(1, Math.floor(size / 200)));
  const open = (bill: Bill) =>
    bill.state === 'awaiting_payment' && bill.pendingCents === 0 && balanceCents(bill) > 0;
  const revenue = data.bills.rows.filter(
    (bill) => open(bill) && bill.kind === 'revenue_kind' && bill.currency === 'USD',
  );
  let next = 0;
  const take = () => revenue[next++];

  for (let i = 0; i < perKind; i++) {
    const active = take();
    if (active) billLink(data, random, active, epochMs - 2 * DAY_MS, 30);
    const used = take();
    if (used) {
      const link = billLink(data, random, used, epochMs - 20 * DAY_MS, 30, false);
      payWithLink(data, link.token, Math.max(1, Math.round(balanceCents(used) * 0.4)), epochMs - 18 * DAY_MS);
    }
    const expired = take();
    if (expired) billLink(data, random, expired, epochMs - 40 * DAY_MS, 30);
    const expiring = take();
    if (expiring) billLink(data, random, expiring, epochMs - 25 * DAY_MS, 28);
    const failed = take();
    if (failed)
      failedPayment(
        data,
        failed,
        billLink(data, random, failed, epochMs - 3 * DAY_MS, 14),
        epochMs - 2 * DAY_MS,
      );
  }

  const contactBill = revenue[next];
  if (contactBill) {
    addLink(data, random, {
      subject: { type: 'Contact', id: contactBill.clientId },
      amountCents: null,
      createdMs: epochMs - DAY_MS,
      expiresMs: epochMs + 20 * DAY_MS,
      accountId: ACCOUNT_IDS.operatingUsd,
      description: 'Outstanding invoices',
    });
  }
  const trustBill = data.bills.rows.find((bill) => open(bill) && bill.kind === 'trust_kind');
  if (trustBill) billLink(data, random, trustBill, epochMs - DAY_MS, 14);

  const retainerClient = data.contacts.rows[0];
  const direct = addLink(data, random, {
    subject: { type: 'BankAccount', id: ACCOUNT_IDS.operatingUsd },
    amountCents: 50_000,
    createdMs: epochMs - 6 * DAY_MS,
    expiresMs: epochMs + 24 * DAY_MS,
    accountId: ACCOUNT_IDS.operatingUsd,
    description: 'Retainer top-up',
  });
  direct.destinationContactId = retainerClient?.id ?? null;
  payWithLink(data, direct.token, undefined, epochMs - 5 * DAY_MS);
}
