import { cachedBillTable, cachedLastActions } from '../collections/bill-cache';
import { matchingInOrder } from '../collections/query-bills';
import { loadConnection } from '../connection/store';
import { accountOf } from '../db/records/connection';
import { localIsoDate } from '../format';
import type { Handlers } from '../messaging/handle';
import { accountReminders } from '../reminders/history';
import { remindersDueToday } from '../reminders/reminders-today';
import { agingByClientCsv } from './aging-csv';
import { billsCsv } from './bills-csv';
import type { ExportRequest, exportMessages } from './messages';
import { reminderHistoryCsv } from './reminders-csv';

async function exportText(request: ExportRequest, today: string): Promise<string> {
  const table = await cachedBillTable();
  switch (request.kind) {
    case 'bills': {
      const reminders =
        request.filter.queue?.name === 'reminders_due' ? await remindersDueToday() : new Map();
      const day = { today, remindersDue: new Set(reminders.keys()) };
      return billsCsv(matchingInOrder(table, request, day, await cachedLastActions()), today);
    }
    case 'aging':
      return agingByClientCsv(table.bills, today);
    case 'reminders': {
      const connection = await loadConnection();
      return reminderHistoryCsv(connection ? await accountReminders(accountOf(connection)) : [], table);
    }
  }
}

const fileNames: Record<ExportRequest['kind'], string> = {
  bills: 'remit-bills',
  aging: 'remit-aging-by-client',
  reminders: 'remit-reminders',
};

export const exportHandlers: Handlers<typeof exportMessages> = {
  exportCsv: async (request) => {
    const today = localIsoDate();
    return { fileName: `${fileNames[request.kind]}-${today}.csv`, text: await exportText(request, today) };
  },
};
