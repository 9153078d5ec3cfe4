import { formatDate } from '@/lib/format';
import { formatMoney, type MinorUnits } from '@/lib/money';
import { purposeLabels } from '@/lib/payment-links/link-accounts';
import type { LinkPlanView } from '@/lib/payment-links/messages';

type PlannedLink = LinkPlanView['links'][number];

/** Which bills a payment of the link's amount settles, in Clio's order, and where the money goes. */
export function LinkPreview({ link, index, count }: { link: PlannedLink; index: number; count: number }) {
  const money = (amount: number) => formatMoney(amount as MinorUnits, link.currencyCode);
  const headingId = `planned-link-${index}`;
  return (
    <section
      aria-labelledby={headingId}
      data-purpose={link.purpose}
      className="grid gap-2 rounded-md border border-slate-300 p-3"
    >
      <h3 id={headingId} className="font-semibold">
        {count > 1 && `Link ${index + 1} of ${count}: `}
        {purposeLabels[link.purpose]}, {money(link.amount)} into {link.account.name}
      </h3>
      <p>A payment of {money(link.amount)} settles, in this order:</p>
      <ol aria-label={`${purposeLabels[link.purpose]} settled`} className="grid list-decimal gap-1 pl-6">
        {link.settles.map((entry) => (
          <li key={entry.billId} data-bill-id={entry.billId}>
            Bill {entry.number}
            {entry.dueAt && ` (due ${formatDate(entry.dueAt)})`}: {money(entry.applied)}
            {entry.applied < entry.balance ? ` of ${money(entry.balance)}, partly` : ', in full'}
          </li>
        ))}
      </ol>
      {link.notOldest && (
        <p role="note" className="rounded-md bg-amber-50 p-2 text-amber-900">
          These are not the client’s oldest unpaid {link.purpose === 'trust' ? 'trust requests' : 'invoices'}.
          Clio applies a payment to the oldest first, so it settles the bills listed above, not only the ones
          chosen.
        </p>
      )}
    </section>
  );
}
