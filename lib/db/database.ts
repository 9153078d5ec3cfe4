import { Dexie, type EntityTable } from 'dexie';
import {
  upgradeToVersion2,
  upgradeToVersion6,
  upgradeToVersion7,
  upgradeToVersion10,
  upgradeToVersion11,
} from './migrations';
import type { AllocationRecord } from './records/allocation';
import type { BankAccountRecord } from './records/bank-account';
import type { BillRecord } from './records/bill';
import { ConnectionRecord } from './records/connection';
import type { ContactRecord } from './records/contact';
import { EnvelopeRecord } from './records/envelope';
import { LinkRequestRecord } from './records/link-request';
import { MailingRecord } from './records/mailing';
import { MailingItemRecord } from './records/mailing-item';
import type { MatterRecord } from './records/matter';
import { OutboxEntry } from './records/outbox-entry';
import type { PaymentRecord } from './records/payment';
import type { PaymentLinkRecord } from './records/payment-link';
import { ReminderRecord } from './records/reminder';
import { ReminderHoldRecord } from './records/reminder-hold';
import { RevocationRecord } from './records/revocation';
import { SetAsideRecord } from './records/set-aside';
import { SettingRecord } from './records/setting';
import { SnapshotRecord } from './records/snapshot';
import { SummaryRecord } from './records/summary';
import { SyncStateRecord } from './records/sync-state';

export class RemitDatabase extends Dexie {
  declare bills: EntityTable<BillRecord, 'id'>;
  declare contacts: EntityTable<ContactRecord, 'id'>;
  declare matters: EntityTable<MatterRecord, 'id'>;
  declare bankAccounts: EntityTable<BankAccountRecord, 'id'>;
  declare allocations: EntityTable<AllocationRecord, 'id'>;
  declare paymentLinks: EntityTable<PaymentLinkRecord, 'id'>;
  declare payments: EntityTable<PaymentRecord, 'id'>;
  declare syncState: EntityTable<SyncStateRecord, 'resource'>;
  declare setAside: EntityTable<SetAsideRecord, 'key'>;
  declare connection: EntityTable<ConnectionRecord, 'key'>;
  declare outbox: EntityTable<OutboxEntry, 'id'>;
  declare settings: EntityTable<SettingRecord, 'key'>;
  declare summaries: EntityTable<SummaryRecord, 'key'>;
  declare linkRequests: EntityTable<LinkRequestRecord, 'id'>;
  declare revocations: EntityTable<RevocationRecord, 'id'>;
  declare mailings: EntityTable<MailingRecord, 'id'>;
  declare envelopes: EntityTable<EnvelopeRecord, 'id'>;
  declare mailingItems: EntityTable<MailingItemRecord, 'id'>;
  declare reminders: EntityTable<ReminderRecord, 'id'>;
  declare reminderHolds: EntityTable<ReminderHoldRecord, 'key'>;
  declare snapshots: EntityTable<SnapshotRecord, 'day'>;

  constructor(name = 'remit') {
    super(name);
    this.version(1).stores({
      bills: 'id, state, kind, clientId, dueAt, updatedAt',
      connection: 'key',
    });
    this.version(2)
      .stores({
        bills: 'id, state, kind, clientId, dueAt, updatedAt',
        contacts: 'id, name',
        matters: 'id, clientId',
        bankAccounts: 'id',
        allocations: 'id, billId, contactId',
        paymentLinks: 'id, billId, contactId, expiresAt',
        payments: 'id, state, *billIds, contactId',
        syncState: 'resource',
        setAside: 'key, resource',
      })
      .upgrade(upgradeToVersion2);
    this.version(3).stores({ outbox: 'id, billId, state', settings: 'key' });
    // The summary is derived from the cache, so nothing to migrate: the first popup or sync builds it.
    // Its build reads bills' currencies and recent payments through indexes, never whole records.
    this.version(4).stores({
      summaries: 'key',
      bills: 'id, state, kind, clientId, dueAt, updatedAt, currencyCode',
      allocations: 'id, billId, contactId, date',
    });
    this.version(5).stores({ linkRequests: 'id, batchId, state, *billIds' });
    // Allocations keep Clio's decimal (their currency is their bill's); access to revoke outlives a wipe.
    this.version(6).stores({ revocations: 'id' }).upgrade(upgradeToVersion6);
    // What the user reads is kept as catalogue messages, not sentences.
    this.version(7).upgrade(upgradeToVersion7);
    // Mailings: envelopes per client under review, then each bill's send: new tables, nothing to carry over.
    this.version(8).stores({
      mailings: 'id, state, createdAt',
      envelopes: 'id, mailingId',
      // By state too: a starting worker looks for the bills it left half sent, in any mailing.
      mailingItems: 'id, state, [mailingId+position], [mailingId+state]',
    });
    // Reminders and the firm's holds on them; a day's outstanding for the trend.
    this.version(9).stores({
      reminders: 'id, account, billId',
      reminderHolds: 'key, account',
      snapshots: 'day',
    });
    // Each day's outstanding by account: the trend is kept through a disconnect.
    this.version(10).upgrade(upgradeToVersion10);
    // An envelope's text is filled at its first turn, from the bills that go then.
    this.version(11).upgrade(upgradeToVersion11);
    // Clio's records, read by the tens of thousands (the summary, the workspace, the insight), come
    // back as IndexedDB gives them: mapping each to its class would copy every row on every read,
    // doubling what a firm's 20,000 bills cost to read, for classes that only name the rows' fields.
    this.syncState.mapToClass(SyncStateRecord);
    this.setAside.mapToClass(SetAsideRecord);
    this.connection.mapToClass(ConnectionRecord);
    this.outbox.mapToClass(OutboxEntry);
    this.settings.mapToClass(SettingRecord);
    this.summaries.mapToClass(SummaryRecord);
    this.linkRequests.mapToClass(LinkRequestRecord);
    this.revocations.mapToClass(RevocationRecord);
    this.mailings.mapToClass(MailingRecord);
    this.envelopes.mapToClass(EnvelopeRecord);
    this.mailingItems.mapToClass(MailingItemRecord);
    this.reminders.mapToClass(ReminderRecord);
    this.reminderHolds.mapToClass(ReminderHoldRecord);
    this.snapshots.mapToClass(SnapshotRecord);
  }
}

/** The background's database. Content scripts never open it: their IndexedDB belongs to Clio's page. */
export const db = new RemitDatabase();
