import { z } from 'zod';
import { toMinorUnits } from '../money';

/** Clio money: a JSON number, kept as integer minor units from here on. */
const money = z.number().transform(toMinorUnits);

const currency = z.object({ id: z.number(), code: z.string().length(3), sign: z.string() });

export const billStates = [
  'draft',
  'awaiting_approval',
  'awaiting_payment',
  'paid',
  'void',
  'deleted',
] as const;

export const clioBill = z.object({
  id: z.number().int().positive(),
  etag: z.string(),
  number: z.string(),
  state: z.enum(billStates),
  kind: z.string(),
  issued_at: z.string().nullable(),
  due_at: z.string().nullable(),
  updated_at: z.string(),
  total: money,
  paid: money,
  balance: money,
  pending: money,
  shared: z.boolean(),
  last_sent_at: z.string().nullable(),
  currency,
  client: z.object({ id: z.number(), name: z.string() }).nullable(),
});
export type ClioBill = z.output<typeof clioBill>;

export const clioUser = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  email: z.string(),
});
export type ClioUser = z.output<typeof clioUser>;

export const oauthTokens = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string(),
});
export type OAuthTokens = z.output<typeof oauthTokens>;
