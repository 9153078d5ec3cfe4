import { type ReactNode, useDeferredValue } from 'react';
import { billPageUrl, billsListUrl } from '@/lib/clio/pages';
import type { RegionId } from '@/lib/clio/regions';
import { formatCount, formatMoment } from '@/lib/format';
import type { AttentionView } from '@/lib/summary/receivables-view';
import { focusRing, newTab, quiet } from './styles';
import { counted, money } from './wording';

type AttentionBill = AttentionView['bills']['shown'][number];
type PaymentToCheck = AttentionView['payments']['shown'][number];

const reasons: Record<AttentionBill['reason'], (bill: AttentionBill) => string> = {
  never_sent: () => 'never sent',
  not_shared: () => 'not shared to the portal',
  sent_long_ago: (bill) => `last sent ${counted(bill.daysSinceSent ?? 0, 'day')} ago`,
};

const paymentStates: Record<PaymentToCheck['state'], string> = {
  failed: 'Payment failed',
  completed_requiring_allocation: 'Paid, waiting to be allocated in Clio',
};

/** What to chase: each item opens the bill in Clio; long lists show their first items and count the rest. */
export function NeedsAttention({ attention, region }: { attention: AttentionView; region: RegionId }) {
  // Below the totals: rendered just after them, so the totals paint without waiting for these lists.
  const deferred = useDeferredValue<AttentionView | null>(attention, null);
  if (!deferred) return null;
  const listUrl = billsListUrl(region);
  const billUrl = (billId: number | null) => (billId === null ? listUrl : billPageUrl(region, billId));
  const { bills, links, payments } = deferred;
  return (
    <section aria-labelledby="needs-attention" className="grid gap-3">
      <h2 id="needs-attention" className="text-base font-semibold">
        Needs attention
      </h2>
      {bills.total + links.total + payments.total === 0 && <p className={quiet}>Nothing needs attention.</p>}
      <AttentionList
        name="bills"
        title="Overdue, not shared or not sent for 30 days"
        order="longest first"
        total={bills.total}
        shown={bills.shown.length}
        moreUrl={listUrl}
      >
        {bills.shown.map((bill) => (
          <Item
            key={bill.id}
            id={bill.id}
            href={billUrl(bill.id)}
            title={
              <>
                {bill.trust ? 'Trust request' : 'Bill'} {bill.number}
                {bill.clientName && (
                  <>
                    , <bdi>{bill.clientName}</bdi>
                  </>
                )}
              </>
            }
            amount={money(bill.balance, bill.currencyCode)}
            detail={`${counted(bill.daysOverdue, 'day')} overdue, ${reasons[bill.reason](bill)}`}
          />
        ))}
      </AttentionList>
      <AttentionList
        name="links"
        title="Payment links expiring within 7 days"
        order="soonest first"
        total={links.total}
        shown={links.shown.length}
        moreUrl={listUrl}
      >
        {links.shown.map((link) => (
          <Item
            key={link.id}
            id={link.id}
            href={billUrl(link.billId)}
            title={<bdi>{link.label}</bdi>}
            amount={
              link.amount === null || link.currencyCode === null
                ? 'any amount'
                : money(link.amount, link.currencyCode)
            }
            detail={`expires ${formatMoment(Date.parse(link.expiresAt))}`}
          />
        ))}
      </AttentionList>
      <AttentionList
        name="payments"
        title="Clio Payments to check"
        order="newest first"
        total={payments.total}
        shown={payments.shown.length}
        moreUrl={listUrl}
      >
        {payments.shown.map((payment) => (
          <Item
            key={payment.id}
            id={payment.id}
            href={billUrl(payment.billId)}
            title={<bdi>{payment.label}</bdi>}
            amount={money(payment.amount, payment.currencyCode)}
            detail={
              payment.createdAt
                ? `${paymentStates[payment.state]}, ${formatMoment(Date.parse(payment.createdAt))}`
                : paymentStates[payment.state]
            }
          />
        ))}
      </AttentionList>
    </section>
  );
}

function AttentionList({
  name,
  title,
  order,
  total,
  shown,
  moreUrl,
  children,
}: {
  name: string;
  title: string;
  order: string;
  total: number;
  shown: number;
  moreUrl: string;
  children: ReactNode;
}) {
  if (total === 0) return null;
  const headingId = `attention-${name}`;
  return (
    <div className="grid gap-1" data-attention={name}>
      <h3 id={headingId} className="text-sm font-medium">
        {title} <span data-total>({total})</span>
      </h3>
      {total > shown && (
        <p className={`text-xs ${quiet}`}>
          The {shown} {order}.
        </p>
      )}
      <ul aria-labelledby={headingId} className="grid gap-1">
        {children}
      </ul>
      {total > shown && (
        <a href={moreUrl} {...newTab} className={`text-xs underline ${focusRing}`}>
          {formatCount(total - shown)} more in Clio’s bills list
        </a>
      )}
    </div>
  );
}

function Item({
  id,
  href,
  title,
  amount,
  detail,
}: {
  id: number;
  href: string;
  title: ReactNode;
  amount: string;
  detail: string;
}) {
  return (
    <li data-id={id}>
      <a
        href={href}
        {...newTab}
        className={`grid rounded-md px-1 py-0.5 hover:bg-slate-50 dark:hover:bg-slate-800 ${focusRing}`}
      >
        {/* min-w-0: a flex or grid item is otherwise as wide as its longest name, truncated or not. */}
        <span className="flex min-w-0 items-baseline justify-between gap-2">
          <span className="min-w-0 truncate underline decoration-slate-400 underline-offset-2">{title}</span>
          <span data-value className="font-medium tabular-nums whitespace-nowrap">
            {amount}
          </span>
        </span>
        <span data-detail className={`text-xs ${quiet}`}>
          {detail}
        </span>
      </a>
    </li>
  );
}
