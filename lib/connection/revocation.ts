import { browser } from 'wxt/browser';
import { deauthorize, refreshTokens } from '../clio/oauth';
import { db } from '../db/database';
import type { ConnectionRecord } from '../db/records/connection';
import { RemitError } from '../errors';

export const REVOCATION_ALARM = 'remit-revoke-access';

/**
 * Gives Remit's access back to Clio. An expired access token cannot revoke itself, so Remit refreshes
 * once to revoke the refresh token too. 'unreachable' when Clio could not be asked: the tokens still work.
 */
export async function revokeAccess(
  connection: Pick<ConnectionRecord, 'region' | 'clientId' | 'clientSecret' | 'accessToken' | 'refreshToken'>,
): Promise<'revoked' | 'unreachable'> {
  const outcome = await deauthorize(connection.region, connection.accessToken);
  if (outcome !== 'rejected') return outcome;
  // Clio no longer takes the access token; without a refresh token nothing is left to act for the firm.
  if (connection.refreshToken === null) return 'revoked';
  let freshToken: string;
  try {
    freshToken = (await refreshTokens(connection, connection.refreshToken)).access_token;
  } catch (error) {
    // Clio refused the refresh token: nothing is left that could still act. Anything else (no
    // connection, an error of Clio's) leaves the tokens as they were, to revoke later.
    const refused =
      error instanceof RemitError && (error.code === 'reconnect' || error.code === 'not_connected');
    return refused ? 'revoked' : 'unreachable';
  }
  return (await deauthorize(connection.region, freshToken)) === 'unreachable' ? 'unreachable' : 'revoked';
}

/** Keeps what is needed to revoke later, beyond the disconnect's wipe, and retries on an alarm. */
export async function queueRevocation(connection: ConnectionRecord): Promise<void> {
  const { region, clientId, clientSecret, accessToken, refreshToken } = connection;
  await db.revocations.put({
    id: crypto.randomUUID(),
    region,
    clientId,
    clientSecret,
    accessToken,
    refreshToken,
    queuedAt: Date.now(),
  });
  await browser.alarms.create(REVOCATION_ALARM, { periodInMinutes: 1 });
}

/** Tries every queued revocation once; the alarm stops when none is left. */
export async function retryRevocations(): Promise<void> {
  const queued = await db.revocations.toArray();
  for (const revocation of queued) {
    if ((await revokeAccess(revocation)) === 'revoked') await db.revocations.delete(revocation.id);
  }
  if ((await db.revocations.count()) === 0) await browser.alarms.clear(REVOCATION_ALARM);
}

export async function hasPendingRevocation(): Promise<boolean> {
  return (await db.revocations.count()) > 0;
}
