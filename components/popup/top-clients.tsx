import { useDeferredValue } from 'react';
import { formatDate } from '@/lib/format';
import type { CurrencyReceivables } from '@/lib/summary/receivables-view';
import { quiet } from './styles';
import { counted, money } from './wording';

/** The clients owing most in one currency, with how many bills and since when. */
export function TopClients({ receivables }: { receivables: CurrencyReceivables }) {
  // Below the totals: rendered just after them, so the totals paint without waiting for this list.
  const clients = useDeferredValue(receivables.topClients, []);
  if (clients.length === 0) return null;
  const headingId = `top-clients-${receivables.currencyCode}`;
  return (
    <div className="grid gap-1">
      <h3 id={headingId} className="text-sm font-medium">
        Who owes most
      </h3>
      <ol aria-labelledby={headingId} className="grid gap-1">
        {clients.map((client) => (
          <li key={client.clientId ?? 'none'} data-client-id={client.clientId ?? ''} className="grid">
            <span className="flex items-baseline justify-between gap-2">
              {/* Isolated, so a name written right to left cannot reorder the figures beside it. */}
              <bdi data-name className="truncate" title={client.name ?? undefined}>
                {client.name ?? 'No client'}
              </bdi>
              <span data-value className="font-medium tabular-nums whitespace-nowrap">
                {money(client.outstanding, receivables.currencyCode)}
              </span>
            </span>
            <span data-detail className={`text-xs ${quiet}`}>
              {counted(client.unpaidBills, 'unpaid bill')}
              {client.oldestDueAt && `, oldest due ${formatDate(client.oldestDueAt)}`}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
