import { type FormEvent, useEffect, useId, useState } from 'react';
import { RemitError } from '@/lib/messaging/remit-error';
import { sendMessage } from '@/lib/messaging/send';
import { buttonClass } from './button-class';

/** The default message sent with a bill; each send can still edit it. */
export function MessageTemplateForm() {
  const [template, setTemplate] = useState<string | undefined>();
  const [note, setNote] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    sendMessage('getSettings', {}).then(
      (settings) => setTemplate(settings.messageTemplate),
      () => setNote('Remit could not read its settings.'),
    );
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (template === undefined) return;
    try {
      const saved = await sendMessage('saveSettings', { messageTemplate: template });
      setTemplate(saved.messageTemplate);
      setNote('Saved.');
    } catch (error) {
      setNote(error instanceof RemitError ? error.message : 'Remit could not save the message.');
    }
  };

  if (template === undefined) return note ? <p role="alert">{note}</p> : null;
  return (
    <form aria-label="Message sent with bills" className="grid gap-2" onSubmit={save}>
      <label htmlFor={id} className="grid gap-1">
        <span className="font-semibold">Message sent with bills</span>
        <span className="text-slate-600 dark:text-slate-300">
          {'{client}'}, {'{bill_number}'}, {'{balance}'} and {'{due_date}'} are filled in for each bill.
        </span>
        <textarea
          id={id}
          rows={6}
          maxLength={5000}
          value={template}
          onChange={(event) => {
            setTemplate(event.target.value);
            setNote(null);
          }}
          className="rounded-md border border-slate-300 p-2"
        />
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className={`${buttonClass} border border-slate-300`}>
          Save message
        </button>
        {note && (
          <p role="status" className="text-slate-600 dark:text-slate-300">
            {note}
          </p>
        )}
      </div>
    </form>
  );
}
