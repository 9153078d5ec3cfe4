import { type MessageKey, t } from '@/lib/i18n/text';
import type { MailingProgress, MailingView } from '@/lib/mailing/messages';

const stateWords: Record<Exclude<MailingView['state'], 'review'>, MessageKey> = {
  sending: 'mailing.state_sending',
  paused: 'mailing.state_paused',
  cancelled: 'mailing.state_cancelled',
  done: 'mailing.state_done',
};

/** Where a run stands, in the workspace and the popup alike: its state, then its bills by step. */
export function RunProgress({
  state,
  progress,
}: {
  state: Exclude<MailingView['state'], 'review'>;
  progress: MailingProgress;
}) {
  const { waiting, sending, sent, confirmed, failed, skipped, cancelled } = progress;
  return (
    <>
      <p className="font-semibold">{t(stateWords[state])}</p>
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
