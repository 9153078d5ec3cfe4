import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { buttonClass } from '@/components/button-class';
import type { BillView } from '@/lib/bills/bill-view';
import { isOwed } from '@/lib/bills/owed';
import { t } from '@/lib/i18n/text';
import { messageFor } from '@/lib/outbox/message-template';
import type { SendView } from '@/lib/outbox/messages';
import { sendWording } from '@/lib/outbox/send-wording';
import { whyNotSendable } from '@/lib/outbox/sendable';
import { sendMessage } from '@/lib/send-message';
import { useFocusOnReturn } from './use-focus-on-return';
import { useSend } from './use-send';

/**
 * Send to portal: a short confirm form, then the send's progress as Clio shows it. The control that
 * was pressed stays where it is, and disabled, until the send settles, so a second click never
 * meets a live Send button.
 */
export function SendToPortal({ bill, onSent }: { bill: BillView; onSent: () => void }) {
  const { send, rechecking, error, start, sending } = useSend(bill.id, onSent);
  const [composing, setComposing] = useState(false);
  /** The send this form started: the form stays, disabled, until that one settles. */
  const [started, setStarted] = useState<string | null>(null);
  const [joined, setJoined] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  const opener = useFocusOnReturn();
  const reason = whyNotSendable(bill.state);

  useEffect(() => {
    if (started !== null && send?.id === started && !sending) {
      setComposing(false);
      setStarted(null);
      // The form and its buttons are gone: the keyboard carries on from what the send came to.
      status.current?.focus();
    }
  }, [started, send, sending]);

  return (
    <div className="grid gap-2 border-t border-slate-200 pt-3">
      {reason ? (
        <p data-field="not-sendable" className="text-slate-600">
          {t(reason)}
        </p>
      ) : composing ? (
        <SendForm
          bill={bill}
          sending={sending}
          lastSend={send}
          onCancel={() => {
            opener.closing();
            setComposing(false);
          }}
          onSend={async (request) => {
            // On a refusal the form stays, message and all, with the reason beside it.
            const view = await start(request);
            if (view) setStarted(view.id);
            setJoined(view?.joined ?? false);
          }}
        />
      ) : (
        <button
          ref={opener.opener}
          type="button"
          className={`${buttonClass} justify-self-start bg-blue-700 text-white hover:bg-blue-800`}
          disabled={sending}
          onClick={() => setComposing(true)}
        >
          {sending ? t('bill_panel.send_sending') : t('bill_panel.send_open')}
        </button>
      )}
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
      {joined && (
        <p data-field="joined" className="text-slate-600">
          {t('bill_panel.send_joined')}
        </p>
      )}
      {send && <SendStatus send={send} rechecking={rechecking} focusTarget={status} />}
    </div>
  );
}

function SendStatus({
  send,
  rechecking,
  focusTarget,
}: {
  send: SendView;
  rechecking: boolean;
  focusTarget: RefObject<HTMLDivElement | null>;
}) {
  const { headline, detail } = sendWording(send);
  const tone =
    send.state === 'confirmed'
      ? 'text-green-800'
      : send.state === 'failed' || (send.state === 'unconfirmed' && !send.checking)
        ? 'text-red-800'
        : '';
  return (
    <div data-field="send-status" role="status" tabIndex={-1} ref={focusTarget} className={tone}>
      <p className="font-medium">{headline}</p>
      {detail && <p>{detail}</p>}
      {rechecking && (
        <p data-field="rechecking" className="text-slate-500">
          {t('bill_panel.send_rechecking')}
        </p>
      )}
    </div>
  );
}

function SendForm({
  bill,
  sending,
  lastSend,
  onCancel,
  onSend,
}: {
  bill: BillView;
  sending: boolean;
  lastSend: SendView | null;
  onCancel: () => void;
  onSend: (request: {
    portal: boolean;
    email: boolean;
    message: string;
    sendAgain: boolean;
  }) => Promise<void>;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [portal, setPortal] = useState(true);
  const [email, setEmail] = useState(false);
  const [pressed, setPressed] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const ids = { message: useId(), portal: useId(), email: useId() };
  const settled = !isOwed(bill);
  // The message is filled in once, when the form opens: a refresh of the figures never undoes an edit.
  const opened = useRef(bill);

  useEffect(() => {
    let live = true;
    sendMessage('getSettings', {})
      .then((settings) => {
        if (live) setMessage((current) => current ?? messageFor(settings, opened.current));
      })
      .catch(() => {
        if (live) setMessage((current) => current ?? '');
      })
      .finally(() => field.current?.focus());
    return () => {
      live = false;
    };
  }, []);

  const busy = pressed || sending;
  /** Remit still looks in Clio for the last send: sending now is sending again, knowingly. */
  const lookingForLast = lastSend?.state === 'unconfirmed';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || message === null) return;
    setPressed(true);
    await onSend({ portal, email, message, sendAgain: lookingForLast });
    setPressed(false);
  };

  return (
    <form
      aria-label={t('bill_panel.send_form_label')}
      className="grid gap-2"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      {settled && (
        <p data-field="settled-note" className="rounded-md bg-slate-50 px-2 py-1 text-slate-700">
          {t('bill_panel.send_settled_note')}
        </p>
      )}
      {lookingForLast && (
        <p role="alert" className="text-amber-800">
          {t('bill_panel.send_looking_for_last')}
        </p>
      )}
      <fieldset disabled={busy} className="grid gap-2">
        <label htmlFor={ids.message} className="grid gap-1">
          {t('bill_panel.send_message')}
          <textarea
            id={ids.message}
            ref={field}
            rows={5}
            value={message ?? ''}
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
            {t('bill_panel.send_portal')}
          </label>
          <label htmlFor={ids.email} className="flex items-center gap-1">
            <input
              id={ids.email}
              type="checkbox"
              checked={email}
              onChange={(event) => setEmail(event.target.checked)}
            />
            {t('bill_panel.send_email')}
          </label>
        </div>
      </fieldset>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={busy || message === null || (!portal && !email)}
          className={`${buttonClass} bg-blue-700 text-white hover:bg-blue-800`}
        >
          {busy
            ? t('bill_panel.send_sending')
            : lookingForLast
              ? t('bill_panel.send_again_anyway')
              : t('bill_panel.send')}
        </button>
        <button
          type="button"
          disabled={busy}
          className={`${buttonClass} border border-slate-300`}
          onClick={onCancel}
        >
          {t('bill_panel.send_cancel')}
        </button>
      </div>
    </form>
  );
}
