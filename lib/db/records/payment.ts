import type { ClioPaymentsPaymentState } from '../../clio/schemas';

export class PaymentRecord {
  declare id: number;
  declare amount: number;
  declare currencyCode: string;
  declare state: ClioPaymentsPaymentState;
  declare confirmationNumber: string | null;
  declare createdAt: string | null;
  declare updatedAt: string | null;
  declare billIds: number[];
  declare contactId: number | null;
  declare linkId: number | null;
}
