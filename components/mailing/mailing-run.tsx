import { useState } from 'react';
import { sayError } from '@/lib/error-text';
import { t } from '@/lib/i18n/text';
import type { MailingView } from '@/lib/mailing/messages';
import { sendMessage } from '@/lib/send-message';
import { buttonClass } from '../button-class';
import { quiet } from '../popup/styles';
import { counting } from '../popup/wording';
import { RunProgress } from './run-progress';
import { sendStatus } from './send-status';

const plainButton = `${buttonClass} border border-slate-300 dark:border-slate-600`;
const primaryButton = `${buttonClass} bg-blue-700 text-white`;

type RunAction =
  | 'sendAll'
  | 'pauseMailing'
  | 'resumeMailing'
  | 'cancelMailing'
  | 'sendFailedAgain'
  | 'discardReview';

/**
 * Send all, then the run as it goes: how many bills are sent, confirmed, failed, skipped and left,
 * Pause, Resume and Cancel, and once it ends, what was not sent and why.
 */
export function MailingRun({ mailing, onClosed }: { mailing: MailingView; onClosed: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (action: RunAction) => {
    try {
      await sendMessage(action, { mailingId: mailing.mailingId });
      setProblem(null);
      if (action === 'discardReview') onClosed();
    } catch (error) {
      setProblem(sayError(error, 'mailing.not_saved'));
    }
  };
  const { progress, state } = mailing;
  const bills = mailing.envelopes.flatMap((envelope) =>
    envelope.bills.map((bill) => ({ ...bill, client: envelope.clientName ?? t('collections.no_client') })),
  );

  return (
    <section aria-label={t('mailing.run')} className="grid gap-2">
      {state === 'review' || progress === null ? (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={primaryButton}
            disabled={bills.length === 0}
            onClick={() => act('sendAll')}
          >
            {t('mailing.send_all', counting(bills.length))}
          </button>
          <p className={quiet}>{t('mailing.send_all_explained')}</p>
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <RunProgress state={state} pausedBecause={mailing.pausedBecause} progress={progress} />
            {(state === 'sending' || state === 'paused') && (
              // One button that turns from Pause to Resume and back: the focus stays on it.
              <button
                type="button"
                className={state === 'sending' ? plainButton : primaryButton}
                onClick={() => act(state === 'sending' ? 'pauseMailing' : 'resumeMailing')}
              >
                {t(state === 'sending' ? 'mailing.pause' : 'mailing.resume')}
              </button>
            )}
            {(state === 'sending' || state === 'paused') && (
              <button type="button" className={plainButton} onClick={() => act('cancelMailing')}>
                {t('mailing.cancel')}
              </button>
            )}
            {state !== 'sending' && progress.failed > 0 && (
              <button type="button" className={plainButton} onClick={() => act('sendFailedAgain')}>
                {t('mailing.send_failed_again')}
              </button>
            )}
            {(state === 'done' || state === 'cancelled') && (
              <button type="button" className={plainButton} onClick={() => act('discardReview')}>
                {t('mailing.close_report')}
              </button>
            )}
          </div>
          <NotSent bills={bills} />
        </>
      )}
      {problem && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {problem}
        </p>
      )}
    </section>
  );
}

/** The bills that did not go, each with why: the report a clerk acts on. */
function NotSent({
  bills,
}: {
  bills: (MailingView['envelopes'][number]['bills'][number] & { client: string })[];
}) {
  const notSent = bills.filter(
    (bill) => bill.sending?.state === 'failed' || bill.sending?.state === 'skipped',
  );
  if (notSent.length === 0) return null;
  return (
    <div className="grid gap-1">
      <h3 className="font-medium">{t('mailing.not_sent_heading')}</h3>
      <ul aria-label={t('mailing.not_sent_heading')} className="grid gap-0.5">
        {notSent.map((bill) => (
          <li key={bill.id} data-bill={bill.id}>
            {t('mailing.report_line', {
              number: bill.number,
              client: bill.client,
              status: bill.sending ? sendStatus(bill.sending) : '',
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
