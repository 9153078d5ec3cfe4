import { useState } from 'react';
import { TextWithNames } from '@/components/text-with-names';
import { sayError } from '@/lib/error-text';
import { t } from '@/lib/i18n/text';
import { useAnswer } from '@/lib/react/use-answer';
import { sendMessage } from '@/lib/send-message';
import { buttonClass } from '../button-class';

/** The clients the firm asked never to remind (from a bill's panel), each to remind again. */
export function QuietClients() {
  const clients = useAnswer('getQuietClients', 'reminders')?.clients ?? [];
  const [problem, setProblem] = useState<string | null>(null);
  if (clients.length === 0 && !problem) return null;
  const remindAgain = async (clientId: number) => {
    try {
      await sendMessage('remindClientAgain', { clientId });
      setProblem(null);
    } catch (error) {
      setProblem(sayError(error, 'bill_panel.reminder_not_saved'));
    }
  };
  return (
    <section aria-label={t('options.quiet_clients')} className="grid gap-1">
      <h4 className="font-medium">{t('options.quiet_clients')}</h4>
      <ul className="grid gap-1">
        {clients.map((client) => (
          <li key={client.clientId} className="flex items-center justify-between gap-2">
            <bdi>{client.name ?? t('collections.no_client')}</bdi>
            <button
              type="button"
              className={`${buttonClass} border border-slate-300`}
              onClick={() => remindAgain(client.clientId)}
            >
              <TextWithNames id="options.remind_again" values={{ client: client.name ?? '' }} />
            </button>
          </li>
        ))}
      </ul>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
