import type { RegionId } from '../../clio/regions';

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

/** The Clio account a connection is to: its region and user, as a reconnect keeps them. */
export function accountOf(connection: Pick<ConnectionRecord, 'region' | 'user'>): string {
  return `${connection.region}:${connection.user.id}`;
}
