import type { BillView } from '@/lib/bills/bill-view';
import { isOwed } from '@/lib/bills/owed';
import { daysBetween, formatDate, formatMoment, localIsoDate } from '@/lib/format';
import { type MessageKey, t } from '@/lib/i18n/text';
import { formatMoney, type MinorUnits } from '@/lib/money';

const stateLabels: Record<BillView['state'], MessageKey> = {
  draft: 'bill_panel.state_draft',
  awaiting_approval: 'bill_panel.state_awaiting_approval',
  awaiting_payment: 'bill_panel.state_awaiting_payment',
  paid: 'bill_panel.state_paid',
  void: 'bill_panel.state_void',
  deleted: 'bill_panel.state_deleted',
};

const notOwed: Partial<Record<BillView['state'], MessageKey>> = {
  draft: 'bill_panel.not_owed_draft',
  awaiting_approval: 'bill_panel.not_owed_awaiting_approval',
  void: 'bill_panel.not_owed_void',
  deleted: 'bill_panel.not_owed_deleted',
};

/** What the client owes on this bill; Clio's balance only where the bill is owed at all. */
function outstandingText(bill: BillView, money: (amount: number) => string): string {
  const reason = notOwed[bill.state];
  return reason ? t(reason) : money(bill.balance);
}

type Row = [field: string, label: string, value: string];
const row = (shown: boolean, line: Row): Row[] => (shown ? [line] : []);

export function BillFigures({ bill }: { bill: BillView }) {
  const money = (amount: number) => formatMoney(amount as MinorUnits, bill.currencyCode);
  const owed = isOwed(bill);
  // Only money still owed can be overdue.
  const overdueDays = owed && bill.dueAt ? daysBetween(bill.dueAt, localIsoDate()) : 0;
  const isTrustRequest = bill.kind === 'trust_kind';
  const rows: Row[] = [
    ['bill', t('bill_panel.field_bill'), bill.number],
    ['client', t('bill_panel.field_client'), bill.clientName ?? '—'],
    ['matter', t('bill_panel.field_matter'), bill.matterLabel ?? '—'],
    ['state', t('bill_panel.field_state'), t(stateLabels[bill.state])],
    ['total', t('bill_panel.field_total'), money(bill.total)],
    // Shown where there is one, so that the figures add up to what is outstanding.
    ...row(bill.due !== bill.total, [
      'discount',
      t('bill_panel.field_discount'),
      money(bill.due - bill.total),
    ]),
    ['paid', t('bill_panel.field_paid'), money(bill.paid)],
    ...row(bill.creditsIssued !== 0, ['credited', t('bill_panel.field_credited'), money(bill.creditsIssued)]),
    ['outstanding', t('bill_panel.field_outstanding'), outstandingText(bill, money)],
    ['pending', t('bill_panel.field_pending'), money(bill.pending)],
    ['due', t('bill_panel.field_due'), bill.dueAt ? formatDate(bill.dueAt) : '—'],
    [
      'overdue',
      t('bill_panel.field_overdue'),
      overdueDays > 0
        ? t('bill_panel.overdue_days', { count: overdueDays, shown: String(overdueDays) })
        : t('bill_panel.no'),
    ],
    ['shared', t('bill_panel.field_shared'), bill.shared ? t('bill_panel.yes') : t('bill_panel.no')],
    [
      'last-sent',
      t('bill_panel.field_last_sent'),
      bill.lastSentAt ? formatMoment(Date.parse(bill.lastSentAt)) : t('bill_panel.never'),
    ],
  ];
  return (
    <div className="grid gap-2">
      {isTrustRequest && (
        <p data-field="kind" className="rounded-md bg-sky-50 px-2 py-1 text-sky-900">
          {t('bill_panel.trust_request')}
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
