import { connectedAccount } from '../connection/store';
import { db } from '../db/database';
import { RemitError } from '../errors';
import { loadCadence } from './cadence-store';
import { remindersOfBill } from './history';
import { loadHolds, quietClient, snoozeBill } from './holds';
import type { BillReminders } from './messages';
import { remindersDueToday } from './reminders-today';

/** A bill's reminders from the connected account, what holds them, and the step due today. */
export async function billReminderView(billId: number): Promise<BillReminders> {
  const account = await connectedAccount();
  const [history, holds, cadence, bill, due] = await Promise.all([
    remindersOfBill(account, billId),
    loadHolds(account),
    loadCadence(),
    db.bills.get(billId),
    remindersDueToday(),
  ]);
  const clientId = bill?.clientId ?? null;
  return {
    history: history.map(({ id, stepDays, on, channel, state }) => ({ id, stepDays, on, channel, state })),
    dueToday: due.get(billId)?.days ?? null,
    snoozedUntil: holds.snoozedUntil.get(billId) ?? null,
    clientQuiet: clientId !== null && holds.quietClients.has(clientId),
    clioReminds: clientId !== null && !cadence.alongsideClioReminders && holds.clioReminded.has(clientId),
  };
}

/** Snoozes a bill, or quiets its client: the client is the bill's as the cache has it, never the page's word. */
export async function holdReminders(request: {
  billId: number;
  snoozeUntil?: string | null;
  quietClient?: boolean;
}): Promise<BillReminders> {
  const account = await connectedAccount();
  if (request.snoozeUntil !== undefined) await snoozeBill(account, request.billId, request.snoozeUntil);
  if (request.quietClient !== undefined) {
    const clientId = (await db.bills.get(request.billId))?.clientId ?? null;
    if (clientId === null) throw new RemitError('not_found', 'reminders.no_client');
    await quietClient(account, clientId, request.quietClient);
  }
  return billReminderView(request.billId);
}

/** The clients never to remind, with their names as the cache has them. */
export async function quietClients(): Promise<{ clientId: number; name: string | null }[]> {
  const ids = [...(await loadHolds(await connectedAccount())).quietClients];
  const contacts = await db.contacts.bulkGet(ids);
  return ids.map((clientId, index) => ({ clientId, name: contacts[index]?.name ?? null }));
}
