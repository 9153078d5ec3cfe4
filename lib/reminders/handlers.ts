import { connectedAccount } from '../connection/store';
import type { ClioScopes, Handlers } from '../messaging/handle';
import { isOnScreen } from '../messaging/page-scope';
import { billReminderView, holdReminders, quietClients } from './bill-reminders';
import { loadCadence, saveCadence } from './cadence-store';
import { quietClient } from './holds';
import type { reminderMessages } from './messages';
import { remindersDueToday } from './reminders-today';

type Messages = typeof reminderMessages;

export const reminderHandlers: Handlers<Messages> = {
  getReminderCadence: loadCadence,
  saveReminderCadence: (cadence) => saveCadence(cadence),
  remindersDueCount: async () => ({ count: (await remindersDueToday()).size }),
  getBillReminders: ({ billId }) => billReminderView(billId),
  holdReminders: (request) => holdReminders(request),
  getQuietClients: async () => ({ clients: await quietClients() }),
  remindClientAgain: async ({ clientId }) => {
    await quietClient(await connectedAccount(), clientId, false);
    return {};
  },
};

/** A Clio page reads and holds the reminders of the bill it shows, and its client's, only. */
export const reminderScopes: ClioScopes<Messages> = {
  getBillReminders: ({ billId }, page) => isOnScreen(billId, page),
  holdReminders: ({ billId }, page) => isOnScreen(billId, page),
};
