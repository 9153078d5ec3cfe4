import { z } from 'zod';
import { defineMessage, none } from '../messaging/define';
import { MAX_LINK_DAYS } from './link-duration';

export const plannedLink = z.object({
  purpose: z.enum(['invoices', 'trust']),
  currencyCode: z.string(),
  account: z.object({ id: z.number(), name: z.string() }),
  subject: z.object({ type: z.enum(['Bill', 'Contact']), id: z.number() }),
  amount: z.number().int(),
  billIds: z.array(z.number()),
  settles: z.array(
    z.object({
      billId: z.number(),
      number: z.string(),
      dueAt: z.string().nullable(),
      balance: z.number().int(),
      applied: z.number().int(),
    }),
  ),
  notOldest: z.boolean(),
});

/** The links a selection of one client's bills needs, and what paying each settles. */
export const linkPlan = z.object({
  clientId: z.number(),
  clientName: z.string().nullable(),
  links: z.array(plannedLink),
});
export type LinkPlanView = z.infer<typeof linkPlan>;

export const createdLinks = z.object({
  links: z.array(
    plannedLink.extend({ id: z.number(), url: z.string().nullable(), expiresAt: z.string().nullable() }),
  ),
});
export type CreatedLinksView = z.infer<typeof createdLinks>;

/** A client's bills that a link can pay, oldest due first, for choosing which to put on one. */
export const payableBills = z.object({
  client: z.object({ id: z.number(), name: z.string().nullable() }),
  bills: z.array(
    z.object({
      id: z.number(),
      number: z.string(),
      trust: z.boolean(),
      currencyCode: z.string(),
      balance: z.number().int(),
      dueAt: z.string().nullable(),
    }),
  ),
});
export type PayableBills = z.infer<typeof payableBills>;

const billSelection = z.object({ billIds: z.array(z.number().int().positive()).min(1).max(200) });

export const paymentLinkMessages = {
  /** What links a selection needs, from the cache: shown while the user chooses. */
  planPaymentLinks: defineMessage('both', billSelection, linkPlan),
  /** Makes those links, checked with Clio first: all of them or none. */
  createPaymentLinks: defineMessage(
    'both',
    billSelection.extend({
      amount: z.number().int().positive().optional(),
      durationDays: z.number().int().min(1, 'A link lasts at least one day.').max(MAX_LINK_DAYS),
    }),
    createdLinks,
  ),
  expirePaymentLink: defineMessage('both', z.object({ linkId: z.number().int().positive() }), none),
  getPayableBills: defineMessage(
    'extension',
    z.object({ clientId: z.number().int().positive() }),
    payableBills,
  ),
  /** Opens the page for one link covering several of a client's bills. */
  openClientLink: defineMessage(
    'both',
    z.object({ clientId: z.number().int().positive(), billIds: z.array(z.number().int()).max(200) }),
    none,
  ),
};
