import { useEffect, useRef, useState } from 'react';
import { sayError } from '@/lib/error-text';
import { t } from '@/lib/i18n/text';
import { sendMessage } from '@/lib/send-message';
import { buttonClass } from '../button-class';
import { quiet } from '../popup/styles';
import { counting } from '../popup/wording';
import { EnvelopeCard } from './envelope-card';
import { MailingRun } from './mailing-run';
import { useReview } from './use-review';

const plainButton = `${buttonClass} border border-slate-300 dark:border-slate-600`;

/** The chosen bills as one envelope per client, each to check and change before it goes. */
export function ReviewPage({ onBack }: { onBack: () => void }) {
  const { review, error } = useReview();
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The bills' view and its buttons are gone: keyboard focus starts again at the review's heading.
  useEffect(() => heading.current?.focus(), []);

  const discard = async () => {
    if (!review) return;
    try {
      await sendMessage('discardReview', { mailingId: review.mailingId });
      onBack();
    } catch (failure) {
      setProblem(sayError(failure, 'mailing.not_saved'));
    }
  };

  const bills = review?.envelopes.reduce((sum, envelope) => sum + envelope.bills.length, 0) ?? 0;
  return (
    <section aria-labelledby="review-heading" className="flex min-h-0 flex-1 flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="review-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {t('mailing.heading')}
        </h2>
        {review && (
          <p role="status" data-count="envelopes">
            {t('mailing.summary', {
              envelopes: review.envelopes.length,
              ...counting(bills),
            })}
          </p>
        )}
        <button type="button" className={`${plainButton} ml-auto`} onClick={onBack}>
          {t('mailing.back_to_bills')}
        </button>
        {review?.state === 'review' && (
          <button type="button" className={plainButton} onClick={discard}>
            {t('mailing.discard')}
          </button>
        )}
      </div>
      {(error || problem) && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {error ?? problem}
        </p>
      )}
      {review === undefined && !error && <p className={quiet}>{t('mailing.loading')}</p>}
      {review === null && <p className={quiet}>{t('mailing.none')}</p>}
      {review && <MailingRun mailing={review} onClosed={onBack} />}
      {review && (
        <div className="grid min-h-0 flex-1 content-start gap-2 overflow-auto">
          {review.envelopes.map((envelope) => (
            <EnvelopeCard
              key={envelope.id}
              envelope={envelope}
              editable={review.state === 'review'}
              clientLanguage={review.clientLanguage}
            />
          ))}
        </div>
      )}
    </section>
  );
}
