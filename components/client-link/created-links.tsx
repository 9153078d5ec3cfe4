import { t } from '@/lib/i18n/text';
import { formatMoney, type MinorUnits } from '@/lib/money';
import type { CreatedLinksView } from '@/lib/payment-links/messages';
import { LinkActions } from '../payment-link/link-actions';

/** The links just made, labelled by what they pay, ready to copy into a message to the client. */
export function CreatedLinks({ created }: { created: CreatedLinksView }) {
  return (
    <section aria-labelledby="created-links" className="grid gap-3">
      <h2 id="created-links" className="text-base font-semibold" role="status">
        {t('client_link.made', { count: created.links.length })}
      </h2>
      <ul className="grid gap-3">
        {created.links.map((link) => (
          <li key={link.id} data-link-id={link.id} data-purpose={link.purpose} className="grid gap-1">
            <span className="font-medium">
              {t('client_link.made_link', {
                purpose: t('links.purpose', { purpose: link.purpose }),
                amount: formatMoney(link.amount as MinorUnits, link.currencyCode),
                account: link.account.name,
              })}
            </span>
            {link.url && (
              <code data-field="url" className="break-all text-xs">
                {link.url}
              </code>
            )}
            <LinkActions url={link.url} linkId={link.id} active />
          </li>
        ))}
      </ul>
    </section>
  );
}
