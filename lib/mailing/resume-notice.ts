import { browser } from 'wxt/browser';
import { openCollectionsWorkspace } from '../collections/workspace-page';
import { formatCount } from '../format';
import { t } from '../i18n/text';

const NOTICE_PREFIX = 'remit-mailing-';
const RESUME_BUTTON = 0;

/**
 * A run stopped by a restart (the browser's, or Remit's after an update) waits, paused: the user is
 * asked before it goes on, and can look at it first. Staying until answered, so it is not missed.
 */
export async function askToResume(mailingId: string, left: number): Promise<void> {
  const shown = formatCount(left);
  await browser.notifications.create(`${NOTICE_PREFIX}${mailingId}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('mailing.interrupted_title'),
    message: t('mailing.interrupted', { count: left, shown }),
    buttons: [{ title: t('mailing.resume') }, { title: t('mailing.look_first') }],
    requireInteraction: true,
  });
}

/** The run was resumed or cancelled from the workspace: its notice has nothing more to ask. */
export async function clearResumeNotice(mailingId: string): Promise<void> {
  await browser.notifications.clear(`${NOTICE_PREFIX}${mailingId}`);
}

/** Answers the notice: Resume goes on with the run; the notice itself or "Look first" opens it. */
export function followResumeNotices(resume: (mailingId: string) => Promise<void>): void {
  const answer = async (noticeId: string, resuming: boolean) => {
    if (!noticeId.startsWith(NOTICE_PREFIX)) return;
    try {
      await browser.notifications.clear(noticeId);
      if (resuming) await resume(noticeId.slice(NOTICE_PREFIX.length));
      else await openCollectionsWorkspace('review');
    } catch (error) {
      console.error('Remit: the notice was not answered', error);
    }
  };
  browser.notifications.onButtonClicked.addListener((noticeId, button) =>
    answer(noticeId, button === RESUME_BUTTON),
  );
  browser.notifications.onClicked.addListener((noticeId) => answer(noticeId, false));
}
