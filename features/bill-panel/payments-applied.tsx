import type { BillPanel } from '@/lib/bill-panel/messages';
import { formatDate } from '@/lib/format';
import { formatMoney, type MinorUnits } from '@/lib/money';

const sourceLabels: Record<BillPanel['allocations'][number]['source'], string> = {
  payment: 'Payment',
  credit: 'Credit note',
  other: 'Applied',
};

/** What was applied to the bill, payments and credit notes told apart, and what Clio sent unreadable. */
export function PaymentsApplied({ panel }: { panel: BillPanel }) {
  const { allocations, setAside } = panel;
  return (
    <div className="grid gap-1">
      <h3 className="font-semibold">Payments and credits applied</h3>
      {allocations.length === 0 ? (
        <p className="text-slate-500">None yet.</p>
      ) : (
        <table aria-label="Payments and credits applied" className="w-full text-left">
          <thead className="text-slate-500">
            <tr>
              <th className="font-normal">Date</th>
              <th className="font-normal">Kind</th>
              <th className="text-right font-normal">Amount</th>
              <th className="pl-3 font-normal">Method</th>
            </tr>
          </thead>
          <tbody>
            {allocations.map((allocation) => (
              <tr key={allocation.id} data-allocation-id={allocation.id}>
                <td>{formatDate(allocation.date)}</td>
                <td>{sourceLabels[allocation.source]}</td>
                <td className="text-right tabular-nums">
                  {formatMoney(allocation.amount as MinorUnits, panel.bill.currencyCode)}
                </td>
                <td className="pl-3">{allocation.paymentType ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {setAside.length > 0 && (
        <p data-field="set-aside" className="text-amber-800">
          {setAside.length === 1
            ? '1 payment or credit Clio sent for this bill could not be read and is not shown'
            : `${setAside.length} payments or credits Clio sent for this bill could not be read and are not shown`}
          : {setAside[0]?.reason}.
        </p>
      )}
    </div>
  );
}
