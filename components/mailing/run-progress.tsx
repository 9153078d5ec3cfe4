import { type MessageKey, type Text, t } from '@/lib/i18n/text';
import type { MailingProgress, MailingView } from '@/lib/mailing/messages';

const stateWords: Record<Exclude<MailingView['state'], 'review'>, MessageKey> = {
  sending: 'mailing.state_sending',
  paused: 'mailing.state_paused',
  cancelled: 'mailing.state_cancelled',
  done: 'mailing.state_done',
};

/**
 * Where a run stands, in the workspace and the popup alike: its state (and why, when Remit paused it),
 * then its bills by step.
 */
export function RunProgress({
  state,
  pausedBecause,
  progress,
}: {
  state: Exclude<MailingView['state'], 'review'>;
  pausedBecause: Text | null;
  progress: MailingProgress;
}) {
  const { waiting, sending, sent, confirmed, failed, skipped, cancelled } = progress;
  return (
    <>
      <p className="font-semibold">{t(stateWords[state])}</p>
      {pausedBecause && (
        <p data-field="paused-because" className="text-amber-900 dark:text-amber-200">
          {t('mailing.paused_because', { reason: pausedBecause })}
        </p>
      )}
      <p role="status" data-figure="progress" className="tabular-nums">
        {t('mailing.progress', {
          sent,
          total: waiting + sending + sent + failed + skipped + cancelled,
          confirmed,
          failed,
          skipped,
          left: waiting + sending,
        })}
      </p>
    </>
  );
}
