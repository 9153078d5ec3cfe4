import { isOwed } from '../bills/owed';
import type { BillState } from '../clio/schemas';
import { formatDate } from '../format';
import type { Language } from '../i18n/languages';
import { localeOf, textIn } from '../i18n/text';
import { listFormat } from '../intl-formats';
import { formatMoney, type MinorUnits } from '../money';
import type { LinkPurpose } from '../payment-links/link-accounts';
import { type EnvelopePlaceholder, envelopePlaceholders } from '../settings/settings-schema';

/** Each placeholder's words for one envelope. */
export type EnvelopeValues = Record<EnvelopePlaceholder, string>;
/** What the bills alone fill in: the payment link is made only when the envelope goes. */
export type BillsValues = Omit<EnvelopeValues, 'payment_link'>;

/** What the placeholders read of a bill. */
export interface EnvelopeTextBill {
  number: string;
  state: BillState;
  currencyCode: string;
  balance: number;
  dueAt: string | null;
}

/**
 * Each placeholder's words for one client's bills, in the language the client reads: the numbers as
 * a list, what is owed added up per currency (a bill paid or not yet approved adds nothing), and the
 * oldest due date of what is owed.
 */
export function envelopeValues(
  clientName: string | null,
  bills: readonly EnvelopeTextBill[],
  language: Language,
): BillsValues {
  const locale = localeOf(language);
  const owed = bills.filter(isOwed);
  const amounts = amountsOf(owed, (bill) => bill.balance, locale);
  const dueDates = owed.flatMap((bill) => (bill.dueAt === null ? [] : [bill.dueAt])).sort();
  const list = listFormat(locale, { type: 'conjunction' });
  return {
    client: clientName ?? textIn(language, 'settings.client_unnamed'),
    bill_numbers: list.format(bills.map((bill) => bill.number)),
    // Nothing owed still reads as an amount, in the bills' own currency.
    total_outstanding: list.format(amounts.length > 0 ? amounts : amountsOf(bills, () => 0, locale)),
    oldest_due_date: dueDates[0]
      ? formatDate(dueDates[0], locale)
      : textIn(language, 'settings.due_on_receipt'),
  };
}

/** `amount` of each bill added up per currency, in minor units, each sum in words, by currency code. */
function amountsOf(
  bills: readonly EnvelopeTextBill[],
  amount: (bill: EnvelopeTextBill) => number,
  locale: string,
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
export function fillEnvelopeText(template: string, values: EnvelopeValues): string {
  return template.replace(placeholderPattern, (_match, name: EnvelopePlaceholder) => values[name]);
}

/**
 * A subject filled as `fillEnvelopeText` fills it, on one line: Clio's subject is a one-line field,
 * which drops line breaks and so would join the words around them (a client's name written on two
 * lines, two payment links).
 */
export function fillEnvelopeSubject(template: string, values: EnvelopeValues): string {
  return fillEnvelopeText(template, values).replace(/[^\S\r\n]*[\r\n]+\s*/g, ' ');
}

/** Whether a subject or message gives the link a place: a link no one would read is not made. */
export function asksForLink(...texts: string[]): boolean {
  return texts.some((text) => text.includes('{payment_link}'));
}

/** A payment link made for an envelope, as its message names it. */
export interface EnvelopeLink {
  purpose: LinkPurpose;
  currencyCode: string;
  url: string;
}

/**
 * `{payment_link}` for an envelope's links: the address alone when there is one link; otherwise one
 * line per link saying what it pays (trust money never shares a link), with the currency where
 * links of one kind differ by it.
 */
export function paymentLinkText(links: readonly EnvelopeLink[], language: Language): string {
  const [only] = links;
  if (links.length === 1 && only) return only.url;
  // Invoices before trust, as the review lists the links.
  return [...links]
    .sort((a, b) => a.purpose.localeCompare(b.purpose) || a.currencyCode.localeCompare(b.currencyCode))
    .map((link) => {
      const several = links.some(
        (other) => other.purpose === link.purpose && other.currencyCode !== link.currencyCode,
      );
      return several
        ? textIn(language, 'mailing.payment_link_for_currency', {
            purpose: link.purpose,
            currency: link.currencyCode,
            url: link.url,
          })
        : textIn(language, 'mailing.payment_link_for', { purpose: link.purpose, url: link.url });
    })
    .join('\n');
}
