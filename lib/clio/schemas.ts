import { z } from 'zod';
import { toMinorUnits } from '../money';

/**
 * What Remit reads of each Clio model. The same schemas build the `fields=` parameter (see fields.ts),
 * so Remit asks Clio for exactly what it validates.
 */

/** Clio money: a JSON number, kept as integer minor units from here on. */
const money = z.number().finite().transform(toMinorUnits);
const optionalMoney = money.nullable().transform((amount) => amount ?? toMinorUnits(0));
const id = z.number().int().positive();
const ref = z.object({ id });
const date = z.iso.date();
const timestamp = z.iso.datetime({ offset: true });
const currencyCode = z.string().regex(/^[A-Z]{3}$/);

export const billStates = [
  'draft',
  'awaiting_approval',
  'awaiting_payment',
  'paid',
  'void',
  'deleted',
] as const;
export type BillState = (typeof billStates)[number];

export const clioBill = z.object({
  id,
  etag: z.string(),
  number: z.string(),
  state: z.enum(billStates),
  kind: z.string(),
  type: z.string(),
  issued_at: date.nullable(),
  due_at: date.nullable(),
  paid_at: timestamp.nullable(),
  updated_at: timestamp,
  total: money,
  due: money,
  paid: money,
  balance: money,
  pending: optionalMoney,
  credits_issued: optionalMoney,
  shared: z.boolean(),
  last_sent_at: timestamp.nullable(),
  currency: z.object({ id, code: currencyCode, sign: z.string() }),
  client: z.object({ id, name: z.string() }).nullable(),
  matters: z
    .array(z.object({ id, display_number: z.string(), description: z.string().nullable() }))
    .nullable(),
});
export type ClioBill = z.output<typeof clioBill>;

export const clioContact = z.object({
  id,
  etag: z.string(),
  name: z.string(),
  type: z.enum(['Person', 'Company']),
  primary_email_address: z.string().nullable(),
  is_client: z.boolean().nullable(),
  updated_at: timestamp,
});
export type ClioContact = z.output<typeof clioContact>;

export const clioMatter = z.object({
  id,
  etag: z.string(),
  display_number: z.string(),
  description: z.string().nullable(),
  status: z.string().nullable(),
  client: ref.nullable(),
  updated_at: timestamp,
});
export type ClioMatter = z.output<typeof clioMatter>;

export const clioUser = z.object({
  id,
  name: z.string(),
  email: z.string(),
  account: z.object({ id, name: z.string() }).nullable(),
});
export type ClioUser = z.output<typeof clioUser>;

export const clioBankAccount = z.object({
  id,
  etag: z.string(),
  name: z.string(),
  type: z.enum(['Operating', 'Trust']),
  currency: currencyCode,
  clio_payments_enabled: z.boolean(),
  default_account: z.boolean().nullable(),
  updated_at: timestamp,
});
export type ClioBankAccount = z.output<typeof clioBankAccount>;

export const clioAllocation = z.object({
  id,
  etag: z.string(),
  date,
  amount: money,
  payment_type: z.string().nullable(),
  voided_at: timestamp.nullable(),
  description: z.string().nullable(),
  bill: ref.nullable(),
  contact: ref.nullable(),
  updated_at: timestamp,
});
export type ClioAllocation = z.output<typeof clioAllocation>;

export const clioPaymentsLink = z.object({
  id,
  etag: z.string(),
  active: z.boolean(),
  amount: money.nullable(),
  currency: currencyCode,
  description: z.string().nullable(),
  url: z.string(),
  expires_at: timestamp,
  created_at: timestamp,
  bill: ref.nullable(),
  contact: ref.nullable(),
  destination_account: ref.nullable(),
});
export type ClioPaymentsLink = z.output<typeof clioPaymentsLink>;

export const clioPaymentsPaymentStates = [
  'pending',
  'authorized',
  'completed',
  'voided',
  'failed',
  'canceled',
  'requires_confirmation',
  'completed_requiring_allocation',
] as const;

export const clioPaymentsPayment = z.object({
  id,
  amount: money,
  currency: currencyCode,
  state: z.enum(clioPaymentsPaymentStates),
  confirmation_number: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
  bills: z.array(ref).nullable(),
  contact: ref.nullable(),
  clio_payments_link: ref.nullable(),
});
export type ClioPaymentsPayment = z.output<typeof clioPaymentsPayment>;

export const oauthTokens = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string(),
});
export type OAuthTokens = z.output<typeof oauthTokens>;

/** One page of an index: Clio's cursor paging gives the next page's full URL, or nothing on the last. */
export const clioPage = z.object({
  data: z.array(z.unknown()),
  meta: z.object({ paging: z.object({ next: z.string().url().optional() }).optional() }).optional(),
});
