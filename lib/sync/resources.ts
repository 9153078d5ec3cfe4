import type { Table } from 'dexie';
import type { z } from 'zod';
import { toBillRecord } from '../bills/bill-record';
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
import type { SyncedResource } from '../db/records';

/** How one Clio index is synced: where it lives, what a valid record is, and how it is stored. */
export interface ResourceSync<S extends z.ZodObject = z.ZodObject> {
  name: SyncedResource;
  /** Said in progress and set-aside messages. */
  label: string;
  path: string;
  schema: S;
  table: (db: RemitDatabase) => Table<object, number>;
  toRecord: (record: z.output<S>, fetchedAt: number) => object;
}

const define = <S extends z.ZodObject>(resource: ResourceSync<S>) => resource as unknown as ResourceSync;

/** Bills first: they are what the panel and the popup show; the rest fills in around them. */
export const resourceSyncs: ResourceSync[] = [
  define({
    name: 'bills',
    label: 'bills',
    path: 'bills.json',
    schema: clioBill,
    table: (db) => db.bills,
    toRecord: toBillRecord,
  }),
  define({
    name: 'contacts',
    label: 'clients',
    path: 'contacts.json',
    schema: clioContact,
    table: (db) => db.contacts,
    toRecord: (contact) => ({
      id: contact.id,
      etag: contact.etag,
      name: contact.name,
      type: contact.type,
      email: contact.primary_email_address,
      isClient: contact.is_client ?? false,
      updatedAt: contact.updated_at,
    }),
  }),
  define({
    name: 'matters',
    label: 'matters',
    path: 'matters.json',
    schema: clioMatter,
    table: (db) => db.matters,
    toRecord: (matter) => ({
      id: matter.id,
      etag: matter.etag,
      displayNumber: matter.display_number,
      description: matter.description,
      status: matter.status,
      clientId: matter.client?.id ?? null,
      updatedAt: matter.updated_at,
    }),
  }),
  define({
    name: 'bankAccounts',
    label: 'bank accounts',
    path: 'bank_accounts.json',
    schema: clioBankAccount,
    table: (db) => db.bankAccounts,
    toRecord: (account) => ({
      id: account.id,
      etag: account.etag,
      name: account.name,
      type: account.type,
      currencyCode: account.currency,
      clioPaymentsEnabled: account.clio_payments_enabled,
      isDefault: account.default_account ?? false,
      updatedAt: account.updated_at,
    }),
  }),
  define({
    name: 'allocations',
    label: 'payments applied',
    path: 'allocations.json',
    schema: clioAllocation,
    table: (db) => db.allocations,
    toRecord: (allocation) => ({
      id: allocation.id,
      etag: allocation.etag,
      billId: allocation.bill?.id ?? null,
      contactId: allocation.contact?.id ?? null,
      date: allocation.date,
      amount: allocation.amount,
      paymentType: allocation.payment_type,
      voidedAt: allocation.voided_at,
      description: allocation.description,
      updatedAt: allocation.updated_at,
    }),
  }),
  define({
    name: 'paymentLinks',
    label: 'payment links',
    path: 'clio_payments/links.json',
    schema: clioPaymentsLink,
    table: (db) => db.paymentLinks,
    toRecord: (link) => ({
      id: link.id,
      etag: link.etag,
      active: link.active,
      amount: link.amount,
      currencyCode: link.currency,
      description: link.description,
      url: link.url,
      expiresAt: link.expires_at,
      createdAt: link.created_at,
      billId: link.bill?.id ?? null,
      contactId: link.contact?.id ?? null,
      destinationAccountId: link.destination_account?.id ?? null,
    }),
  }),
  define({
    name: 'payments',
    label: 'Clio Payments payments',
    path: 'clio_payments/payments.json',
    schema: clioPaymentsPayment,
    table: (db) => db.payments,
    toRecord: (payment) => ({
      id: payment.id,
      amount: payment.amount,
      currencyCode: payment.currency,
      state: payment.state,
      confirmationNumber: payment.confirmation_number,
      createdAt: payment.created_at,
      updatedAt: payment.updated_at,
      billIds: (payment.bills ?? []).map((bill) => bill.id),
      contactId: payment.contact?.id ?? null,
      linkId: payment.clio_payments_link?.id ?? null,
    }),
  }),
];
