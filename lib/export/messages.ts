import { z } from 'zod';
import { billFilter } from '../collections/bill-filter';
import { billSort } from '../collections/bill-sort';
import { defineMessage } from '../messaging/define';

export const exportRequest = z.discriminatedUnion('kind', [
  /** The workspace's table as filtered and sorted: every matching bill, not the rows on screen. */
  z.object({ kind: z.literal('bills'), filter: billFilter, sort: billSort }),
  /** What each client owes in Clio's aging buckets. */
  z.object({ kind: z.literal('aging') }),
  /** Every reminder Remit sent from this Clio account. */
  z.object({ kind: z.literal('reminders') }),
]);
export type ExportRequest = z.infer<typeof exportRequest>;

export const exportMessages = {
  /** A CSV file for a spreadsheet: its name and its text. */
  exportCsv: defineMessage('extension', exportRequest, z.object({ fileName: z.string(), text: z.string() })),
};
