import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { formatAgo } from '@/lib/format';
import type { BillView, SendView } from '@/lib/messaging/protocol';
import { sendMessage } from '@/lib/messaging/send';
import { renderMessage } from '@/lib/outbox/message-template';
import { whyNotSendable } from '@/lib/outbox/sendable';
import { buttonClass } from '../button-class';
import { useSend } from './use-send';

const progress: Record<SendView['state'], string> = {
  queued: 'Sending through Clio’s Send dialog…',
  in_dialog: 'Sending through Clio’s Send dialog…',
  submitted: 'Sent in Clio; confirming with Clio…',
  confirmed: 'Sent, and confirmed by Clio',
  unconfirmed: 'Send not confirmed',
  failed: 'Not sent',
};

export function SendToPortal({ bill, onSent }: { bill: BillView; onSent: () => void }) {
  const { send, error, start, sending } = useSend(bill.id, onSent);
  const [composing, setComposing] = useState(false);
  const reason = whyNotSendable(bill.state);

  return (
    <div className="grid gap-2 border-t border-slate-200 pt-3">
      {send && <SendStatus send={send} />}
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
      {reason ? (
        <p data-field="not-sendable" className="text-slate-600">
          {reason}
        </p>
      ) : composing ? (
        <SendForm
          bill={bill}
          onCancel={() => setComposing(false)}
          onSend={async (request) => {
            setComposing(false);
            await start(request);
          }}
        />
      ) : (
        <button
          type="button"
          className={`${buttonClass} justify-self-start bg-blue-700 text-white hover:bg-blue-800`}
          disabled={sending}
          onClick={() => setComposing(true)}
        >
          {sending ? 'Sending…' : 'Send to portal…'}
        </button>
      )}
    </div>
  );
}

function SendStatus({ send }: { send: SendView }) {
  const tone =
    send.state === 'confirmed'
      ? 'text-green-800'
      : send.state === 'failed' || send.state === 'unconfirmed'
        ? 'text-red-800'
        : '';
  return (
    <div data-field="send-status" role="status" className={tone}>
      <p className="font-medium">
        {progress[send.state]}
        {send.state === 'confirmed' && ` ${formatAgo(send.updatedAt)}`}
      </p>
      {send.detail && <p>{send.detail}</p>}
    </div>
  );
}

function SendForm({
  bill,
  onCancel,
  onSend,
}: {
  bill: BillView;
  onCancel: () => void;
  onSend: (request: { portal: boolean; email: boolean; message: string }) => Promise<void>;
}) {
  const [message, setMessage] = useState('');
  const [portal, setPortal] = useState(true);
  const [email, setEmail] = useState(false);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const ids = { message: useId(), portal: useId(), email: useId() };

  useEffect(() => {
    sendMessage('getSettings', {})
      .then((settings) => setMessage(renderMessage(settings.messageTemplate, bill)))
      .finally(() => field.current?.focus());
  }, [bill]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    await onSend({ portal, email, message });
  };

  return (
    <form
      aria-label="Send bill"
      className="grid gap-2"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={ids.message} className="grid gap-1">
        Message
        <textarea
          id={ids.message}
          ref={field}
          rows={5}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          className="rounded-md border border-slate-300 p-2"
        />
      </label>
      <div className="flex gap-4">
        <label htmlFor={ids.portal} className="flex items-center gap-1">
          <input
            id={ids.portal}
            type="checkbox"
            checked={portal}
            onChange={(event) => setPortal(event.target.checked)}
          />
          Client portal
        </label>
        <label htmlFor={ids.email} className="flex items-center gap-1">
          <input
            id={ids.email}
            type="checkbox"
            checked={email}
            onChange={(event) => setEmail(event.target.checked)}
          />
          Email
        </label>
      </div>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={busy || (!portal && !email)}
          className={`${buttonClass} bg-blue-700 text-white hover:bg-blue-800`}
        >
          Send
        </button>
        <button type="button" className={`${buttonClass} border border-slate-300`} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
