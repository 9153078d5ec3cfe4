import { useId } from 'react';
import { formatDate } from '@/lib/format';
import { t } from '@/lib/i18n/text';
import { formatMoney, type MinorUnits } from '@/lib/money';
import type { LinkPlanView } from '@/lib/payment-links/messages';

type PlannedLink = LinkPlanView['links'][number];

/**
 * Which bills a payment of the link's amount settles, in Clio's order, and where the money goes. Its
 * heading sits one level below the section it is shown in.
 */
export function LinkPreview({
  link,
  index,
  count,
  headingLevel,
}: {
  link: PlannedLink;
  index: number;
  count: number;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const money = (amount: number) => formatMoney(amount as MinorUnits, link.currencyCode);
  const headingId = useId();
  const purpose = t('links.purpose', { purpose: link.purpose });
  const planned = { purpose, amount: money(link.amount), account: link.account.name };
  /** One bill the payment reaches: how much goes to it, and whether that settles it. */
  const settled = (entry: PlannedLink['settles'][number]) => {
    const partly = entry.applied < entry.balance;
    const values = { number: entry.number, applied: money(entry.applied), balance: money(entry.balance) };
    if (!entry.dueAt) return t(partly ? 'client_link.settles_partly' : 'client_link.settles_in_full', values);
    return t(partly ? 'client_link.settles_partly_due' : 'client_link.settles_in_full_due', {
      ...values,
      due: formatDate(entry.dueAt),
    });
  };
  return (
    <section
      aria-labelledby={headingId}
      data-purpose={link.purpose}
      className="grid gap-2 rounded-md border border-slate-300 p-3"
    >
      <Heading id={headingId} className="font-semibold">
        {count > 1
          ? t('client_link.planned_numbered', { ...planned, number: index + 1, count })
          : t('client_link.planned', planned)}
      </Heading>
      <p>{t('client_link.settles_intro', { amount: money(link.amount) })}</p>
      <ol aria-label={t('client_link.settled', { purpose })} className="grid list-decimal gap-1 pl-6">
        {link.settles.map((entry) => (
          <li key={entry.billId} data-bill-id={entry.billId}>
            {settled(entry)}
          </li>
        ))}
      </ol>
      {link.notOldest && (
        <p role="note" className="rounded-md bg-amber-50 p-2 text-amber-900">
          {t(link.purpose === 'trust' ? 'client_link.not_oldest_trust' : 'client_link.not_oldest_invoices')}
        </p>
      )}
    </section>
  );
}
