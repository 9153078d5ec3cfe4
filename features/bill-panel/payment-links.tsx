import { useEffect, useState } from 'react';
import { buttonClass } from '@/components/button-class';
import { LinkActions } from '@/components/payment-link/link-actions';
import type { BillPanel } from '@/lib/bill-panel/messages';
import { formatDate, localDayOf } from '@/lib/format';
import { type MessageKey, say, t } from '@/lib/i18n/text';
import { formatMoney, type MinorUnits } from '@/lib/money';
import { whyNotPayable } from '@/lib/payment-links/link-plan';
import { paymentStateLabel } from '@/lib/payment-links/payment-states';
import { sendMessage } from '@/lib/send-message';
import { CreateLinkForm } from './create-link-form';
import { useFocusOnReturn } from './use-focus-on-return';

type Link = BillPanel['links'][number];
type OnlinePayment = BillPanel['onlinePayments'][number];

/** A payment whole, as the client paid it: one through the client's link names the bills it paid. */
function paymentAmount(payment: OnlinePayment): string {
  // Only a payment that moved no money comes without its amount.
  if (payment.amount === null || payment.currencyCode === null) return '—';
  const amount = formatMoney(payment.amount as MinorUnits, payment.currencyCode);
  return payment.bills > 1
    ? t('bill_panel.online_amount_for_bills', { amount, bills: payment.bills })
    : amount;
}

/** Each state alone and with the link's amount: whole lines, so a language can order them its own way. */
const linkStates: Record<Link['state'], { alone: MessageKey; forAmount: MessageKey }> = {
  active: { alone: 'bill_panel.link_active', forAmount: 'bill_panel.link_active_for' },
  used: { alone: 'bill_panel.link_used', forAmount: 'bill_panel.link_used_for' },
  expired: { alone: 'bill_panel.link_expired', forAmount: 'bill_panel.link_expired_for' },
};

/** A link's state, with its amount where it has one and, while it is open, until when. */
function linkLine(link: Link, money: (amount: number) => string): string {
  const amount = link.amount === null ? null : money(link.amount);
  if (link.state === 'active' && link.expiresAt) {
    const date = formatDate(localDayOf(link.expiresAt));
    return amount === null
      ? t('bill_panel.link_active_until', { date })
      : t('bill_panel.link_active_for_until', { amount, date });
  }
  return amount === null ? t(linkStates[link.state].alone) : t(linkStates[link.state].forAmount, { amount });
}

/**
 * The bill's Clio Payments links and the payments made through them, and making a new one. While a
 * link is being made (also by a worker that restarted meanwhile), the background reports each step.
 */
export function PaymentLinks({
  panel,
  onChange,
  onFollow,
}: {
  panel: BillPanel;
  /** Something changed in Clio: check the bill again. */
  onChange: () => void;
  /** Re-read the cache. */
  onFollow: () => void;
}) {
  const { bill } = panel;
  const money = (amount: number) => formatMoney(amount as MinorUnits, bill.currencyCode);
  const [composing, setComposing] = useState(false);
  const opener = useFocusOnReturn();
  const creating = panel.linkRequest?.state === 'creating';
  const reason = whyNotPayable(bill);

  useEffect(() => {
    // The panel follows the request from here; the form that started it has done its part.
    if (creating) setComposing(false);
  }, [creating]);

  return (
    <div className="grid gap-2" data-field="payment-links">
      <h3 className="font-semibold">{t('bill_panel.clio_payments')}</h3>
      {panel.links.length === 0 ? (
        <p data-field="payment-link" className="text-slate-500">
          {t('bill_panel.no_links')}
        </p>
      ) : (
        <ul aria-label={t('bill_panel.links_label')} className="grid gap-1">
          {panel.links.map((link) => (
            <li key={link.id} data-link-id={link.id} className="flex flex-wrap items-baseline gap-x-2">
              <span data-field="payment-link" className="font-medium">
                {linkLine(link, money)}
              </span>
              <LinkActions
                url={link.url}
                linkId={link.id}
                active={link.state === 'active'}
                onExpired={onFollow}
              />
            </li>
          ))}
        </ul>
      )}
      {panel.onlinePayments.length > 0 && (
        <table aria-label={t('bill_panel.online_payments_label')} className="w-full text-left">
          <thead className="text-slate-500">
            <tr>
              <th className="font-normal">{t('bill_panel.online_paid')}</th>
              <th className="text-right font-normal">{t('bill_panel.online_amount')}</th>
              <th className="pl-3 font-normal">{t('bill_panel.online_state')}</th>
            </tr>
          </thead>
          <tbody>
            {panel.onlinePayments.map((payment) => (
              <tr key={payment.id} data-payment-id={payment.id}>
                <td>{payment.createdAt ? formatDate(localDayOf(payment.createdAt)) : '—'}</td>
                <td className="text-right tabular-nums">{paymentAmount(payment)}</td>
                <td className="pl-3">{paymentStateLabel(payment.state)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && (
        <p role="status" className="text-slate-600">
          {t('bill_panel.making_link')}
        </p>
      )}
      {panel.linkRequest?.state === 'failed' && panel.linkRequest.detail && (
        <p role="alert" className="text-red-800">
          {say(panel.linkRequest.detail)}
        </p>
      )}
      {reason ? (
        <p data-field="not-payable" className="text-slate-600">
          {t('bill_panel.not_payable', { reason, state: bill.state })}
        </p>
      ) : composing ? (
        <CreateLinkForm
          bill={bill}
          onCancel={() => {
            opener.closing();
            setComposing(false);
          }}
          onCreated={() => {
            setComposing(false);
            onFollow();
          }}
          onInterrupted={onFollow}
        />
      ) : (
        !creating && (
          <span className="flex flex-wrap gap-2">
            <button
              ref={opener.opener}
              type="button"
              className={`${buttonClass} border border-slate-300 bg-white hover:bg-slate-50`}
              onClick={() => setComposing(true)}
            >
              {t('bill_panel.create_link')}
            </button>
            {bill.clientId !== null && (
              <button
                type="button"
                className={`${buttonClass} border border-slate-300 bg-white hover:bg-slate-50`}
                onClick={() =>
                  sendMessage('openClientLink', {
                    clientId: bill.clientId as number,
                    billIds: [bill.id],
                  }).catch(onChange)
                }
              >
                {t('bill_panel.client_link')}
              </button>
            )}
          </span>
        )
      )}
    </div>
  );
}
