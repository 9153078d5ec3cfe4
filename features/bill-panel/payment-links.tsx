import { useEffect, useState } from 'react';
import { buttonClass } from '@/components/button-class';
import { LinkActions } from '@/components/payment-link/link-actions';
import type { BillPanel } from '@/lib/bill-panel/messages';
import { formatDate } from '@/lib/format';
import { formatMoney, type MinorUnits } from '@/lib/money';
import { whyNotPayable } from '@/lib/payment-links/link-plan';
import { paymentStateLabels } from '@/lib/payment-links/payment-states';
import { sendMessage } from '@/lib/protocol';
import { CreateLinkForm } from './create-link-form';

const stateLabels = { active: 'Active', used: 'Used', expired: 'Expired' } as const;

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
  const creating = panel.linkRequest?.state === 'creating';
  const reason = whyNotPayable(bill);

  useEffect(() => {
    // The panel follows the request from here; the form that started it has done its part.
    if (creating) setComposing(false);
  }, [creating]);

  return (
    <div className="grid gap-2" data-field="payment-links">
      <h3 className="font-semibold">Clio Payments</h3>
      {panel.links.length === 0 ? (
        <p data-field="payment-link" className="text-slate-500">
          No payment link yet.
        </p>
      ) : (
        <ul aria-label="Payment links" className="grid gap-1">
          {panel.links.map((link) => (
            <li key={link.id} data-link-id={link.id} className="flex flex-wrap items-baseline gap-x-2">
              <span data-field="payment-link" className="font-medium">
                {stateLabels[link.state]}
                {link.amount !== null && ` for ${money(link.amount)}`}
                {link.state === 'active' &&
                  link.expiresAt &&
                  `, until ${formatDate(link.expiresAt.slice(0, 10))}`}
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
        <table aria-label="Online payments" className="w-full text-left">
          <thead className="text-slate-500">
            <tr>
              <th className="font-normal">Paid online</th>
              <th className="text-right font-normal">Amount</th>
              <th className="pl-3 font-normal">State</th>
            </tr>
          </thead>
          <tbody>
            {panel.onlinePayments.map((payment) => (
              <tr key={payment.id} data-payment-id={payment.id}>
                <td>{payment.createdAt ? formatDate(payment.createdAt.slice(0, 10)) : '—'}</td>
                <td className="text-right tabular-nums">{money(payment.amount)}</td>
                <td className="pl-3">{paymentStateLabels[payment.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && (
        <p role="status" className="text-slate-600">
          Making a payment link in Clio…
        </p>
      )}
      {panel.linkRequest?.state === 'failed' && panel.linkRequest.detail && (
        <p role="alert" className="text-red-800">
          {panel.linkRequest.detail}
        </p>
      )}
      {reason ? (
        <p data-field="not-payable" className="text-slate-600">
          No link: this bill {reason}.
        </p>
      ) : composing ? (
        <CreateLinkForm
          bill={bill}
          onCancel={() => setComposing(false)}
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
              type="button"
              className={`${buttonClass} border border-slate-300 bg-white hover:bg-slate-50`}
              onClick={() => setComposing(true)}
            >
              Create payment link…
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
                One link with other bills…
              </button>
            )}
          </span>
        )
      )}
    </div>
  );
}
