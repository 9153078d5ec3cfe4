import { useDeferredValue } from 'react';
import { formatDate } from '@/lib/format';
import { t } from '@/lib/i18n/text';
import { sendMessage } from '@/lib/send-message';
import type { CurrencyReceivables } from '@/lib/summary/receivables-view';
import { focusRing, quiet } from './styles';
import { counting, money } from './wording';

/** The page for one link over several of the client's bills; the popup closes as the tab opens. */
function openClientLink(clientId: number): void {
  sendMessage('openClientLink', { clientId, billIds: [] }).then(
    () => window.close(),
    (error: unknown) => console.error('Remit: the payment link page did not open', error),
  );
}

/** The clients owing most in one currency, with how many bills and since when. */
export function TopClients({ receivables }: { receivables: CurrencyReceivables }) {
  // Below the totals: rendered just after them, so the totals paint without waiting for this list.
  const clients = useDeferredValue(receivables.topClients, []);
  if (clients.length === 0) return null;
  const headingId = `top-clients-${receivables.currencyCode}`;
  return (
    <div className="grid gap-1">
      <h3 id={headingId} className="text-sm font-medium">
        {t('popup.top_clients')}
      </h3>
      <ol aria-labelledby={headingId} className="grid gap-1">
        {clients.map((client) => (
          <li key={client.clientId ?? 'none'} data-client-id={client.clientId ?? ''} className="grid">
            <span className="flex min-w-0 items-baseline justify-between gap-2">
              {/* Isolated, so a name written right to left cannot reorder the figures beside it. */}
              <bdi data-name className="min-w-0 truncate" title={client.name ?? undefined}>
                {client.name ?? t('popup.no_client')}
              </bdi>
              <span data-value className="font-medium tabular-nums whitespace-nowrap">
                {money(client.outstanding, receivables.currencyCode)}
              </span>
            </span>
            <span className="flex items-baseline justify-between gap-2">
              <span data-detail className={`text-xs ${quiet}`}>
                {client.oldestDueAt
                  ? t('popup.client_unpaid_bills_since', {
                      ...counting(client.unpaidBills),
                      date: formatDate(client.oldestDueAt),
                    })
                  : t('popup.client_unpaid_bills', counting(client.unpaidBills))}
              </span>
              {client.clientId !== null && (
                <button
                  type="button"
                  className={`text-xs text-blue-800 underline dark:text-sky-300 ${focusRing}`}
                  aria-label={
                    client.name === null
                      ? t('popup.unnamed_client_payment_link_label')
                      : t('popup.client_payment_link_label', { client: client.name })
                  }
                  onClick={() => openClientLink(client.clientId as number)}
                >
                  {t('popup.client_payment_link')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
