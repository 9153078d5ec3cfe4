import type { settingsText as english } from '../en/settings';

/** Words of the messages a bill is sent with, and what a template may not say, in Canadian French. */
export const settingsText: Record<keyof typeof english, string> = {
  'settings.default_owed_message':
    'Bonjour {client},\n\nNous vous transmettons la facture {bill_number} au montant de {balance} (échéance\u00a0: {due_date}). Vous pouvez la consulter et la régler dans le portail client.\n\nMerci.',
  'settings.default_settled_message':
    'Bonjour {client},\n\nNous vous transmettons, pour vos archives, la facture {bill_number} au montant de {total}, entièrement payée. Aucun paiement n’est requis.\n\nMerci.',
  'settings.default_envelope_subject': 'Factures {bill_numbers} pour {client}',
  'settings.default_envelope_message':
    'Bonjour {client},\n\nNous vous transmettons les factures {bill_numbers}, dont le solde impayé s’élève à {total_outstanding} (échéance la plus ancienne\u00a0: {oldest_due_date}). Vous pouvez les consulter et les régler dans le portail client.\n\nMerci.',
  'settings.client_unnamed': 'client',
  'settings.due_on_receipt': 'sur réception',
  'settings.settled_mentions_owed':
    'Une facture entièrement payée n’a ni solde ni date d’échéance à mentionner\u00a0: retirez {balance} et {due_date}.',
};
