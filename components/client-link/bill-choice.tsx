import { TextWithNames } from '@/components/text-with-names';
import { formatDate } from '@/lib/format';
import { t } from '@/lib/i18n/text';
import { formatMoney, type MinorUnits } from '@/lib/money';
import type { PayableBills } from '@/lib/payment-links/messages';

/** The client's bills a link can pay, oldest due first, each with a box to choose it. */
export function BillChoice({
  bills,
  chosen,
  onToggle,
}: {
  bills: PayableBills['bills'];
  chosen: ReadonlySet<number>;
  onToggle: (billId: number, on: boolean) => void;
}) {
  if (bills.length === 0) return <p>{t('client_link.no_bills')}</p>;
  return (
    <table aria-label={t('client_link.bills')} className="w-full text-left">
      <thead className="text-slate-600 dark:text-slate-300">
        <tr>
          <th className="font-normal">{t('client_link.bill_column')}</th>
          <th className="font-normal">{t('client_link.due_column')}</th>
          <th className="font-normal">{t('client_link.kind_column')}</th>
          <th className="text-right font-normal">{t('client_link.outstanding_column')}</th>
        </tr>
      </thead>
      <tbody>
        {bills.map((bill) => (
          <tr key={bill.id} data-bill-id={bill.id}>
            <td>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={chosen.has(bill.id)}
                  onChange={(event) => onToggle(bill.id, event.target.checked)}
                />
                <TextWithNames id="client_link.bill" values={{ number: bill.number }} />
              </label>
            </td>
            <td>{bill.dueAt ? formatDate(bill.dueAt) : '—'}</td>
            <td>{t(bill.trust ? 'client_link.trust_request' : 'client_link.invoice')}</td>
            <td className="text-right tabular-nums">
              {formatMoney(bill.balance as MinorUnits, bill.currencyCode)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
