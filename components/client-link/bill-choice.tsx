import { formatDate } from '@/lib/format';
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
  if (bills.length === 0) return <p>This client has no bills awaiting payment in Remit’s cache.</p>;
  return (
    <table aria-label="Bills awaiting payment" className="w-full text-left">
      <thead className="text-slate-600 dark:text-slate-300">
        <tr>
          <th className="font-normal">Bill</th>
          <th className="font-normal">Due</th>
          <th className="font-normal">Kind</th>
          <th className="text-right font-normal">Outstanding</th>
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
                Bill {bill.number}
              </label>
            </td>
            <td>{bill.dueAt ? formatDate(bill.dueAt) : '—'}</td>
            <td>{bill.trust ? 'Trust request' : 'Invoice'}</td>
            <td className="text-right tabular-nums">
              {formatMoney(bill.balance as MinorUnits, bill.currencyCode)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
