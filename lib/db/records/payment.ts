import type { ClioPaymentsPaymentState } from '../../clio/schemas';

export class PaymentRecord {
  declare id: number;
  /** None only for a payment that moved no money (failed, canceled, voided) and came without it. */
  declare amount: number | null;
  declare currencyCode: string | null;
  declare state: ClioPaymentsPaymentState;
  declare confirmationNumber: string | null;
  declare createdAt: string | null;
  declare updatedAt: string | null;
  declare billIds: number[];
  declare contactId: number | null;
  declare linkId: number | null;
}
