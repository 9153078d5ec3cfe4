import type { BillView } from '@/lib/bills/bill-view';
import { isOwed } from '@/lib/bills/owed';
import { daysBetween, formatDate, formatMoment, localIsoDate } from '@/lib/format';
import { formatMoney, type MinorUnits } from '@/lib/money';

const stateLabels: Record<BillView['state'], string> = {
  draft: 'Draft',
  awaiting_approval: 'Pending approval',
  awaiting_payment: 'Unpaid',
  paid: 'Paid',
  void: 'Void',
  deleted: 'Deleted',
};

const notOwed: Partial<Record<BillView['state'], string>> = {
  draft: 'Nothing yet: a draft is not owed until approved',
  awaiting_approval: 'Nothing yet: not owed until approved',
  void: 'Nothing: the bill was voided',
  deleted: 'Nothing: the bill was deleted',
};

/** What the client owes on this bill; Clio's balance only where the bill is owed at all. */
function outstandingText(bill: BillView, money: (amount: number) => string): string {
  return notOwed[bill.state] ?? money(bill.balance);
}

export function BillFigures({ bill }: { bill: BillView }) {
  const money = (amount: number) => formatMoney(amount as MinorUnits, bill.currencyCode);
  const owed = isOwed(bill);
  // Only money still owed can be overdue.
  const overdueDays = owed && bill.dueAt ? daysBetween(bill.dueAt, localIsoDate()) : 0;
  const isTrustRequest = bill.kind === 'trust_kind';
  const rows: [field: string, label: string, value: string][] = [
    ['bill', 'Bill', bill.number],
    ['client', 'Client', bill.clientName ?? '—'],
    ['matter', 'Matter', bill.matterLabel ?? '—'],
    ['state', 'State', stateLabels[bill.state]],
    ['total', 'Total', money(bill.total)],
    ['paid', 'Paid', money(bill.paid)],
    ['outstanding', 'Outstanding', outstandingText(bill, money)],
    ['pending', 'Pending', money(bill.pending)],
    ['due', 'Due', bill.dueAt ? formatDate(bill.dueAt) : '—'],
    ['overdue', 'Overdue', overdueDays > 0 ? `${overdueDays} ${overdueDays === 1 ? 'day' : 'days'}` : 'No'],
    ['shared', 'Shared to portal', bill.shared ? 'Yes' : 'No'],
    ['last-sent', 'Last sent', bill.lastSentAt ? formatMoment(Date.parse(bill.lastSentAt)) : 'Never'],
  ];
  return (
    <div className="grid gap-2">
      {isTrustRequest && (
        <p data-field="kind" className="rounded-md bg-sky-50 px-2 py-1 text-sky-900">
          Trust request: money to be held in trust, kept apart from receivables.
        </p>
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {rows.map(([field, label, value]) => (
          <div key={field} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd
              data-field={field}
              className={`font-medium tabular-nums ${field === 'overdue' && overdueDays > 0 ? 'text-red-800' : ''}`}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
