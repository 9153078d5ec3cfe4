import type { Table } from 'dexie';
import type { z } from 'zod';
import { toBillRecord } from '../bills/bill-record';
import { keepKnownBillFacts } from '../bills/known-bill-facts';
import { clioPageUrl } from '../clio/safe-url';
import {
  clioAllocation,
  clioBankAccount,
  clioBill,
  clioContact,
  clioMatter,
  clioPaymentsLink,
  clioPaymentsPayment,
} from '../clio/schemas';
import type { RemitDatabase } from '../db/database';
import type { AllocationSource } from '../db/records/allocation';
import type { SyncedResource } from '../db/records/sync-state';
import { decimalToMinor, toMinorUnits } from '../money';
import { UnusableRecordError } from './unusable-record';
import { keepVoidedFigures, LEFT_OUT } from './voided-allocations';

/**
 * Which of the usual index parameters Clio documents for an index (shared/clio, section 15): asking
 * for more is asking a Clio that may ignore it.
 */
export interface IndexQuery {
  order: boolean;
  updatedSince: boolean;
}

/** How one Clio index is synced: where it lives, what a valid record is, and how it is stored. */
export interface ResourceSync<S extends z.ZodObject = z.ZodObject> {
  name: SyncedResource;
  path: string;
  query: IndexQuery;
  /** Filters of a query a first run reads before the whole index, so that what matters most is in first. */
  firstRunReadsFirst?: [string, string][];
  schema: S;
  table: (db: RemitDatabase) => Table<object, number>;
  toRecord: (record: z.output<S>, fetchedAt: number) => object;
  /**
   * Fills in, from the copies cached, what Clio left out of records it may send without it; run inside
   * the transaction that stores them, before they are written.
   */
  keepKnown?: (records: never[]) => Promise<void>;
}

const define = <S extends z.ZodObject>(resource: ResourceSync<S>) => resource as unknown as ResourceSync;

/**
 * Bills first, and of them first those awaiting payment: they are what the panel and the popup show,
 * and a firm with years of paid bills sees its current figures after a few pages. The rest fills in
 * around them.
 */
export const resourceSyncs: ResourceSync[] = [
  define({
    name: 'bills',
    path: 'bills.json',
    query: { order: true, updatedSince: true },
    firstRunReadsFirst: [['state', 'awaiting_payment']],
    schema: clioBill,
    keepKnown: keepKnownBillFacts,
    table: (db) => db.bills,
    toRecord: toBillRecord,
  }),
  define({
    name: 'contacts',
    path: 'contacts.json',
    query: { order: true, updatedSince: true },
    schema: clioContact,
    table: (db) => db.contacts,
    toRecord: (contact) => ({
      id: contact.id,
      etag: contact.etag ?? '',
      name: contact.name,
      type: contact.type,
      email: contact.primary_email_address,
      isClient: contact.is_client,
      updatedAt: contact.updated_at,
    }),
  }),
  define({
    name: 'matters',
    path: 'matters.json',
    query: { order: true, updatedSince: true },
    schema: clioMatter,
    table: (db) => db.matters,
    toRecord: (matter) => ({
      id: matter.id,
      etag: matter.etag ?? '',
      displayNumber: matter.display_number,
      description: matter.description,
      status: matter.status,
      clientId: matter.client?.id ?? null,
      updatedAt: matter.updated_at,
    }),
  }),
  define({
    name: 'bankAccounts',
    path: 'bank_accounts.json',
    query: { order: true, updatedSince: true },
    schema: clioBankAccount,
    table: (db) => db.bankAccounts,
    toRecord: (account) => ({
      id: account.id,
      etag: account.etag ?? '',
      name: account.name ?? '',
      type: account.type,
      currencyCode: account.currency,
      clioPaymentsEnabled: account.clio_payments_enabled,
      isDefault: account.default_account,
      updatedAt: account.updated_at,
    }),
  }),
  define({
    name: 'allocations',
    path: 'allocations.json',
    query: { order: true, updatedSince: true },
    schema: clioAllocation,
    table: (db) => db.allocations,
    keepKnown: keepVoidedFigures,
    toRecord: (allocation) => ({
      id: allocation.id,
      etag: allocation.etag ?? '',
      billId: allocation.bill?.id ?? null,
      contactId: allocation.contact?.id ?? null,
      // Only a voided payment comes without them: filled in as it is stored (see keepVoidedFigures).
      date: allocation.date ?? LEFT_OUT,
      amountDecimal: allocation.amount === null ? LEFT_OUT : checkedDecimal(allocation.amount),
      source: allocationSource(allocation.parent?.type ?? null),
      paymentType: allocation.payment_type,
      voidedAt: allocation.voided_at,
      description: allocation.description,
      updatedAt: allocation.updated_at,
    }),
  }),
  define({
    name: 'paymentLinks',
    path: 'clio_payments/links.json',
    query: { order: false, updatedSince: true },
    schema: clioPaymentsLink,
    table: (db) => db.paymentLinks,
    toRecord: (link) => ({
      id: link.id,
      etag: link.etag ?? '',
      active: link.active,
      amount: linkAmount(link.amount, link.currency),
      currencyCode: link.currency,
      description: link.description,
      url: clioPageUrl(link.url),
      expiresAt: link.expires_at,
      createdAt: link.created_at,
      billId: link.bill?.id ?? null,
      contactId: link.contact?.id ?? null,
      destinationAccountId: link.destination_account?.id ?? null,
    }),
  }),
  define({
    name: 'payments',
    path: 'clio_payments/payments.json',
    // Neither: an incremental run reads what may have changed instead (see payments-delta.ts).
    query: { order: false, updatedSince: false },
    schema: clioPaymentsPayment,
    table: (db) => db.payments,
    toRecord: (payment) => ({
      id: payment.id,
      // Only a payment that moved no money comes without them (see clioPaymentsPayment).
      amount:
        payment.amount === null || payment.currency === null
          ? null
          : toMinorUnits(payment.amount, payment.currency),
      currencyCode: payment.currency,
      state: payment.state,
      confirmationNumber: payment.confirmation_number,
      createdAt: payment.created_at,
      updatedAt: payment.updated_at,
      billIds: payment.bills.map((bill) => bill.id),
      contactId: payment.contact?.id ?? null,
      linkId: payment.clio_payments_link?.id ?? null,
    }),
  }),
];

/** Clio names where an allocation's money came from; anything but a payment is not money received. */
function allocationSource(parentType: string | null): AllocationSource {
  switch (parentType?.toLowerCase()) {
    case 'payment':
      return 'payment';
    case 'creditmemo':
      return 'credit';
    default:
      return 'other';
  }
}

/** A link's amount in minor units: an amount without a currency cannot be counted in any. */
function linkAmount(amount: number | null, currencyCode: string | null): number | null {
  if (amount === null) return null;
  if (currencyCode === null)
    throw new UnusableRecordError({ key: 'records.amount_without_currency', values: { field: 'currency' } });
  return toMinorUnits(amount, currencyCode);
}

/** The highest number of decimals a currency has (ISO 4217's funds codes such as CLF). */
const MOST_MINOR_DIGITS = 4;

/** Clio's amount as the decimal it wrote, once it is known to convert exactly in any currency. */
function checkedDecimal(amount: number): string {
  decimalToMinor(String(amount), MOST_MINOR_DIGITS);
  return String(amount);
}

/** How the index `name` is synced. */
export function resourceSyncOf(name: SyncedResource): ResourceSync {
  const resource = resourceSyncs.find((candidate) => candidate.name === name);
  if (!resource) throw new Error(`No sync is defined for ${name}`);
  return resource;
}
