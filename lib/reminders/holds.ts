import { db } from '../db/database';
import type { ReminderHoldRecord } from '../db/records/reminder-hold';
import type { ReminderHolds } from './due';

const keyOf = (account: string, kind: ReminderHoldRecord['kind'], targetId: number) =>
  `${account}:${kind}:${targetId}`;

/** Everything held for one Clio account. */
export async function loadHolds(account: string): Promise<ReminderHolds> {
  const records = await db.reminderHolds.where('account').equals(account).toArray();
  const ids = (kind: ReminderHoldRecord['kind']) =>
    new Set(records.filter((record) => record.kind === kind).map((record) => record.targetId));
  return {
    quietClients: ids('quiet'),
    clioReminded: ids('clio'),
    snoozedUntil: new Map(
      records.flatMap((record) =>
        record.kind === 'snooze' && record.until !== null ? [[record.targetId, record.until]] : [],
      ),
    ),
  };
}

/** Never remind a client, or remind them again. */
export async function quietClient(account: string, clientId: number, quiet: boolean): Promise<void> {
  const key = keyOf(account, 'quiet', clientId);
  if (quiet) await db.reminderHolds.put({ key, account, kind: 'quiet', targetId: clientId, until: null });
  else await db.reminderHolds.delete(key);
}

/** No reminder of a bill before `until` (a calendar day); null reminds it on the cadence again. */
export async function snoozeBill(account: string, billId: number, until: string | null): Promise<void> {
  const key = keyOf(account, 'snooze', billId);
  if (until !== null) await db.reminderHolds.put({ key, account, kind: 'snooze', targetId: billId, until });
  else await db.reminderHolds.delete(key);
}

/** The clients whose Clio reminders are on, as Clio says now: replaces what it said before. */
export async function keepClioReminded(account: string, clientIds: readonly number[]): Promise<void> {
  await db.transaction('rw', db.reminderHolds, async () => {
    await db.reminderHolds
      .where('account')
      .equals(account)
      .and((record) => record.kind === 'clio')
      .delete();
    await db.reminderHolds.bulkPut(
      clientIds.map((clientId) => ({
        key: keyOf(account, 'clio', clientId),
        account,
        kind: 'clio' as const,
        targetId: clientId,
        until: null,
      })),
    );
  });
}
