/** Records as the sandbox stores them: Clio's names for scalars, integer cents for money. */

export type BillState = 'draft' | 'awaiting_approval' | 'awaiting_payment' | 'paid' | 'void' | 'deleted';
export type BillKind = 'revenue_kind' | 'trust_kind';
export type CurrencyCode = 'USD' | 'CAD';
export type PaymentType = 'card' | 'eCheck' | 'check';
export type ClioPaymentState =
  | 'pending'
  | 'authorized'
  | 'completed'
  | 'voided'
  | 'failed'
  | 'canceled'
  | 'requires_confirmation'
  | 'completed_requiring_allocation';

export interface Versioned {
  id: number;
  etag: string;
  version: number;
  created_at: string;
  updated_at: string;
  /** updated_at at full precision, for updated_since comparisons. */
  updatedMs: number;
}

export interface User extends Versioned {
  first_name: string;
  last_name: string;
  name: string;
  email: string;
  initials: string;
  account_owner: boolean;
  subscription_type: 'Attorney' | 'NonAttorney';
  time_zone: string;
  rate: number;
  roles: string[];
}

export interface Firm {
  id: number;
  name: string;
  etag: string;
  created_at: string;
  updated_at: string;
}

export interface Contact extends Versioned {
  type: 'Person' | 'Company';
  name: string;
  first_name: string | null;
  last_name: string | null;
  primary_email_address: string | null;
  primary_phone_number: string | null;
  is_client: boolean;
  currency: CurrencyCode;
  /** Clio's own automated reminders for this client (shown on its outstanding balance); absent is off. */
  reminders_enabled?: boolean;
}

export interface Matter extends Versioned {
  number: number;
  display_number: string;
  description: string;
  status: 'Pending' | 'Open' | 'Closed';
  clientId: number;
  responsibleAttorneyId: number;
  billing_method: 'flat' | 'contingency' | 'hourly';
  open_date: string;
  currency: CurrencyCode;
}

export interface BankAccount extends Versioned {
  name: string;
  type: 'Operating' | 'Trust';
  currency: CurrencyCode;
  clio_payments_enabled: boolean;
  default_account: boolean;
  account_number: string;
  institution: string;
  balanceCents: number;
  userId: number;
}

export interface Bill extends Versioned {
  number: string;
  state: BillState;
  kind: BillKind;
  type: 'MatterBill' | 'ClientBill';
  clientId: number;
  matterId: number | null;
  userId: number;
  currency: CurrencyCode;
  destinationAccountId: number;
  issued_at: string;
  due_at: string;
  start_at: string;
  end_at: string;
  subject: string;
  memo: string;
  purchase_order: string;
  tax_rate: number;
  secondary_tax_rate: number;
  subTotalCents: number;
  taxCents: number;
  totalCents: number;
  /** Taken off the total: the client is asked to pay what is left (Clio's `due`). */
  discountCents: number;
  paidCents: number;
  creditsCents: number;
  pendingCents: number;
  paid_at: string | null;
  shared: boolean;
  last_sent_at: string | null;
  /** Raw JSON the API renders in place of these fields, as in a malformed record (control endpoint). */
  corrupted?: Record<string, unknown>;
}

/** Where an allocation's money came from: a payment, or a credit note (money nobody paid). */
export interface PaymentParent {
  type: 'Payment' | 'CreditMemo';
  id: number;
}

export interface Allocation extends Versioned {
  date: string;
  amountCents: number;
  /** Null for a credit note. */
  payment_type: PaymentType | null;
  billId: number;
  contactId: number;
  matterId: number | null;
  destinationAccountId: number;
  parent: PaymentParent;
  description: string;
  has_online_payment: boolean;
  voided_at: string | null;
}

export type LinkSubject = { type: 'Bill' | 'Contact' | 'BankAccount'; id: number };

export interface PaymentLink extends Versioned {
  token: string;
  subject: LinkSubject;
  amountCents: number | null;
  currency: CurrencyCode;
  description: string;
  email_address: string | null;
  destinationAccountId: number;
  expires_at: string;
  expiresMs: number;
  createdMs: number;
  is_allocated_as_revenue: boolean;
  destinationContactId: number | null;
  expiredManually: boolean;
  paymentId: number | null;
  /** Set by tests only: the `url` the API answers instead of the payment page. */
  urlOverride?: string;
}

export interface ClioPayment extends Versioned {
  amountCents: number;
  currency: CurrencyCode;
  state: ClioPaymentState;
  confirmation_number: string;
  description: string;
  email_address: string | null;
  contactId: number | null;
  destinationAccountId: number;
  userId: number;
  linkId: number | null;
  allocationIds: number[];
  billIds: number[];
}

export interface SendRecord {
  billId: number;
  portal: boolean;
  email: boolean;
  /** The email's subject as typed into the dialog; null for a send without email. */
  subject: string | null;
  message: string;
  at: string;
}
