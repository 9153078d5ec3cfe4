import { z } from 'zod';
import { billView } from '../bills/bill-view';
import { clioPaymentsPaymentStates } from '../clio/schemas';
import { linkRequestStates } from '../db/records/link-request';
import { textSchema } from '../i18n/text-schema';
import { billRequest, defineMessage } from '../messaging/define';

export const paymentLinkStates = ['active', 'used', 'expired'] as const;

/** Everything the bill page panel shows, and how fresh it is. */
export const billPanel = z.object({
  bill: billView,
  allocations: z.array(
    z.object({
      id: z.number(),
      date: z.string(),
      amount: z.number().int(),
      paymentType: z.string().nullable(),
      source: z.enum(['payment', 'credit', 'other']),
    }),
  ),
  /**
   * Payments applied to this bill that Clio voided since (refunded, charged back, reversed): never
   * counted as paid, listed apart.
   */
  reversed: z.array(
    z.object({ id: z.number(), date: z.string(), amount: z.number().int(), voidedOn: z.string() }),
  ),
  /** Payments applied to this bill that Clio sent in a form Remit could not read, and why. */
  setAside: z.array(z.object({ recordId: z.number().nullable(), reason: textSchema })),
  /** This bill's own Clio Payments links, newest first. */
  links: z.array(
    z.object({
      id: z.number(),
      /** Null when Clio sent no payment page, or one that is not on Clio's own https host. */
      url: z.string().nullable(),
      state: z.enum(paymentLinkStates),
      amount: z.number().int().nullable(),
      expiresAt: z.string().nullable(),
    }),
  ),
  /**
   * Payments made through Clio Payments towards this bill, by its own link or its client's: each
   * whole, in its own currency, with how many bills it paid (a client's link pays several).
   */
  onlinePayments: z.array(
    z.object({
      id: z.number(),
      amount: z.number().int().nullable(),
      currencyCode: z.string().nullable(),
      bills: z.number().int(),
      state: z.enum(clioPaymentsPaymentStates),
      createdAt: z.string().nullable(),
    }),
  ),
  /** The last link asked for this bill, while it is being made or when it could not be made. */
  linkRequest: z
    .object({ state: z.enum(linkRequestStates).exclude(['created']), detail: textSchema.nullable() })
    .nullable(),
  /** When Clio last confirmed these figures; null when they come from the cache only. */
  checkedAt: z.number().nullable(),
  /** Why the figures could not be checked with Clio just now (offline, signed out…), if so. */
  problem: z.object({ code: z.string(), text: textSchema }).nullable(),
});
export type BillPanel = z.infer<typeof billPanel>;

export const billPanelMessages = {
  /** The panel as cached, at once; null when this bill is not cached. */
  getCachedBillPanel: defineMessage('both', billRequest, billPanel.nullable()),
  /** The panel checked with Clio (If-None-Match), falling back to the cache with the problem named. */
  refreshBillPanel: defineMessage('both', billRequest, billPanel),
};
