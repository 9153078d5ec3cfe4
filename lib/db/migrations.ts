import type { Transaction } from 'dexie';
import { accountOf, type ConnectionRecord } from './records/connection';

/**
 * Version 1 cached single bills for the panel, without the fields sync needs. Keep them (the panel
 * still paints from them) with neutral values, and clear their etags so the next fetch replaces them.
 */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await tx
    .table('bills')
    .toCollection()
    .modify((bill: Record<string, unknown>) => {
      bill.etag = '';
      bill.type ??= 'MatterBill';
      bill.matters ??= [];
      bill.due ??= bill.total;
      bill.creditsIssued ??= 0;
      bill.paidAt ??= null;
    });
  await tx
    .table('connection')
    .toCollection()
    .modify((connection: Record<string, unknown>) => {
      connection.firmName ??= null;
    });
}

/**
 * Version 5 kept allocation amounts as cents, taking every currency to have two decimals. Version 6
 * keeps Clio's decimal and converts it with the bill's currency. The summary, built from those cents,
 * is rebuilt from the cache.
 */
export async function upgradeToVersion6(tx: Transaction): Promise<void> {
  await tx
    .table('allocations')
    .toCollection()
    .modify((allocation: Record<string, unknown>) => {
      const cents = typeof allocation.amount === 'number' ? allocation.amount : 0;
      allocation.amountDecimal = String(cents / 100);
      // Version 5 did not know where the money came from: counted as before until the next sync says.
      allocation.source = 'payment';
      delete allocation.amount;
    });
  // The next sync reads every allocation again, so credit notes stop counting as payments.
  await tx
    .table('syncState')
    .where('resource')
    .equals('allocations')
    .modify((state: Record<string, unknown>) => {
      state.syncedUpTo = null;
      // A run under way would finish its incremental pages and mark them all read.
      state.nextUrl = null;
      state.runKind = null;
    });
  await tx.table('summaries').clear();
  await tx
    .table('outbox')
    .toCollection()
    .modify((entry: Record<string, unknown>) => {
      // Sends keep codes the panel words, not sentences. Version 5 wrote `in_dialog` before touching
      // the dialog and `submitted` after Send bill: either may have been sent, so both are `pressed`.
      if (entry.state === 'submitted' || entry.state === 'in_dialog') entry.state = 'pressed';
      const problems: Record<string, { code: string } | null> = {
        failed: { code: 'not_sent' },
        unconfirmed: { code: 'not_seen' },
      };
      entry.problem = problems[String(entry.state)] ?? null;
      entry.pressedAt = entry.state === 'pressed' ? entry.updatedAt : null;
      entry.submittedAt = null;
      entry.nextCheckAt = null;
      entry.checks = 0;
      delete entry.detail;
    });
}

/**
 * Version 6 kept some of what the user reads as English sentences: why a record was set aside, why a
 * link was not made, why a send could not be checked, and the summary's labels. Version 7 keeps
 * messages of the catalogue instead, so the words follow the user's language.
 */
export async function upgradeToVersion7(tx: Transaction): Promise<void> {
  await tx
    .table('setAside')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      // Version 6 wrote "field: what was wrong"; the field is kept, zod's English is not.
      const field = String(record.reason).split(':')[0]?.trim() ?? '';
      record.reason = {
        key: 'records.not_as_documented',
        values: { field: /^[\w.]+$/.test(field) ? field : 'record' },
      };
    });
  await tx
    .table('linkRequests')
    .toCollection()
    .modify((request: Record<string, unknown>) => {
      if (typeof request.detail === 'string') request.detail = { key: 'links.not_made_earlier' };
    });
  await tx
    .table('outbox')
    .toCollection()
    .modify((entry: { problem?: { code: string; clioMessage?: string; reason?: object } | null }) => {
      // Only a sign-in Clio no longer accepted, or none at all, kept Remit from asking.
      if (entry.problem?.code !== 'check_failed') return;
      delete entry.problem.clioMessage;
      entry.problem.reason = { key: 'connection.reconnect' };
    });
  // Derived from the cache: the next popup or sync builds it again, labels and all.
  await tx.table('summaries').clear();
}

/**
 * Version 9 kept each day's outstanding for the connected firm only, and a disconnect wiped it.
 * Version 10 keeps it by account, through a disconnect: the days kept go to the account connected
 * now, and without a connection no one can say whose they were.
 */
export async function upgradeToVersion10(tx: Transaction): Promise<void> {
  const connection = (await tx.table('connection').get('current')) as ConnectionRecord | undefined;
  const snapshots = tx.table('snapshots');
  if (!connection) {
    await snapshots.clear();
    return;
  }
  const account = accountOf(connection);
  await snapshots.toCollection().modify((snapshot: Record<string, unknown>) => {
    snapshot.byAccount = { [account]: snapshot.outstanding };
    delete snapshot.outstanding;
  });
}

/**
 * Version 10 filled a bill's envelope text when Send all began, except while its payment link was to
 * be made, when it kept the values chosen beside the templates. Version 11 fills the text at the
 * envelope's first turn, from Clio's bills that go then: what waited for its link now waits for that.
 */
export async function upgradeToVersion11(tx: Transaction): Promise<void> {
  await tx
    .table('mailingItems')
    .toCollection()
    .modify((item: Record<string, unknown>) => {
      if (item.valuesBeforeLink !== undefined) item.textIsTemplate = true;
      delete item.valuesBeforeLink;
    });
}
