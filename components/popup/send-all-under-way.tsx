import { t } from '@/lib/i18n/text';
import { buttonClass } from '../button-class';
import { RunProgress } from '../mailing/run-progress';
import { useMailingState } from '../mailing/use-review';
import { openWorkspace } from './open-workspace';

const plainButton = `${buttonClass} justify-self-start border border-slate-300 dark:border-slate-600`;

/** A Send all being sent or paused, followed live; the workspace shows it whole. */
export function SendAllUnderWay() {
  const mailing = useMailingState();
  if (!mailing?.progress || (mailing.state !== 'sending' && mailing.state !== 'paused')) return null;
  return (
    <section
      aria-label={t('popup.send_all')}
      className="grid gap-1 rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      <RunProgress state={mailing.state} pausedBecause={mailing.pausedBecause} progress={mailing.progress} />
      <button type="button" className={plainButton} onClick={() => openWorkspace('review')}>
        {t('popup.open_send_all')}
      </button>
    </section>
  );
}
