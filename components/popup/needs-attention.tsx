import { type ReactNode, useDeferredValue } from 'react';
import { TextWithNames } from '@/components/text-with-names';
import { billPageUrl, billsListUrl } from '@/lib/clio/pages';
import type { RegionId } from '@/lib/clio/regions';
import { formatCount, formatMoment } from '@/lib/format';
import { type MessageKey, t } from '@/lib/i18n/text';
import type { AttentionView } from '@/lib/summary/receivables-view';
import { openWorkspace } from './open-workspace';
import { focusRing, newTab, quiet } from './styles';
import { money } from './wording';

type AttentionBill = AttentionView['bills']['shown'][number];
type PaymentToCheck = AttentionView['payments']['shown'][number];

const reasons: Record<AttentionBill['reason'], MessageKey> = {
  never_sent: 'popup.bill_never_sent',
  not_shared: 'popup.bill_not_shared',
  sent_long_ago: 'popup.bill_sent_long_ago',
};

/** Why a bill needs chasing: how long overdue, and since when it was last sent where that is the reason. */
function billDetail(bill: AttentionBill): string {
  const sent = bill.daysSinceSent ?? 0;
  return t(reasons[bill.reason], {
    overdue: bill.daysOverdue,
    overdueShown: formatCount(bill.daysOverdue),
    sent,
    sentShown: formatCount(sent),
  });
}

const paymentStates: Record<PaymentToCheck['state'], { state: MessageKey; stateAt: MessageKey }> = {
  failed: { state: 'popup.payment_failed', stateAt: 'popup.payment_failed_at' },
  completed_requiring_allocation: {
    state: 'popup.payment_to_allocate',
    stateAt: 'popup.payment_to_allocate_at',
  },
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
        {t('popup.needs_attention')}
      </h2>
      {bills.total + links.total + payments.total === 0 && (
        <p className={quiet}>{t('popup.nothing_needs_attention')}</p>
      )}
      <AttentionList
        name="bills"
        title={t('popup.attention_bills')}
        firstShown={t('popup.attention_bills_shown', { count: bills.shown.length })}
        total={bills.total}
        shown={bills.shown.length}
        moreUrl={listUrl}
        review={
          <button
            type="button"
            className={`justify-self-start text-xs underline ${focusRing}`}
            onClick={() => openWorkspace('needs-attention')}
          >
            {t('popup.attention_review', { count: bills.total })}
          </button>
        }
      >
        {bills.shown.map((bill) => (
          <Item
            key={bill.id}
            id={bill.id}
            href={billUrl(bill.id)}
            title={
              <>
                {t(bill.trust ? 'popup.attention_trust_request' : 'popup.attention_bill', {
                  number: bill.number,
                })}
                {/* The client's name stays in its own isolated element; the comma only lists it after the bill. */}
                {bill.clientName && (
                  <>
                    , <bdi>{bill.clientName}</bdi>
                  </>
                )}
              </>
            }
            amount={money(bill.balance, bill.currencyCode)}
            detail={billDetail(bill)}
          />
        ))}
      </AttentionList>
      <AttentionList
        name="links"
        title={t('popup.attention_links')}
        firstShown={t('popup.attention_links_shown', { count: links.shown.length })}
        total={links.total}
        shown={links.shown.length}
        moreUrl={listUrl}
      >
        {links.shown.map((link) => (
          <Item
            key={link.id}
            id={link.id}
            href={billUrl(link.billId)}
            title={
              <bdi>
                <TextWithNames id={link.label.key} values={link.label.values ?? {}} />
              </bdi>
            }
            amount={
              link.amount === null || link.currencyCode === null
                ? t('popup.link_any_amount')
                : money(link.amount, link.currencyCode)
            }
            detail={t('popup.link_expires', { moment: formatMoment(Date.parse(link.expiresAt)) })}
          />
        ))}
      </AttentionList>
      <AttentionList
        name="payments"
        title={t('popup.attention_payments')}
        firstShown={t('popup.attention_payments_shown', { count: payments.shown.length })}
        total={payments.total}
        shown={payments.shown.length}
        moreUrl={listUrl}
      >
        {payments.shown.map((payment) => (
          <Item
            key={payment.id}
            id={payment.id}
            href={billUrl(payment.billId)}
            title={
              <bdi>
                <TextWithNames id={payment.label.key} values={payment.label.values ?? {}} />
              </bdi>
            }
            amount={
              payment.amount === null || payment.currencyCode === null
                ? '—'
                : money(payment.amount, payment.currencyCode)
            }
            detail={
              payment.createdAt
                ? t(paymentStates[payment.state].stateAt, {
                    moment: formatMoment(Date.parse(payment.createdAt)),
                  })
                : t(paymentStates[payment.state].state)
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
  firstShown,
  total,
  shown,
  moreUrl,
  review,
  children,
}: {
  name: string;
  title: string;
  /** Which items are shown when not all are, and in what order. */
  firstShown: string;
  total: number;
  shown: number;
  moreUrl: string;
  /** How to act on the whole list at once, where Remit can. */
  review?: ReactNode;
  children: ReactNode;
}) {
  if (total === 0) return null;
  const headingId = `attention-${name}`;
  return (
    <div className="grid gap-1" data-attention={name}>
      <h3 id={headingId} className="text-sm font-medium">
        {title} <span data-total>({total})</span>
      </h3>
      {total > shown && <p className={`text-xs ${quiet}`}>{firstShown}</p>}
      <ul aria-labelledby={headingId} className="grid gap-1">
        {children}
      </ul>
      {total > shown && (
        <a href={moreUrl} {...newTab} className={`text-xs underline ${focusRing}`}>
          {t('popup.attention_more', { count: formatCount(total - shown) })}
        </a>
      )}
      {review}
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
