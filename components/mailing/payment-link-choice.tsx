import { useId } from 'react';
import { say, t } from '@/lib/i18n/text';
import { asksForLink } from '@/lib/mailing/envelope-text';
import type { EnvelopeChange, EnvelopeView } from '@/lib/mailing/messages';
import { placeholdersAsWritten } from '@/lib/settings/settings-schema';
import { LinkPreview } from '../payment-link/link-preview';
import { quiet } from '../popup/styles';

const placeholder = placeholdersAsWritten(['payment_link']);

/** Why the link asked for will not reach the client: none can be made, or the text has no place for it. */
export function linkWarnings(envelope: EnvelopeView): string[] {
  if (!envelope.paymentLink) return [];
  const warnings: string[] = [];
  if (envelope.linkPlan && 'problem' in envelope.linkPlan) warnings.push(say(envelope.linkPlan.problem));
  if (!asksForLink(envelope.subject, envelope.message))
    warnings.push(t('mailing.payment_link_missing', placeholder));
  return warnings;
}

/**
 * Whether a Clio Payments link goes with the envelope and, while it does, what each link will pay
 * in the order Clio applies the money, or why none can be made.
 */
export function PaymentLinkChoice({
  envelope,
  onChange,
}: {
  envelope: EnvelopeView;
  onChange: (fields: Omit<EnvelopeChange, 'envelopeId'>) => void;
}) {
  const explanationId = useId();
  const plan = envelope.linkPlan;
  const links = plan && 'links' in plan ? plan.links : [];
  return (
    <fieldset className="grid gap-2">
      <legend className="font-medium">{t('mailing.payment_link')}</legend>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          aria-describedby={explanationId}
          checked={envelope.paymentLink}
          onChange={(event) => onChange({ paymentLink: event.target.checked })}
        />
        {t('mailing.payment_link_choice')}
      </label>
      <p id={explanationId} className={quiet}>
        {t('mailing.payment_link_explained', placeholder)}
      </p>
      {linkWarnings(envelope).map((warning) => (
        <p key={warning} className="text-amber-900 dark:text-amber-200">
          {warning}
        </p>
      ))}
      {envelope.paymentLink &&
        links.map((link, index) => (
          <LinkPreview
            key={`${link.purpose} ${link.currencyCode}`}
            link={link}
            index={index}
            count={links.length}
            headingLevel={3}
          />
        ))}
    </fieldset>
  );
}
