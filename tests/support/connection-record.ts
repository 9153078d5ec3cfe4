import type { ConnectionRecord } from '@/lib/db/records/connection';

/** A connection to user `userId` in Clio's US region, as Remit saves it (account "us:<userId>"). */
export const connectionAs = (userId: number): Omit<ConnectionRecord, 'key'> => ({
  region: 'us',
  clientId: 'app',
  clientSecret: 'secret',
  accessToken: 'token',
  refreshToken: null,
  expiresAt: Date.now() + 3_600_000,
  user: { id: userId, name: 'Clerk', email: 'clerk@example.com' },
  firmName: null,
  needsReconnect: false,
});
