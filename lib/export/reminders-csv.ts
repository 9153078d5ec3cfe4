import type { BillTable } from '../collections/bill-table';
import type { ReminderRecord } from '../db/records/reminder';
import { t } from '../i18n/text';
import { channelWords, outcomeWords } from '../reminders/reminder-words';
import { stepName } from '../reminders/step-name';
import { count } from './bills-csv';
import { type CsvCell, toCsv } from './csv';

/** Every reminder sent, latest first: the bill and client as the cache has them, the step, day, channel and outcome. */
export function reminderHistoryCsv(reminders: readonly ReminderRecord[], table: BillTable): string {
  const header = [
    t('export.column_sent_on'),
    t('collections.column_number'),
    t('collections.column_client'),
    t('export.column_step'),
    t('export.column_step_days'),
    t('export.column_channel'),
    t('export.column_outcome'),
  ];
  const rows = [...reminders]
    .sort((a, b) => b.at - a.at)
    .map((reminder): CsvCell[] => {
      const bill = table.byId(reminder.billId);
      return [
        reminder.on,
        bill?.number ?? `#${reminder.billId}`,
        bill?.clientName ?? null,
        stepName(reminder.stepDays),
        count(reminder.stepDays),
        channelWords(reminder.channel),
        outcomeWords(reminder.state),
      ];
    });
  return toCsv(header, rows);
}
