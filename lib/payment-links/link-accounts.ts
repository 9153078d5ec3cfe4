import type { BankAccountRecord } from '../db/records/bank-account';
import { RemitError } from '../errors';

/** Trust money and operating money never share a link: trust requests are paid into trust. */
export type LinkPurpose = 'invoices' | 'trust';

export const purposeOf = (billKind: string): LinkPurpose =>
  billKind === 'trust_kind' ? 'trust' : 'invoices';

/** How each kind of link is named where links are listed. */
const accountTypes = { invoices: 'Operating', trust: 'Trust' } as const;

/**
 * The account a link pays into: Clio Payments turned on, the right kind for the bills, and the
 * bills' currency (Clio refuses a link in another currency than its account's). The firm's default
 * account comes first.
 */
export function accountFor(
  purpose: LinkPurpose,
  currencyCode: string,
  accounts: readonly BankAccountRecord[],
): BankAccountRecord {
  const enabled = accounts.filter((account) => account.clioPaymentsEnabled);
  if (enabled.length === 0) {
    throw new RemitError('not_allowed', 'links.payments_off');
  }
  const type = accountTypes[purpose];
  const ofType = enabled.filter((account) => account.type === type);
  if (ofType.length === 0) {
    throw new RemitError('not_allowed', 'links.no_account', { purpose });
  }
  const [account] = ofType
    .filter((candidate) => candidate.currencyCode === currencyCode)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.id - b.id);
  if (!account) {
    // Currency codes read the same in every language, so a slash lists them without words.
    const accepted = [...new Set(ofType.map((candidate) => candidate.currencyCode))].join(' / ');
    throw new RemitError('not_allowed', 'links.currency_mismatch', {
      currency: currencyCode,
      purpose,
      accepted,
    });
  }
  return account;
}
