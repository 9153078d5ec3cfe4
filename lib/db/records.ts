import type { RegionId } from '../clio/regions';

/** A bill as cached: money in integer minor units, names flattened for the indexes the queries need. */
export class BillRecord {
  declare id: number;
  declare etag: string;
  declare number: string;
  declare state: string;
  declare kind: string;
  declare clientId: number | null;
  declare clientName: string | null;
  declare currencyCode: string;
  declare total: number;
  declare paid: number;
  declare balance: number;
  declare pending: number;
  declare issuedAt: string | null;
  declare dueAt: string | null;
  declare updatedAt: string;
  declare shared: boolean;
  declare lastSentAt: string | null;
  declare fetchedAt: number;
}

/** The one Clio connection: held only by the background, in the extension's own origin. */
export class ConnectionRecord {
  declare key: 'current';
  declare region: RegionId;
  declare clientId: string;
  declare clientSecret: string;
  declare accessToken: string;
  declare refreshToken: string;
  declare expiresAt: number;
  declare user: { id: number; name: string; email: string };
  declare needsReconnect: boolean;
}
