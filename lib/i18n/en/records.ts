/** Why a record Clio sent was set aside: the field, and what was wrong with it. */
export const recordsText = {
  'records.wrong_type': '{field}: Clio sent something other than a {expected}',
  'records.not_as_documented': '{field}: not as Clio documents it',
  'records.unsafe_amount': '{field}: {amount} is beyond what Remit can count exactly',
  'records.bill_unsafe_amount': 'Clio sent bill {bill} with {amount}, beyond what Remit can count exactly.',
  'records.amount_without_currency': '{field}: an amount without a currency',
} as const;
