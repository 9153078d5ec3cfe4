import type { RegionId } from '../clio/regions';
import type { BillState, ClioPaymentsPaymentState } from '../clio/schemas';
import type { ReceivablesSummary } from '../summary/receivables-summary';

/**
 * Rows of Remit's cache. Money is integer minor units of the record's currency (an allocation, which
 * carries no currency of its own, keeps Clio's decimal until its bill's currency is known); names of
 * Clio's fields are turned into the camelCase the indexes and queries use. What Clio left out is null.
 */
export class BillRecord {
  declare id: number;
  /** Empty when Clio sent none: the bill is then always fetched in full. */
  declare etag: string;
  declare number: string;
  declare state: BillState;
  declare kind: string;
  declare type: string | null;
  declare clientId: number | null;
  declare clientName: string | null;
  declare matters: { id: number; displayNumber: string; description: string | null }[];
  declare currencyCode: string;
  declare total: number;
  declare due: number;
  declare paid: number;
  declare balance: number;
  declare pending: number;
  declare creditsIssued: number;
  declare issuedAt: string | null;
  declare dueAt: string | null;
  declare paidAt: string | null;
  declare updatedAt: string | null;
  declare shared: boolean;
  declare lastSentAt: string | null;
  declare fetchedAt: number;
}

export class ContactRecord {
  declare id: number;
  declare etag: string;
  declare name: string | null;
  declare type: string | null;
  declare email: string | null;
  declare isClient: boolean;
  declare updatedAt: string | null;
}

export class MatterRecord {
  declare id: number;
  declare etag: string;
  declare displayNumber: string | null;
  declare description: string | null;
  declare status: string | null;
  declare clientId: number | null;
  declare updatedAt: string | null;
}

export class BankAccountRecord {
  declare id: number;
  declare etag: string;
  declare name: string;
  declare type: 'Operating' | 'Trust';
  declare currencyCode: string;
  declare clioPaymentsEnabled: boolean;
  declare isDefault: boolean;
  declare updatedAt: string | null;
}

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

export const syncedResources = [
  'bills',
  'contacts',
  'matters',
  'bankAccounts',
  'allocations',
  'paymentLinks',
  'payments',
] as const;
export type SyncedResource = (typeof syncedResources)[number];

/** Where one resource's sync stands, committed with every page so a stopped worker resumes there. */
export class SyncStateRecord {
  declare resource: SyncedResource;
  /**
   * The next page of the run in progress; null between runs. `PAYMENTS_DELTA` (see sync/payments-delta)
   * while the payments a run must read are still to be worked out.
   */
  declare nextUrl: string | null;
  /** The first pages of the run's further queries, walked after the current one. */
  declare queue?: string[];
  /** Payments only: bills whose money changed since payments were last read (see sync/payments-delta). */
  declare billsChanged?: number[];
  declare runKind: 'full' | 'incremental' | null;
  /** Clio's clock when the run in progress started. */
  declare runStartedAt: number | null;
  /** Clio's clock when the last completed run started: the next incremental run asks for changes since. */
  declare syncedUpTo: number | null;
  declare pages: number;
  declare records: number;
  declare completedAt: number | null;
}

/** A record Clio sent that failed validation: kept out of the cache, with the reason shown to the user. */
export class SetAsideRecord {
  declare key: string;
  declare resource: SyncedResource;
  declare recordId: number | null;
  /** The bill a set-aside allocation or payment belongs to, so that bill's panel can say so. */
  declare billId?: number;
  declare reason: string;
  declare at: number;
}

/**
 * A send's path: `queued` (asked for), `in_dialog` (Clio's Send dialog is being filled in its tab),
 * `pressed` (written the moment before Send bill is pressed: from here Remit only confirms), then
 * `confirmed` (Clio's API shows it), `unconfirmed` (not seen yet; Remit keeps looking), or `failed`
 * (nothing was sent).
 */
export const sendStates = ['queued', 'in_dialog', 'pressed', 'confirmed', 'unconfirmed', 'failed'] as const;
export type SendState = (typeof sendStates)[number];

/** Why a send was not sent or not seen, as a code the UI words; Clio's own words where it gave some. */
export const sendProblemCodes = [
  /** Clio's dialog showed an error: `clioMessage` holds it. */
  'clio_refused',
  /** The Clio tab closed, reloaded or stopped answering before Send bill was pressed. */
  'tab_closed',
  /** Clio's page lacks an element Remit needs: `element` names it. */
  'page_changed',
  /** Clio did not offer Send, or kept Send bill disabled, for this bill. */
  'send_unavailable',
  /** Remit's worker stopped before Send bill was pressed. */
  'remit_stopped',
  /** Not sent, for a reason recorded before the codes above existed. */
  'not_sent',
  /** Clio's API does not show the send (yet). */
  'not_seen',
  /** Clio could not be asked whether the send went through: `clioMessage` says why. */
  'check_failed',
] as const;
export type SendProblemCode = (typeof sendProblemCodes)[number];

export interface SendProblem {
  code: SendProblemCode;
  clioMessage?: string;
  element?: string;
}

/**
 * A user's request to send a bill, kept until it is confirmed through the API or known not sent. The
 * state is written before each step, so a stopped worker or a reloaded page never repeats a step that
 * may have happened: from `pressed` on, Remit only confirms, never sends again.
 */
export class OutboxEntry {
  declare id: string;
  declare kind: 'send';
  declare billId: number;
  declare portal: boolean;
  declare email: boolean;
  declare message: string;
  declare state: SendState;
  /** The bill as Clio had it before the send: confirmation looks for a later `last_sent_at`. */
  declare before: { shared: boolean; lastSentAt: string | null };
  /** The Clio tab that performs the send, while it does. */
  declare tabId: number | null;
  declare frameId: number;
  declare problem: SendProblem | null;
  /** When Send bill was pressed (just before). */
  declare pressedAt: number | null;
  /** When Clio closed its dialog after Send bill: sent, as far as the page can tell. */
  declare submittedAt: number | null;
  /** When Remit next asks Clio whether the send went through; null once it no longer asks by itself. */
  declare nextCheckAt: number | null;
  /** How many times Remit has asked Clio so far. */
  declare checks: number;
  declare createdAt: number;
  declare updatedAt: number;
}

export const linkRequestStates = ['creating', 'created', 'failed'] as const;
export type LinkRequestState = (typeof linkRequestStates)[number];

/**
 * One Clio Payments link the user asked for, written before Clio is asked. Until Clio's answer is
 * stored, the request stays `creating`: a worker that stops in between looks for the link Clio may
 * have made before it asks again, so a lost answer never leaves two links for one request.
 */
export class LinkRequestRecord {
  declare id: string;
  /** Links asked for together (a trust request and invoices give two): all are made, or none. */
  declare batchId: string;
  declare subject: { type: 'Bill' | 'Contact'; id: number };
  /** The bills the link is meant to pay, in the order Clio applies the money. */
  declare billIds: number[];
  declare amount: number;
  declare currencyCode: string;
  declare accountId: number;
  declare durationSeconds: number;
  declare state: LinkRequestState;
  /** When Remit last asked Clio to make the link; null before it first did. */
  declare postedAt: number | null;
  declare linkId: number | null;
  declare detail: string | null;
  declare createdAt: number;
}

/** Remit's own settings, one row each. */
export class SettingRecord {
  declare key: string;
  declare value: unknown;
}

/** The one Clio connection: held only by the background, in the extension's own origin. */
export class ConnectionRecord {
  declare key: 'current';
  declare region: RegionId;
  declare clientId: string;
  declare clientSecret: string;
  declare accessToken: string;
  /** Null when Clio gave none: Remit then asks the user to reconnect once the access token expires. */
  declare refreshToken: string | null;
  declare expiresAt: number;
  declare user: { id: number; name: string; email: string };
  declare firmName: string | null;
  declare needsReconnect: boolean;
}

/**
 * Access to give back to Clio: a disconnect made while Clio could not be reached keeps these, apart
 * from the wiped connection, until Clio has revoked them.
 */
export class RevocationRecord {
  declare id: string;
  declare region: RegionId;
  declare clientId: string;
  declare clientSecret: string;
  declare accessToken: string;
  declare refreshToken: string | null;
  declare queuedAt: number;
}

/** The popup's figures, derived from the cache and rebuilt by the sync (see lib/summary): one row. */
export class SummaryRecord {
  declare key: 'receivables';
  declare summary: ReceivablesSummary;
}
