import { z } from 'zod';
import { defineMessage, none } from '../messaging/define';
import { agingBuckets } from '../summary/aging';

const money = z.number().int();
const daysToPay = z.object({ days: z.number().nullable(), bills: z.number().int(), total: money });

export const insightView = z.object({
  today: z.iso.date(),
  /** Whether the first sync has read the firm's history: until then the figures stand on a part of it. */
  complete: z.boolean(),
  currencies: z.array(
    z.object({
      currencyCode: z.string(),
      daysToPay,
      months: z.array(
        z.object({ month: z.string(), billed: money, received: money, reversed: money, collected: money }),
      ),
      rollForward: z.array(
        z.object({
          bucket: z.enum(agingBuckets),
          opening: money,
          paid: money,
          credited: money,
          reinstated: money,
          movedOut: money,
          movedIn: money,
          added: money,
          closing: money,
        }),
      ),
      /** Owed at the end of each of the last 12 weeks; null before Remit kept any figure. */
      weeks: z.array(z.object({ day: z.iso.date(), outstanding: money.nullable() })),
    }),
  ),
  /** Clients by days to pay over the last 90 days, slowest first, with the 90 days before. */
  clients: z.array(
    z.object({
      clientId: z.number().int(),
      clientName: z.string().nullable(),
      currencyCode: z.string(),
      now: daysToPay,
      before: daysToPay,
    }),
  ),
});
export type InsightView = z.infer<typeof insightView>;

export const insightMessages = {
  /** Every figure of the workspace's insight, worked out from the cache. */
  getInsight: defineMessage('extension', none, insightView),
  /** The popup's key figure: days to pay per currency. */
  getDaysToPay: defineMessage(
    'extension',
    none,
    z.object({ currencies: z.array(z.object({ currencyCode: z.string(), daysToPay })) }),
  ),
};
