import { isOwed } from '../bills/owed';
import type { BillState } from '../clio/schemas';
import { formatDate } from '../format';
import { t } from '../i18n/text';
import { listFormat } from '../intl-formats';
import { formatMoney, type MinorUnits } from '../money';
import { type EnvelopePlaceholder, envelopePlaceholders } from '../settings/settings-schema';

/** What the placeholders read of a bill. */
export interface EnvelopeTextBill {
  number: string;
  state: BillState;
  currencyCode: string;
  balance: number;
  dueAt: string | null;
}

/**
 * Each placeholder's words for one client's bills: the numbers as a list, what is owed added up per
 * currency (a bill paid or not yet approved adds nothing), and the oldest due date of what is owed.
 */
export function envelopeValues(
  clientName: string | null,
  bills: readonly EnvelopeTextBill[],
  locale?: string,
): Record<EnvelopePlaceholder, string> {
  const owed = bills.filter(isOwed);
  const amounts = amountsOf(owed, (bill) => bill.balance, locale);
  const dueDates = owed.flatMap((bill) => (bill.dueAt === null ? [] : [bill.dueAt])).sort();
  const list = listFormat(locale, { type: 'conjunction' });
  return {
    client: clientName ?? t('settings.client_unnamed'),
    bill_numbers: list.format(bills.map((bill) => bill.number)),
    // Nothing owed still reads as an amount, in the bills' own currency.
    total_outstanding: list.format(amounts.length > 0 ? amounts : amountsOf(bills, () => 0, locale)),
    oldest_due_date: dueDates[0] ? formatDate(dueDates[0], locale) : t('settings.due_on_receipt'),
  };
}

/** `amount` of each bill added up per currency, in minor units, each sum in words, by currency code. */
function amountsOf(
  bills: readonly EnvelopeTextBill[],
  amount: (bill: EnvelopeTextBill) => number,
  locale: string | undefined,
): string[] {
  const byCurrency = new Map<string, number>();
  for (const bill of bills)
    byCurrency.set(bill.currencyCode, (byCurrency.get(bill.currencyCode) ?? 0) + amount(bill));
  return [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => formatMoney(sum as MinorUnits, currency, locale));
}

const placeholderPattern = new RegExp(`\\{(${envelopePlaceholders.join('|')})\\}`, 'g');

/**
 * A subject or message with its placeholders filled, in one pass: a client named "{bill_numbers}"
 * stays a name. Braces that name no placeholder are left as written.
 */
export function fillEnvelopeText(template: string, values: Record<EnvelopePlaceholder, string>): string {
  return template.replace(placeholderPattern, (_match, name: EnvelopePlaceholder) => values[name]);
}
