import { TextWithNames } from '@/components/text-with-names';
import { t } from '@/lib/i18n/text';
import { goesToClio } from '@/lib/mailing/envelope-warnings';
import type { EnvelopeView } from '@/lib/mailing/messages';
import { quiet } from '../popup/styles';

/**
 * Exactly what Remit will put into Clio's Send dialog for each bill of the envelope: which channels
 * it ticks, and the subject and message it types, placeholders filled.
 */
export function DialogPreview({
  envelope,
  subject,
  message,
}: {
  envelope: EnvelopeView;
  subject: string;
  message: string;
}) {
  return (
    <details className="rounded-md bg-slate-50 p-2 dark:bg-slate-800">
      <summary className="cursor-pointer font-medium">{t('mailing.preview')}</summary>
      <ol className="mt-2 grid gap-3">
        {envelope.bills.map((bill) => (
          <li key={bill.id} data-preview={bill.id} className="grid gap-1">
            <p className="font-medium">
              <TextWithNames id="mailing.preview_bill" values={{ number: bill.number }} />
            </p>
            {goesToClio(bill) && envelope.warnings.length === 0 ? (
              <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
                <dt className={quiet}>{t('mailing.channel_portal')}</dt>
                <dd>{t(envelope.portal ? 'mailing.preview_on' : 'mailing.preview_off')}</dd>
                <dt className={quiet}>{t('mailing.channel_email')}</dt>
                <dd>
                  {envelope.email
                    ? t('mailing.preview_email_to', { address: envelope.emailAddress ?? '' })
                    : t('mailing.preview_off')}
                </dd>
                {envelope.email && (
                  <>
                    <dt className={quiet}>{t('mailing.subject')}</dt>
                    <dd data-preview-part="subject">{subject}</dd>
                  </>
                )}
                <dt className={quiet}>{t('mailing.message')}</dt>
                <dd data-preview-part="message" className="whitespace-pre-wrap">
                  {message}
                </dd>
              </dl>
            ) : (
              <p className={quiet}>
                {t('mailing.preview_skipped', { reason: t(bill.warning ?? 'mailing.bill_gone') })}
              </p>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
