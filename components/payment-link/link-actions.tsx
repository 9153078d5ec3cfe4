import { useState } from 'react';
import { sendMessage } from '@/lib/messaging/send';
import { buttonClass } from '../button-class';

const secondary = `${buttonClass} border border-slate-300 bg-white px-2 py-0.5 text-slate-800 hover:bg-slate-50`;

/** Copy and open a link the client pays through; expire it while it is still open. */
export function LinkActions({
  url,
  linkId,
  active,
  onExpired,
}: {
  url: string;
  linkId: number;
  active: boolean;
  onExpired?: () => void;
}) {
  const [note, setNote] = useState<{ text: string; problem: boolean } | null>(null);
  const [expiring, setExpiring] = useState(false);
  const [expired, setExpired] = useState(false);

  const copy = () =>
    navigator.clipboard.writeText(url).then(
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
          <button type="button" className={secondary} onClick={copy}>
            Copy link
          </button>
          <a className={secondary} href={url} target="_blank" rel="noopener noreferrer">
            Open
          </a>
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
