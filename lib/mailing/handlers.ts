import { cachedBillTable } from '../collections/bill-cache';
import { selectedBills } from '../collections/query-bills';
import { localIsoDate } from '../format';
import type { Handlers } from '../messaging/handle';
import { remindersDueToday } from '../reminders/reminders-today';
import type { mailingMessages } from './messages';
import {
  changeEnvelope,
  currentMailing,
  discardReview,
  latestMailingState,
  leaveOut,
  startReview,
} from './review';
import { cancelMailing, pauseMailing, resumeMailing, sendAll, sendFailedAgain } from './send-all';

export const mailingHandlers: Handlers<typeof mailingMessages> = {
  startReview: async (query) => {
    // The queue of reminders due makes a review of reminders: each bill at its step.
    const reminders = query.filter.queue?.name === 'reminders_due' ? await remindersDueToday() : new Map();
    const day = { today: localIsoDate(), remindersDue: new Set(reminders.keys()) };
    const bills = selectedBills(await cachedBillTable(), query, day);
    return { mailingId: await startReview(bills, reminders) };
  },
  currentMailing: async () => ({ mailing: await currentMailing() }),
  mailingState: async () => ({ mailing: await latestMailingState() }),
  changeEnvelope: async (change) => {
    await changeEnvelope(change);
    return {};
  },
  leaveOut: async ({ envelopeId, billId }) => {
    await leaveOut(envelopeId, billId);
    return {};
  },
  discardReview: async ({ mailingId }) => {
    await discardReview(mailingId);
    return {};
  },
  sendAll: async ({ mailingId }) => {
    await sendAll(mailingId);
    return {};
  },
  pauseMailing: async ({ mailingId }) => {
    await pauseMailing(mailingId);
    return {};
  },
  resumeMailing: async ({ mailingId }) => {
    await resumeMailing(mailingId);
    return {};
  },
  cancelMailing: async ({ mailingId }) => {
    await cancelMailing(mailingId);
    return {};
  },
  sendFailedAgain: async ({ mailingId }) => {
    await sendFailedAgain(mailingId);
    return {};
  },
};
