import { useState } from 'react';
import { clioPageUrl } from '@/lib/clio/safe-url';
import { sayError } from '@/lib/error-text';
import { t } from '@/lib/i18n/text';
import { sendMessage } from '@/lib/send-message';
import { buttonClass } from '../button-class';

const secondary = `${buttonClass} border border-slate-300 bg-white px-2 py-0.5 text-slate-800 hover:bg-slate-50`;

/**
 * Copy and open a link the client pays through; expire it while it is still open. Only an https page
 * on Clio's own host is offered: checked again here, since this is where the address becomes an href.
 */
export function LinkActions({
  url,
  linkId,
  active,
  onExpired,
}: {
  url: string | null;
  linkId: number;
  active: boolean;
  onExpired?: () => void;
}) {
  const safeUrl = clioPageUrl(url);
  const [note, setNote] = useState<{ text: string; problem: boolean } | null>(null);
  const [expiring, setExpiring] = useState(false);
  const [expired, setExpired] = useState(false);

  const copy = (address: string) =>
    navigator.clipboard.writeText(address).then(
      () => setNote({ text: t('payment_link.copied'), problem: false }),
      () => setNote({ text: t('payment_link.copy_refused'), problem: true }),
    );

  const expire = async () => {
    setExpiring(true);
    try {
      await sendMessage('expirePaymentLink', { linkId });
      setExpired(true);
      setNote({ text: t('payment_link.expired'), problem: false });
      onExpired?.();
    } catch (error) {
      setNote({ text: sayError(error, 'payment_link.not_expired'), problem: true });
    } finally {
      setExpiring(false);
    }
  };

  return (
    <span className="flex flex-wrap items-center gap-1">
      {active && !expired && (
        <>
          {safeUrl ? (
            <>
              <button type="button" className={secondary} onClick={() => copy(safeUrl)}>
                {t('payment_link.copy')}
              </button>
              <a className={secondary} href={safeUrl} target="_blank" rel="noopener noreferrer">
                {t('payment_link.open')}
              </a>
            </>
          ) : (
            <span data-field="unsafe-link" className="text-amber-800">
              {t('payment_link.unsafe_address')}
            </span>
          )}
          <button type="button" className={secondary} disabled={expiring} onClick={expire}>
            {t(expiring ? 'payment_link.expiring' : 'payment_link.expire')}
          </button>
        </>
      )}
      {note && (
        <span
          role={note.problem ? 'alert' : 'status'}
          className={note.problem ? 'text-red-800' : 'text-green-800'}
        >
          {note.text}
        </span>
      )}
    </span>
  );
}
