import type { BillView } from '../bills/bill-view';
import { isOwed } from '../bills/owed';
import { formatDate } from '../format';
import type { Language } from '../i18n/languages';
import { localeOf, textIn } from '../i18n/text';
import { formatMoney, type MinorUnits } from '../money';
import type { Settings } from '../settings/settings-schema';

/**
 * The message a bill is sent with: the owed template while money is owed, the settled one (a
 * receipt) once nothing is left to pay, so a zero balance never reaches a client as an amount to pay.
 */
export function messageFor(settings: Settings, bill: BillView): string {
  return isOwed(bill)
    ? renderMessage(settings.messageTemplate, bill, settings.clientLanguage)
    : renderMessage(settings.settledMessageTemplate, bill, settings.clientLanguage);
}

/**
 * Fills a message template for one bill, in the language the client reads: its amounts, dates and
 * the words for what is missing. Unknown braces are left as written.
 */
export function renderMessage(template: string, bill: BillView, language: Language): string {
  const locale = localeOf(language);
  const money = (amount: number) => formatMoney(amount as MinorUnits, bill.currencyCode, locale);
  const values = {
    client: bill.clientName ?? textIn(language, 'settings.client_unnamed'),
    bill_number: bill.number,
    total: money(bill.total),
    balance: money(bill.balance),
    due_date: bill.dueAt ? formatDate(bill.dueAt, locale) : textIn(language, 'settings.due_on_receipt'),
  };
  // One pass over the template: a client named "{balance}" stays a name, not a placeholder.
  return template.replace(
    /\{(client|bill_number|total|balance|due_date)\}/g,
    (_match, name: keyof typeof values) => values[name],
  );
}
