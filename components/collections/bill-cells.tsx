import { TextWithNames } from '@/components/text-with-names';
import type { BillRow } from '@/lib/collections/bill-row';
import type { BillColumn } from '@/lib/collections/bill-sort';
import type { LastAction } from '@/lib/collections/last-action';
import { formatCount, formatDate, localIsoDate } from '@/lib/format';
import { t } from '@/lib/i18n/text';
import { stepName } from '@/lib/reminders/step-name';
import { money } from '../popup/wording';

/** What one cell of a bill's row shows. Names stay isolated text, whatever characters they hold. */
export function BillCell({ bill, column }: { bill: BillRow; column: BillColumn }) {
  switch (column) {
    case 'number':
      return (
        <>
          {bill.number}
          {bill.trust && (
            <span className="ml-2 rounded bg-slate-200 px-1 text-xs dark:bg-slate-700">
              {t('collections.trust_request')}
            </span>
          )}
        </>
      );
    case 'client':
      return <bdi title={bill.clientName ?? undefined}>{bill.clientName ?? t('collections.no_client')}</bdi>;
    case 'matter': {
      if (bill.matter === null) return null;
      if (bill.otherMatters === 0) return <bdi title={bill.matter}>{bill.matter}</bdi>;
      const values = { matter: bill.matter, count: bill.otherMatters };
      return (
        <bdi title={t('collections.more_matters', values)}>
          <TextWithNames id="collections.more_matters" values={values} />
        </bdi>
      );
    }
    case 'issued':
      return bill.issuedAt && formatDate(bill.issuedAt);
    case 'due':
      return bill.dueAt && formatDate(bill.dueAt);
    case 'days_overdue':
      return bill.daysOverdue === null ? null : formatCount(bill.daysOverdue);
    case 'total':
      return money(bill.total, bill.currencyCode);
    case 'outstanding':
      return money(bill.outstanding, bill.currencyCode);
    case 'paid':
      return money(bill.paid, bill.currencyCode);
    case 'portal':
      return t(bill.shared ? 'collections.shared' : 'collections.not_shared');
    case 'last_sent':
      return bill.lastSentAt === null
        ? t('collections.never_sent')
        : formatDate(localIsoDate(new Date(bill.lastSentAt)));
    case 'last_action':
      return bill.lastAction && lastActionWords(bill.lastAction);
  }
}

/** Remit's last action on the bill, and the day it was taken where the user is; a reminder says its step. */
function lastActionWords(action: LastAction): string {
  const words = actionWords(action);
  return action.reminderDays === null
    ? words
    : t('collections.action_reminder', { step: stepName(action.reminderDays), action: words });
}

function actionWords(action: LastAction): string {
  const date = formatDate(localIsoDate(new Date(action.at)));
  if (action.kind === 'link') return t('collections.action_link', { date });
  switch (action.sendState) {
    case 'queued':
    case 'in_dialog':
      return t('collections.action_sending');
    case 'confirmed':
      return t('collections.action_sent', { date });
    case 'failed':
      return t('collections.action_not_sent', { date });
    default:
      return t('collections.action_sent_unconfirmed', { date });
  }
}
