import type { BillColumn } from '@/lib/collections/bill-sort';
import type { MessageKey } from '@/lib/i18n/text';

export interface Column {
  id: BillColumn;
  heading: MessageKey;
  /** Figures line up on the right. */
  numeric: boolean;
  width: string;
}

/** The table's columns, in order; each sorts the bills when its heading is pressed. */
export const columns: Column[] = [
  { id: 'number', heading: 'collections.column_number', numeric: false, width: 'w-28' },
  { id: 'client', heading: 'collections.column_client', numeric: false, width: 'w-56' },
  { id: 'matter', heading: 'collections.column_matter', numeric: false, width: 'w-56' },
  { id: 'issued', heading: 'collections.column_issued', numeric: false, width: 'w-28' },
  { id: 'due', heading: 'collections.column_due', numeric: false, width: 'w-28' },
  { id: 'days_overdue', heading: 'collections.column_days_overdue', numeric: true, width: 'w-24' },
  { id: 'total', heading: 'collections.column_total', numeric: true, width: 'w-32' },
  { id: 'outstanding', heading: 'collections.column_outstanding', numeric: true, width: 'w-32' },
  { id: 'paid', heading: 'collections.column_paid', numeric: true, width: 'w-32' },
  { id: 'portal', heading: 'collections.column_portal', numeric: false, width: 'w-24' },
  { id: 'last_sent', heading: 'collections.column_last_sent', numeric: false, width: 'w-28' },
  { id: 'last_action', heading: 'collections.column_last_action', numeric: false, width: 'w-48' },
];
