import { nested, type Resource, scalar } from '../http/render.ts';
import type { BankAccount } from '../state/types.ts';
import { centsToAmount } from '../support/money.ts';
import { currencyId } from './embedded.ts';
import { UserResource } from './user.ts';

export const BankAccountResource: Resource<BankAccount> = {
  name: 'BankAccount',
  defaults: ['id', 'etag'],
  fields: {
    id: scalar((account) => account.id),
    etag: scalar((account) => account.etag),
    account_number: scalar((account) => account.account_number),
    balance: scalar((account) => centsToAmount(account.balanceCents)),
    bank_transactions_count: scalar(() => 0),
    clio_payment_page_link: scalar((account, ctx) =>
      account.clio_payments_enabled ? `${ctx.origin}/clio_payments/accounts/${account.id}` : null,
    ),
    clio_payment_page_qr_code: scalar(() => null),
    clio_payments_enabled: scalar((account) => account.clio_payments_enabled),
    controlled_account: scalar(() => false),
    created_at: scalar((account) => account.created_at),
    updated_at: scalar((account) => account.updated_at),
    currency: scalar((account) => account.currency),
    currency_symbol: scalar(() => '$'),
    currency_id: scalar((account) => currencyId(account.currency)),
    default_account: scalar((account) => account.default_account),
    domicile_branch: scalar(() => null),
    general_ledger_number: scalar(() => null),
    holder: scalar((_account, ctx) => ctx.state.data.firm.name),
    institution: scalar((account) => account.institution),
    name: scalar((account) => account.name),
    swift: scalar(() => null),
    transit_number: scalar(() => null),
    type: scalar((account) => account.type),
    user: nested(
      () => UserResource,
      (account, ctx) => ctx.state.data.users.get(account.userId),
    ),
  },
};
