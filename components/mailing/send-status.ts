import { t } from '@/lib/i18n/text';
import type { ReviewBill } from '@/lib/mailing/messages';
import { notSent, sendWording } from '@/lib/outbox/send-wording';

/** Where one bill of a run stands, in a clerk's words: the outbox's own words once it has a send. */
export function sendStatus(sending: NonNullable<ReviewBill['sending']>): string {
  switch (sending.state) {
    case 'waiting':
      return t('mailing.status_waiting');
    case 'skipped':
      return t('mailing.status_skipped', { reason: { key: sending.reason ?? 'mailing.bill_gone' } });
    case 'cancelled':
      return t('mailing.status_cancelled');
    case 'failed':
      return sending.send?.state === 'failed' ? sendWording(sending.send).headline : notSent(sending.problem);
    case 'sending':
    case 'sent':
      return sending.send ? sendWording(sending.send).headline : t('send.sending');
  }
}
