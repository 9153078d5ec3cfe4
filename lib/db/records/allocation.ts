/** Where the money an allocation applies came from: only a payment is money the client paid. */
export type AllocationSource = 'payment' | 'credit' | 'other';

/** A payment, or a credit note, applied to a bill. */
export class AllocationRecord {
  declare id: number;
  declare etag: string;
  declare billId: number | null;
  declare contactId: number | null;
  declare date: string;
  /** Clio's amount as the decimal it wrote ("12.5"): minor units need the bill's currency. */
  declare amountDecimal: string;
  declare source: AllocationSource;
  declare paymentType: string | null;
  declare voidedAt: string | null;
  declare description: string | null;
  declare updatedAt: string | null;
}
