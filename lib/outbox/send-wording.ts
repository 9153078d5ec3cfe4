import { describeClioElement } from '../clio/page-elements';
import type { SendProblem } from '../db/records/outbox-entry';
import { formatAgo } from '../format';
import { isolated } from '../i18n/isolated';
import { t } from '../i18n/text';
import type { SendView } from './messages';

/** Why a send was not sent, in a clerk's words; Clio's own words where Clio gave a reason. */
export function notSent(problem: SendProblem | null): string {
  switch (problem?.code) {
    case 'clio_refused':
      return problem.clioMessage
        ? t('send.not_sent_clio_refused', { clioMessage: problem.clioMessage })
        : t('send.not_sent_clio_refused_silently');
    case 'tab_closed':
      return t('send.not_sent_tab_closed');
    case 'page_changed': {
      // The element's own words go into the sentence as a name would.
      const element = problem.element ? describeClioElement(problem.element) : undefined;
      return element ? t('send.not_sent_page_changed', { element }) : t('send.not_sent_page_changed_unnamed');
    }
    case 'send_unavailable':
      return t('send.not_sent_unavailable');
    case 'remit_stopped':
      return t('send.not_sent_remit_stopped');
    case 'link_failed':
      return t('send.not_sent_link_failed', { reason: problem.reason ?? { key: 'links.lost_track' } });
    default:
      return t('send.not_sent');
  }
}

/** The send's state as one line, and a second line where there is more to say. */
export function sendWording(send: SendView): { headline: string; detail: string | null } {
  switch (send.state) {
    case 'queued':
    case 'in_dialog':
      return { headline: t('send.sending'), detail: null };
    case 'pressed':
      return send.submittedAt === null
        ? { headline: t('send.pressed'), detail: null }
        : { headline: t('send.submitted'), detail: null };
    case 'confirmed':
      return { headline: t('send.confirmed', { ago: formatAgo(send.updatedAt) }), detail: null };
    case 'failed':
      return { headline: notSent(send.problem), detail: t('send.send_again') };
    case 'unconfirmed':
      if (send.checking) {
        return { headline: t('send.unconfirmed_checking'), detail: t('send.unconfirmed_checking_detail') };
      }
      return {
        headline: t('send.unconfirmed'),
        detail:
          send.problem?.code === 'check_failed'
            ? t('send.unconfirmed_check_failed', {
                reason: send.problem.reason ?? { key: 'connection.reconnect' },
              })
            : t('send.unconfirmed_not_shown'),
      };
  }
}

/** A notification's words for a send the context menu started, once it settles. */
export function sendNotice(
  billNumber: string,
  send: Pick<SendView, 'state' | 'problem' | 'portal' | 'checking'>,
): { title: string; message: string } {
  const named = { billNumber: isolated(billNumber) };
  switch (send.state) {
    case 'confirmed':
      return {
        title: t('send.notice_sent_title', named),
        message: send.portal ? t('send.notice_sent_portal') : t('send.notice_sent'),
      };
    case 'failed':
      return { title: t('send.notice_not_sent_title', named), message: notSent(send.problem) };
    default:
      return {
        title: t('send.notice_unconfirmed_title', named),
        message: send.checking ? t('send.notice_unconfirmed_checking') : t('send.unconfirmed_not_shown'),
      };
  }
}
