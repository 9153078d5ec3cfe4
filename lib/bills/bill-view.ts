import { z } from 'zod';
import { billStates } from '../clio/schemas';

/** What a page may know about a bill: figures and status, never anything that authorises a call. */
export const billView = z.object({
  id: z.number().int(),
  number: z.string(),
  state: z.enum(billStates),
  kind: z.string(),
  clientId: z.number().nullable(),
  clientName: z.string().nullable(),
  matterLabel: z.string().nullable(),
  currencyCode: z.string(),
  total: z.number().int(),
  /** What the client was asked to pay: the total less discounts. */
  due: z.number().int(),
  paid: z.number().int(),
  /** Credit notes applied to the bill. */
  creditsIssued: z.number().int(),
  balance: z.number().int(),
  pending: z.number().int(),
  issuedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  shared: z.boolean(),
  lastSentAt: z.string().nullable(),
  fetchedAt: z.number(),
});
export type BillView = z.infer<typeof billView>;
