import { useId } from 'react';
import { t } from '@/lib/i18n/text';

/** A template's email subject and message, as the options page edits them. */
export function SubjectAndMessage({
  subject,
  message,
  onChange,
}: {
  subject: string;
  message: string;
  onChange: (change: { subject?: string; message?: string }) => void;
}) {
  const ids = { subject: useId(), message: useId() };
  return (
    <>
      <label htmlFor={ids.subject} className="grid gap-1">
        <span className="font-medium">{t('mailing.subject')}</span>
        <input
          id={ids.subject}
          maxLength={500}
          value={subject}
          onChange={(event) => onChange({ subject: event.target.value })}
          className="rounded-md border border-slate-300 px-2 py-1 dark:bg-slate-800"
        />
      </label>
      <label htmlFor={ids.message} className="grid gap-1">
        <span className="font-medium">{t('mailing.message')}</span>
        <textarea
          id={ids.message}
          rows={6}
          maxLength={5000}
          value={message}
          onChange={(event) => onChange({ message: event.target.value })}
          className="rounded-md border border-slate-300 p-2 dark:bg-slate-800"
        />
      </label>
    </>
  );
}
