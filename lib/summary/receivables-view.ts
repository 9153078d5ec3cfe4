import { z } from 'zod';
import { REGION_IDS } from '../clio/regions';
import { paymentStatesToCheck } from '../db/records/summary';
import { textSchema } from '../i18n/text-schema';
import { agingBuckets } from './aging';
import { paidPeriods } from './paid-periods';

const money = z.number().int();
const count = z.number().int().nonnegative();
const isoDate = z.iso.date();

export const currencyReceivables = z.object({
  currencyCode: z.string(),
  /** Balance of revenue bills awaiting payment. */
  outstanding: money,
  unpaidBills: count,
  /** The part of `outstanding` past its due date. */
  overdue: money,
  overdueBills: count,
  /** Card payments in flight on bills awaiting payment. */
  pending: money,
  pendingBills: count,
  /** Payments applied to revenue bills, not voided, dated within each period up to today. */
  paid: z.record(z.enum(paidPeriods), money),
  aging: z.array(z.object({ bucket: z.enum(agingBuckets), balance: money, bills: count })),
  topClients: z.array(
    z.object({
      clientId: z.number().nullable(),
      name: z.string().nullable(),
      outstanding: money,
      unpaidBills: count,
      oldestDueAt: isoDate.nullable(),
    }),
  ),
  trust: z.object({ outstanding: money, requests: count }),
});
export type CurrencyReceivables = z.infer<typeof currencyReceivables>;

export const attentionReasons = ['never_sent', 'not_shared', 'sent_long_ago'] as const;

const windowed = <T extends z.ZodType>(item: T) => z.object({ total: count, shown: z.array(item) });

/** What the toolbar popup shows, bucketed for `today`. */
export const receivablesView = z.object({
  region: z.enum(REGION_IDS),
  today: isoDate,
  computedAt: z.number(),
  /** False while a first sync reads the history: payments received and the links and payments to check are not yet whole. */
  complete: z.boolean(),
  /** Largest outstanding first. */
  currencies: z.array(currencyReceivables),
  /** Revenue bills past due, in every currency: the toolbar badge. */
  overdueBills: count,
  attention: z.object({
    bills: windowed(
      z.object({
        id: z.number(),
        number: z.string(),
        clientName: z.string().nullable(),
        currencyCode: z.string(),
        balance: money,
        dueAt: isoDate,
        daysOverdue: z.number().int().positive(),
        reason: z.enum(attentionReasons),
        daysSinceSent: z.number().int().nullable(),
        trust: z.boolean(),
      }),
    ),
    links: windowed(
      z.object({
        id: z.number(),
        billId: z.number().nullable(),
        label: textSchema,
        amount: money.nullable(),
        currencyCode: z.string().nullable(),
        expiresAt: z.string(),
      }),
    ),
    payments: windowed(
      z.object({
        id: z.number(),
        billId: z.number().nullable(),
        label: textSchema,
        state: z.enum(paymentStatesToCheck),
        amount: money.nullable(),
        currencyCode: z.string().nullable(),
        createdAt: z.string().nullable(),
      }),
    ),
  }),
});
export type ReceivablesView = z.infer<typeof receivablesView>;
export type AttentionView = ReceivablesView['attention'];
