import { formatDate } from '../format';
import type { BillView } from '../messaging/protocol';
import { formatMoney, type MinorUnits } from '../money';

const placeholders = ['client', 'bill_number', 'balance', 'due_date'] as const;

/** Fills a message template for one bill. Unknown braces are left as written. */
export function renderMessage(template: string, bill: BillView, locale?: string): string {
  const values: Record<(typeof placeholders)[number], string> = {
    client: bill.clientName ?? 'client',
    bill_number: bill.number,
    balance: formatMoney(bill.balance as MinorUnits, bill.currencyCode, locale),
    due_date: bill.dueAt ? formatDate(bill.dueAt, locale) : 'on receipt',
  };
  // One pass over the template: a client named "{balance}" stays a name, not a placeholder.
  return template.replace(
    /\{(client|bill_number|balance|due_date)\}/g,
    (_match, name: keyof typeof values) => values[name],
  );
}
