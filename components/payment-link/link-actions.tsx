import { useState } from 'react';
import { clioPageUrl } from '@/lib/clio/safe-url';
import { sendMessage } from '@/lib/protocol';
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
      () => setNote({ text: 'Link copied', problem: false }),
      () =>
        setNote({
          text: 'The browser did not allow copying; open the link and copy it there.',
          problem: true,
        }),
    );

  const expire = async () => {
    setExpiring(true);
    try {
      await sendMessage('expirePaymentLink', { linkId });
      setExpired(true);
      setNote({ text: 'Link expired', problem: false });
      onExpired?.();
    } catch (error) {
      setNote({ text: error instanceof Error ? error.message : 'The link was not expired.', problem: true });
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
                Copy link
              </button>
              <a className={secondary} href={safeUrl} target="_blank" rel="noopener noreferrer">
                Open
              </a>
            </>
          ) : (
            <span data-field="unsafe-link" className="text-amber-800">
              Clio gave no address on its own site for this link; open it in Clio.
            </span>
          )}
          <button type="button" className={secondary} disabled={expiring} onClick={expire}>
            {expiring ? 'Expiring…' : 'Expire'}
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
