import { formatDate } from '@/lib/format';
import type { BillPanel } from '@/lib/messaging/protocol';
import { formatMoney, type MinorUnits } from '@/lib/money';

export function PaymentsApplied({ panel }: { panel: BillPanel }) {
  return (
    <div className="grid gap-1">
      <h3 className="font-semibold">Payments applied</h3>
      {panel.allocations.length === 0 ? (
        <p className="text-slate-500">None yet.</p>
      ) : (
        <table aria-label="Payments applied" className="w-full text-left">
          <thead className="text-slate-500">
            <tr>
              <th className="font-normal">Date</th>
              <th className="text-right font-normal">Amount</th>
              <th className="pl-3 font-normal">Method</th>
            </tr>
          </thead>
          <tbody>
            {panel.allocations.map((allocation) => (
              <tr key={allocation.id}>
                <td>{formatDate(allocation.date)}</td>
                <td className="text-right tabular-nums">
                  {formatMoney(allocation.amount as MinorUnits, panel.bill.currencyCode)}
                </td>
                <td className="pl-3">{allocation.paymentType ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
