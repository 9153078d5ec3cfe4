import { type MouseEvent, useId, useMemo, useState } from 'react';
import { TextWithNames } from '@/components/text-with-names';
import { sayError } from '@/lib/error-text';
import { addDays, formatDate, localIsoDate } from '@/lib/format';
import type { Language } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/text';
import { envelopeValues, fillEnvelopeSubject, fillEnvelopeText } from '@/lib/mailing/envelope-text';
import { goesToClio } from '@/lib/mailing/envelope-warnings';
import type { EnvelopeChange, EnvelopeView } from '@/lib/mailing/messages';
import { stepName } from '@/lib/reminders/step-name';
import { sendMessage } from '@/lib/send-message';
import { envelopePlaceholders, placeholdersAsWritten } from '@/lib/settings/settings-schema';
import { buttonClass } from '../button-class';
import { field } from '../collections/styles';
import { quiet } from '../popup/styles';
import { counting, money } from '../popup/wording';
import { DialogPreview } from './dialog-preview';
import { linkWarnings, PaymentLinkChoice } from './payment-link-choice';
import { sendStatus } from './send-status';
import { useSavedText } from './use-saved-text';

const plainButton = `${buttonClass} border border-slate-300 dark:border-slate-600`;
const warningText = 'text-amber-900 dark:text-amber-200';
/** How long a reminder left out of a review waits. */
const SNOOZE_DAYS = 7;

/**
 * One client's envelope: its bills and what they add up to, how it reaches the client, and the
 * subject and message it goes with. Closed, it is one line; opened, everything in it can be changed.
 */
export function EnvelopeCard({
  envelope,
  editable,
  clientLanguage,
}: {
  envelope: EnvelopeView;
  editable: boolean;
  /** What the envelope's text is filled in, as it will be sent. */
  clientLanguage: Language;
}) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const bodyId = useId();
  // The header adds up every bill listed; the text is filled as it will be sent, with the bills that go.
  const outstanding = useMemo(
    () => envelopeValues(envelope.clientName, envelope.bills, clientLanguage).total_outstanding,
    [envelope, clientLanguage],
  );
  const values = useMemo(
    () => ({
      ...envelopeValues(envelope.clientName, envelope.bills.filter(goesToClio), clientLanguage),
      payment_link: envelope.paymentLink ? t('mailing.payment_link_stand_in') : '',
    }),
    [envelope, clientLanguage],
  );
  const warnings =
    envelope.warnings.length +
    envelope.bills.filter((bill) => bill.warning).length +
    // Shown with the link's choice, which only a review still being edited has.
    (editable ? linkWarnings(envelope).length : 0);
  const client = envelope.clientName ?? t('collections.no_client');

  const change = async (fields: Omit<EnvelopeChange, 'envelopeId'>) => {
    try {
      await sendMessage('changeEnvelope', { envelopeId: envelope.id, ...fields });
      setProblem(null);
    } catch (error) {
      setProblem(sayError(error, 'mailing.not_saved'));
    }
  };
  const leaveOutEnvelope = (event: MouseEvent<HTMLButtonElement>) => {
    moveFocusFrom(
      event.currentTarget.closest('section'),
      'button[aria-expanded]',
      document.getElementById('review-heading'),
    );
    void leaveOut();
  };
  const leaveOut = async (billId?: number, snoozeUntil?: string) => {
    try {
      if (billId !== undefined && snoozeUntil !== undefined)
        await sendMessage('holdReminders', { billId, snoozeUntil });
      await sendMessage('leaveOut', { envelopeId: envelope.id, billId });
    } catch (error) {
      setProblem(sayError(error, 'mailing.not_saved'));
    }
  };

  return (
    <section
      aria-label={t('mailing.envelope_for', { client })}
      data-envelope={envelope.clientId ?? ''}
      className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
          className={`${buttonClass} text-left font-semibold`}
        >
          {client}
        </button>
        <span data-figure="bills">{t('mailing.bill_count', counting(envelope.bills.length))}</span>
        <span data-figure="outstanding" className="tabular-nums">
          {t('mailing.outstanding', { amount: outstanding })}
        </span>
        <span className={quiet}>{channelWords(envelope)}</span>
        {warnings > 0 && (
          <span className={warningText}>{t('mailing.warning_count', counting(warnings))}</span>
        )}
        {editable && (
          <button type="button" className={`${plainButton} ml-auto`} onClick={leaveOutEnvelope}>
            <TextWithNames id="mailing.leave_out_envelope" values={{ client }} />
          </button>
        )}
      </div>
      {problem && (
        <p role="alert" className="mt-2 text-red-800 dark:text-red-300">
          {problem}
        </p>
      )}
      {open && (
        <div id={bodyId} className="mt-3 grid gap-3">
          <EnvelopeWarnings envelope={envelope} />
          <EnvelopeBills envelope={envelope} onLeaveOut={editable ? leaveOut : undefined} />
          {editable && <ChannelChoice envelope={envelope} onChange={change} />}
          {editable && <PaymentLinkChoice envelope={envelope} onChange={change} />}
          {editable && <EnvelopeTexts envelope={envelope} onChange={change} />}
          <DialogPreview
            envelope={envelope}
            subject={fillEnvelopeSubject(envelope.subject, values)}
            message={fillEnvelopeText(envelope.message, values)}
          />
        </div>
      )}
    </section>
  );
}

function channelWords(envelope: EnvelopeView): string {
  if (envelope.portal && envelope.email) return t('mailing.by_portal_and_email');
  if (envelope.portal) return t('mailing.by_portal');
  if (envelope.email) return t('mailing.by_email');
  return t('mailing.by_nothing');
}

function EnvelopeWarnings({ envelope }: { envelope: EnvelopeView }) {
  if (envelope.warnings.length === 0 && envelope.goneBills === 0) return null;
  return (
    <ul aria-label={t('mailing.warnings')} className={`grid gap-1 ${warningText}`}>
      {envelope.warnings.map((warning) => (
        <li key={warning}>{t(warning)}</li>
      ))}
      {envelope.goneBills > 0 && <li>{t('mailing.bills_gone', counting(envelope.goneBills))}</li>}
    </ul>
  );
}

function EnvelopeBills({
  envelope,
  onLeaveOut,
}: {
  envelope: EnvelopeView;
  /** Absent once the envelope is being sent: nothing can be left out any more. */
  onLeaveOut?: (billId: number, snoozeUntil?: string) => void;
}) {
  const sending = envelope.bills.some((bill) => bill.sending !== null);
  return (
    <table className="w-full text-left">
      <caption className="sr-only">
        <TextWithNames
          id="mailing.bills_of"
          values={{ client: envelope.clientName ?? t('collections.no_client') }}
        />
      </caption>
      <thead className={quiet}>
        <tr>
          <th className="px-2 font-medium">{t('collections.column_number')}</th>
          <th className="px-2 font-medium">{t('collections.column_due')}</th>
          <th className="px-2 text-right font-medium">{t('collections.column_outstanding')}</th>
          <th className="px-2 font-medium">{t('mailing.column_note')}</th>
          {sending && <th className="px-2 font-medium">{t('mailing.column_status')}</th>}
          {onLeaveOut && (
            <th className="px-2">
              <span className="sr-only">{t('mailing.column_leave_out')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {envelope.bills.map((bill) => (
          <tr key={bill.id} data-bill={bill.id}>
            <td className="px-2">
              {bill.number}
              {bill.trust && <span className={`ml-2 ${quiet}`}>{t('collections.trust_request')}</span>}
            </td>
            <td className="px-2">{bill.dueAt ? formatDate(bill.dueAt) : t('settings.due_on_receipt')}</td>
            <td className="px-2 text-right tabular-nums">{money(bill.balance, bill.currencyCode)}</td>
            <td className="px-2">
              {bill.reminder && (
                <span data-field="reminder-step" className="block">
                  {t('mailing.reminder_at', { step: stepName(bill.reminder.stepDays) })}
                </span>
              )}
              {bill.warning && <span className={warningText}>{t(bill.warning)}</span>}
            </td>
            {sending && (
              <td data-field="send-status" className="px-2">
                {bill.sending && sendStatus(bill.sending)}
              </td>
            )}
            {onLeaveOut && (
              <td className="px-2 text-right whitespace-nowrap">
                {/* A reminder not to send now can wait: left out and not reminded for a week. */}
                {bill.reminder && (
                  <button
                    type="button"
                    className={`${plainButton} mr-2`}
                    onClick={(event) => {
                      leaveRow(event.currentTarget);
                      onLeaveOut(bill.id, addDays(localIsoDate(), SNOOZE_DAYS));
                    }}
                  >
                    <TextWithNames
                      id="mailing.snooze_bill"
                      values={{ number: bill.number, days: SNOOZE_DAYS }}
                    />
                  </button>
                )}
                <button
                  type="button"
                  className={plainButton}
                  onClick={(event) => {
                    leaveRow(event.currentTarget);
                    onLeaveOut(bill.id);
                  }}
                >
                  <TextWithNames id="mailing.leave_out_bill" values={{ number: bill.number }} />
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The row is going: focus moves to the next row's button, or the envelope's header. */
function leaveRow(button: HTMLElement): void {
  const row = button.closest('tr');
  const header = row?.closest('section')?.querySelector<HTMLElement>('button[aria-expanded]');
  moveFocusFrom(row, 'button', header);
}

function ChannelChoice({
  envelope,
  onChange,
}: {
  envelope: EnvelopeView;
  onChange: (fields: Omit<EnvelopeChange, 'envelopeId'>) => void;
}) {
  return (
    <fieldset className="flex flex-wrap gap-4">
      <legend className="font-medium">{t('mailing.channel')}</legend>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={envelope.portal}
          onChange={(event) => onChange({ portal: event.target.checked })}
        />
        {t('mailing.channel_portal')}
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={envelope.email}
          onChange={(event) => onChange({ email: event.target.checked })}
        />
        {envelope.emailAddress
          ? t('mailing.channel_email_to', { address: envelope.emailAddress })
          : t('mailing.channel_email')}
      </label>
    </fieldset>
  );
}

function EnvelopeTexts({
  envelope,
  onChange,
}: {
  envelope: EnvelopeView;
  onChange: (fields: Omit<EnvelopeChange, 'envelopeId'>) => Promise<void>;
}) {
  const subject = useSavedText(envelope.subject, (text) => onChange({ subject: text }));
  const message = useSavedText(envelope.message, (text) => onChange({ message: text }));
  const ids = { subject: useId(), message: useId() };
  return (
    <div className="grid gap-2">
      <p className={quiet}>{t('mailing.placeholders_hint', placeholdersAsWritten(envelopePlaceholders))}</p>
      <label htmlFor={ids.subject} className="grid gap-1">
        <span className="font-medium">{t('mailing.subject')}</span>
        <input
          id={ids.subject}
          maxLength={500}
          className={field}
          value={subject.value}
          onFocus={subject.onFocus}
          onBlur={subject.onBlur}
          onChange={(event) => subject.onChange(event.target.value)}
        />
      </label>
      <label htmlFor={ids.message} className="grid gap-1">
        <span className="font-medium">{t('mailing.message')}</span>
        <textarea
          id={ids.message}
          rows={6}
          maxLength={5000}
          className={field}
          value={message.value}
          onFocus={message.onFocus}
          onBlur={message.onBlur}
          onChange={(event) => message.onChange(event.target.value)}
        />
      </label>
    </div>
  );
}

/**
 * Focus for a control whose item is about to be left out: the same control of the next item, else
 * of the previous one, else `fallback`, so a keyboard user is never dropped at the top of the page.
 */
function moveFocusFrom(
  item: Element | null,
  control: string,
  fallback: HTMLElement | null | undefined,
): void {
  const neighbour = item?.nextElementSibling ?? item?.previousElementSibling;
  (neighbour?.querySelector<HTMLElement>(control) ?? fallback)?.focus();
}
