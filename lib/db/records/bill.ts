import type { BillState } from '../../clio/schemas';

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
