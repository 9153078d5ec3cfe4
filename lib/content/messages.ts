import { z } from 'zod';
import { defineMessage, none } from '../messaging/define';

/** What the user right-clicked on a Clio page: a bill (its page, or a link to it), or Clio's bills list. */
export const contextTarget = z.object({
  billId: z.number().int().positive().nullable(),
  billsList: z.boolean(),
});
export type ContextTarget = z.infer<typeof contextTarget>;

export const contentMessages = {
  /** From the loader on a Clio page that needs Remit's features: inject them into that frame. */
  loadFeatures: defineMessage('clio', none, none),
  /** Sent as the context menu opens, so it offers only what applies to what was right-clicked. */
  contextTarget: defineMessage('clio', contextTarget, none),
};
