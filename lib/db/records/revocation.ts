import type { RegionId } from '../../clio/regions';

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
