export class PaymentLinkRecord {
  declare id: number;
  declare etag: string;
  declare active: boolean;
  /** Null for a link whose payer chooses the amount; then `currencyCode` may be null too. */
  declare amount: number | null;
  declare currencyCode: string | null;
  declare description: string | null;
  /** Clio's payment page; null when Clio sent none or one that is not Clio's (see clio/safe-url). */
  declare url: string | null;
  declare expiresAt: string | null;
  declare createdAt: string | null;
  declare billId: number | null;
  declare contactId: number | null;
  declare destinationAccountId: number | null;
}
