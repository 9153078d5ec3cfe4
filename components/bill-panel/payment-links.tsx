import { formatDate } from '@/lib/format';
import type { BillPanel } from '@/lib/messaging/protocol';
import { formatMoney, type MinorUnits } from '@/lib/money';

const stateLabels = { active: 'Active', used: 'Used', expired: 'Expired' } as const;

export function PaymentLinks({ panel }: { panel: BillPanel }) {
  const [latest] = panel.links;
  return (
    <p data-field="payment-link">
      <span className="text-slate-500">Clio Payments link: </span>
      {latest ? (
        <span className="font-medium">
          {stateLabels[latest.state]}
          {latest.amount !== null &&
            ` for ${formatMoney(latest.amount as MinorUnits, panel.bill.currencyCode)}`}
          {latest.state === 'active' && `, until ${formatDate(latest.expiresAt.slice(0, 10))}`}
        </span>
      ) : (
        <span className="font-medium">None</span>
      )}
    </p>
  );
}
