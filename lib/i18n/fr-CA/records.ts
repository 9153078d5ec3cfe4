import type { recordsText as english } from '../en/records';

/** Why a record Clio sent was set aside (the field, and what was wrong with it), in Canadian French. */
export const recordsText: Record<keyof typeof english, string> = {
  'records.wrong_type': '{field}\u00a0: Clio a envoyé autre chose que le type attendu ({expected})',
  'records.not_as_documented': '{field}\u00a0: non conforme à la documentation de Clio',
  'records.unsafe_amount': '{field}\u00a0: {amount} dépasse ce que Remit peut compter avec exactitude',
  'records.bill_unsafe_amount':
    'Clio a envoyé la facture {bill} avec {amount}, un montant que Remit ne peut pas compter avec exactitude.',
  'records.amount_without_currency': '{field}\u00a0: un montant sans devise',
};
