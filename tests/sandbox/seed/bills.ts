import { dueCents } from '../state/bill-rules.ts';
import type { SandboxData } from '../state/data.ts';
import { stamp } from '../state/touch.ts';
import type { Allocation, Bill, ClioPayment, Contact, Matter, PaymentType } from '../state/types.ts';
import { pick, type Random, randomInt } from '../support/prng.ts';
import { addDays, dateToMs, isoTimestamp } from '../support/time.ts';
import { ACCOUNT_IDS } from './bank-accounts.ts';
import { type BillProfile, OPENING_PROFILES, randomProfile } from './bill-profiles.ts';
import type { SeedOptions } from './generate.ts';

export const FIRST_BILL_ID = 1_000_001;
const HOUR_MS = 3_600_000;

interface BillSeedContext {
  data: SandboxData;
  random: Random;
  today: string;
  epochMs: number;
}

function atHour(date: string, hour: number): number {
  return dateToMs(date) + hour * HOUR_MS;
}

function chooseMatterAndClient(
  ctx: BillSeedContext,
  index: number,
  profile: BillProfile,
): [Matter | null, Contact] {
  const { matters, contacts } = ctx.data;
  const opening = index < OPENING_PROFILES.length;
  if (profile.clientBill) {
    const contact = opening ? contacts.rows[index % contacts.size] : pick(ctx.random, contacts.rows);
    if (!contact) throw new Error('bills need contacts');
    return [null, contact];
  }
  const matter = opening ? matters.rows[index % matters.size] : pick(ctx.random, matters.rows);
  const client = matter && ctx.data.contacts.get(matter.clientId);
  if (!matter || !client) throw new Error('bills need matters with clients');
  return [matter, client];
}

function moneyFor(
  ctx: BillSeedContext,
  profile: BillProfile,
): { subTotal: number; taxRate: number; tax: number } {
  if (profile.kind === 'trust_kind')
    return { subTotal: randomInt(ctx.random, 4, 200) * 2500, taxRate: 0, tax: 0 };
  const subTotal = randomInt(ctx.random, 150_00, 25_000_00);
  const taxRate = ctx.random() < 0.3 ? 5 : 0;
  return { subTotal, taxRate, tax: Math.round((subTotal * taxRate) / 100) };
}

function accountFor(profile: BillProfile): number {
  if (profile.kind === 'trust_kind') return ACCOUNT_IDS.trustUsd;
  return profile.currency === 'CAD' ? ACCOUNT_IDS.operatingCad : ACCOUNT_IDS.operatingUsd;
}

function seedAllocation(
  ctx: BillSeedContext,
  bill: Bill,
  amountCents: number,
  date: string,
  type: PaymentType | null,
): Allocation {
  const { data } = ctx;
  const atMs = Math.min(atHour(date, 14), ctx.epochMs);
  data.nextManualPaymentId += 1;
  const credit = type === null;
  const stamped = stamp(data, 'Allocation', data.allocations.nextId(), atMs);
  const allocation: Allocation = {
    id: stamped.id,
    etag: stamped.etag,
    version: stamped.version,
    created_at: stamped.created_at,
    updated_at: stamped.updated_at,
    updatedMs: stamped.updatedMs,
    date,
    amountCents,
    payment_type: type,
    billId: bill.id,
    contactId: bill.clientId,
    matterId: bill.matterId,
    destinationAccountId: bill.destinationAccountId,
    parent: { type: credit ? 'CreditMemo' : 'Payment', id: data.nextManualPaymentId },
    description: credit ? 'Credit note' : type === 'check' ? 'Cheque received' : 'Payment received',
    has_online_payment: type === 'card' || type === 'eCheck',
    voided_at: null,
  };
  const account = data.bankAccounts.get(bill.destinationAccountId);
  if (account && !credit) account.balanceCents += amountCents;
  return data.allocations.insert(allocation);
}

function seedPayments(ctx: BillSeedContext, bill: Bill, profile: BillProfile): number {
  const total = dueCents(bill);
  const paid =
    profile.paid === 'full'
      ? total
      : profile.paid === 'partial'
        ? Math.round(total * (0.2 + ctx.random() * 0.6))
        : 0;
  if (paid === 0) return 0;
  const yesterday = addDays(ctx.today, -1);
  const parts =
    profile.paid === 'full' && ctx.random() < 0.4
      ? [Math.round(paid / 2), paid - Math.round(paid / 2)]
      : [paid];
  let lastMs = 0;
  parts.forEach((amount, part) => {
    const proposed = addDays(bill.issued_at, randomInt(ctx.random, 3, 25) + part * 10);
    const date = proposed > yesterday ? yesterday : proposed;
    const allocation = seedAllocation(
      ctx,
      bill,
      amount,
      date,
      pick(ctx.random, ['card', 'eCheck', 'check'] as const),
    );
    lastMs = Math.max(lastMs, allocation.updatedMs);
  });
  bill.paidCents = paid;
  bill.paid_at = isoTimestamp(lastMs);
  return lastMs;
}

/** A credit note applied yesterday, for part or all of what the payments left. */
function seedCredit(ctx: BillSeedContext, bill: Bill, profile: BillProfile): number {
  const left = dueCents(bill) - bill.paidCents;
  const credit = profile.credit === 'full' ? left : profile.credit === 'partial' ? Math.round(left / 3) : 0;
  if (credit === 0) return 0;
  bill.creditsCents = credit;
  return seedAllocation(ctx, bill, credit, addDays(ctx.today, -1), null).updatedMs;
}

function seedPendingCardPayment(ctx: BillSeedContext, bill: Bill): void {
  const balance = dueCents(bill) - bill.paidCents;
  bill.pendingCents = Math.max(1, Math.round(balance / 2));
  const { data } = ctx;
  const stamped = stamp(data, 'ClioPaymentsPayment', data.payments.nextId(), ctx.epochMs - HOUR_MS);
  const payment: ClioPayment = {
    id: stamped.id,
    etag: stamped.etag,
    version: stamped.version,
    created_at: stamped.created_at,
    updated_at: stamped.updated_at,
    updatedMs: stamped.updatedMs,
    amountCents: bill.pendingCents,
    currency: bill.currency,
    state: 'pending',
    confirmation_number: `CP-PENDING-${bill.id}`,
    description: `Card payment for bill ${bill.number}`,
    email_address: data.contacts.get(bill.clientId)?.primary_email_address ?? null,
    contactId: bill.clientId,
    destinationAccountId: bill.destinationAccountId,
    userId: bill.userId,
    linkId: null,
    allocationIds: [],
    billIds: [bill.id],
  };
  data.payments.insert(payment);
}

function seedBill(ctx: BillSeedContext, index: number, id: number, unpaidShare: number | undefined): void {
  const profile =
    index < OPENING_PROFILES.length
      ? (OPENING_PROFILES[index] as BillProfile)
      : randomProfile(ctx.random, unpaidShare);
  const [matter, client] = chooseMatterAndClient(ctx, index, profile);
  const unapproved = profile.state === 'draft' || profile.state === 'awaiting_approval';
  const issued = unapproved
    ? addDays(ctx.today, -randomInt(ctx.random, 1, 6))
    : addDays(ctx.today, -profile.daysPastDue - 30);
  const due = addDays(issued, 30);
  const { subTotal, taxRate, tax } = moneyFor(ctx, profile);
  const createdMs = Math.min(atHour(issued, 9), ctx.epochMs);
  const users = ctx.data.users.rows;
  const stamped = stamp(ctx.data, 'Bill', id, createdMs);
  const bill: Bill = {
    id: stamped.id,
    etag: stamped.etag,
    version: stamped.version,
    created_at: stamped.created_at,
    updated_at: stamped.updated_at,
    updatedMs: stamped.updatedMs,
    number: String(1000 + index),
    state: profile.state,
    kind: profile.kind,
    type: matter ? 'MatterBill' : 'ClientBill',
    clientId: client.id,
    matterId: matter?.id ?? null,
    userId: users[index % users.length]?.id ?? 0,
    currency: profile.currency,
    destinationAccountId: accountFor(profile),
    issued_at: issued,
    due_at: due,
    start_at: addDays(issued, -30),
    end_at: addDays(issued, -1),
    subject: profile.kind === 'trust_kind' ? 'Request for funds in trust' : 'Professional services',
    memo: '',
    purchase_order: '',
    tax_rate: taxRate,
    secondary_tax_rate: 0,
    subTotalCents: subTotal,
    taxCents: tax,
    totalCents: subTotal + tax,
    discountCents: profile.discount ? Math.round((subTotal + tax) / 10) : 0,
    paidCents: 0,
    creditsCents: 0,
    pendingCents: 0,
    paid_at: null,
    shared: profile.shared,
    last_sent_at: null,
  };
  let updatedMs = createdMs;
  if (profile.sentDaysAgo !== null) {
    const sentDate = addDays(ctx.today, -Math.max(1, profile.sentDaysAgo));
    const sentMs = Math.max(atHour(sentDate, 11), createdMs + HOUR_MS);
    bill.last_sent_at = isoTimestamp(Math.min(sentMs, ctx.epochMs));
    updatedMs = Math.max(updatedMs, Math.min(sentMs, ctx.epochMs));
  }
  updatedMs = Math.max(updatedMs, seedPayments(ctx, bill, profile), seedCredit(ctx, bill, profile));
  if (profile.pendingCard && bill.state === 'awaiting_payment') seedPendingCardPayment(ctx, bill);
  bill.updatedMs = updatedMs;
  bill.updated_at = isoTimestamp(updatedMs);
  ctx.data.bills.insert(bill);
}

export function seedBills(data: SandboxData, random: Random, options: SeedOptions, epochMs: number): void {
  const { size, today, unpaidBills } = options;
  const ctx: BillSeedContext = { data, random, today, epochMs };
  const opening = Math.min(size, OPENING_PROFILES.length);
  const openingUnpaid = OPENING_PROFILES.slice(0, opening).filter(
    (profile) => profile.state === 'awaiting_payment',
  ).length;
  const unpaidShare =
    unpaidBills === undefined
      ? undefined
      : Math.max(0, unpaidBills - openingUnpaid) / Math.max(1, size - opening);
  let id = FIRST_BILL_ID;
  for (let index = 0; index < size; index++) {
    seedBill(ctx, index, id, unpaidShare);
    // Occasional gaps, as in a real account where bills were removed long ago.
    id += random() < 0.1 ? randomInt(random, 2, 4) : 1;
  }
}
