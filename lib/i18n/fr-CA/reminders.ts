import type { remindersText as english } from '../en/reminders';

/** Reminders on a due-date cadence, in Canadian French. */
export const remindersText: Record<keyof typeof english, string> = {
  'reminders.default_subject_before':
    'Rappel\u00a0: factures {bill_numbers} à payer d’ici le {oldest_due_date}',
  'reminders.default_message_before':
    'Bonjour {client},\n\nNous vous rappelons que les factures {bill_numbers}, pour un montant de {total_outstanding}, viennent à échéance le {oldest_due_date}. Vous pouvez les consulter et les payer dans le portail client.\n\nMerci.',
  'reminders.default_subject_due': 'Factures {bill_numbers}\u00a0: échéance aujourd’hui',
  'reminders.default_message_due':
    'Bonjour {client},\n\nLes factures {bill_numbers}, pour un montant de {total_outstanding}, viennent à échéance aujourd’hui. Vous pouvez les consulter et les payer dans le portail client.\n\nMerci.',
  'reminders.default_subject_after': 'En souffrance\u00a0: factures {bill_numbers}',
  'reminders.default_message_after':
    'Bonjour {client},\n\nSelon nos dossiers, un solde de {total_outstanding} demeure impayé sur les factures {bill_numbers}, échues depuis le {oldest_due_date}. Si vous avez déjà payé, merci, et veuillez ne pas tenir compte de ce rappel. Vous pouvez les consulter et les payer dans le portail client.\n\nMerci.',
  'reminders.step_before': '{days, plural, one {# jour} other {# jours}} avant l’échéance',
  'reminders.step_due': 'Le jour de l’échéance',
  'reminders.step_after': '{days, plural, one {# jour} other {# jours}} après l’échéance',
  'reminders.notice_title':
    '{count, plural, one {# rappel à envoyer\u00a0: réviser et envoyer} other {# rappels à envoyer\u00a0: réviser et envoyer}}',
  'reminders.notice_message':
    'Des factures ont atteint aujourd’hui une étape de vos rappels. Révisez-les dans l’espace de travail de Remit, puis Tout envoyer.',
  'reminders.no_client':
    'Cette facture n’a pas de client dans Clio\u00a0: personne à qui envoyer un rappel ou non.',
};
