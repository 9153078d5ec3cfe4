import type { BillPanel } from '@/lib/bill-panel/messages';
import { formatDate } from '@/lib/format';
import { type MessageKey, t } from '@/lib/i18n/text';
import { formatMoney, type MinorUnits } from '@/lib/money';

const sourceLabels: Record<BillPanel['allocations'][number]['source'], MessageKey> = {
  payment: 'bill_panel.source_payment',
  credit: 'bill_panel.source_credit',
  other: 'bill_panel.source_other',
};

/** What was applied to the bill, payments and credit notes told apart, and what Clio sent unreadable. */
export function PaymentsApplied({ panel }: { panel: BillPanel }) {
  const { allocations, setAside } = panel;
  return (
    <div className="grid gap-1">
      <h3 className="font-semibold">{t('bill_panel.applied_heading')}</h3>
      {allocations.length === 0 ? (
        <p className="text-slate-500">{t('bill_panel.applied_none')}</p>
      ) : (
        <table aria-label={t('bill_panel.applied_heading')} className="w-full text-left">
          <thead className="text-slate-500">
            <tr>
              <th className="font-normal">{t('bill_panel.applied_date')}</th>
              <th className="font-normal">{t('bill_panel.applied_kind')}</th>
              <th className="text-right font-normal">{t('bill_panel.applied_amount')}</th>
              <th className="pl-3 font-normal">{t('bill_panel.applied_method')}</th>
            </tr>
          </thead>
          <tbody>
            {allocations.map((allocation) => (
              <tr key={allocation.id} data-allocation-id={allocation.id}>
                <td>{formatDate(allocation.date)}</td>
                <td>{t(sourceLabels[allocation.source])}</td>
                <td className="text-right tabular-nums">
                  {formatMoney(allocation.amount as MinorUnits, panel.bill.currencyCode)}
                </td>
                <td className="pl-3">{allocation.paymentType ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {panel.reversed.length > 0 && (
        <ul
          aria-label={t('bill_panel.reversed_heading')}
          data-field="reversed"
          className="grid gap-0.5 text-slate-600"
        >
          {panel.reversed.map((payment) => (
            <li key={payment.id}>
              {t('bill_panel.reversed_payment', {
                amount: formatMoney(payment.amount as MinorUnits, panel.bill.currencyCode),
                date: formatDate(payment.date),
                voidedOn: formatDate(payment.voidedOn),
              })}
            </li>
          ))}
        </ul>
      )}
      {setAside.length > 0 && (
        <p data-field="set-aside" className="text-amber-800">
          {t('bill_panel.set_aside', { count: setAside.length, reason: setAside[0]?.reason ?? '' })}
        </p>
      )}
    </div>
  );
}
