import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeCode } from '@/lib/clio/oauth';
import { clioApi } from '@/lib/connection/clio-session';
import { loadConnection } from '@/lib/connection/store';
import { db } from '@/lib/db/database';
import { RemitError } from '@/lib/errors';
import { say } from '@/lib/i18n/text';
import { DEMO_APP } from '../../sandbox/oauth/demo-app';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

async function errorOf(promise: Promise<unknown>): Promise<RemitError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof RemitError)) throw new Error(`Expected a RemitError, got ${String(error)}`);
  return error;
}

describe('renewing Clio’s sign-in', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    // Clio's refresh answer may leave out the refresh token: this sandbox always does.
    clio = await connectToInProcessClio({ variations: true });
  });
  afterEach(() => clio.close());

  it('keeps the refresh token it holds when Clio’s refresh answer carries none', async () => {
    const before = await loadConnection();
    await clio.control.expireTokens();

    const user = await (await clioApi()).whoAmI();

    expect(user.name).toBeTruthy();
    const after = await loadConnection();
    expect(after?.accessToken).not.toBe(before?.accessToken);
    expect(after?.refreshToken).toBe(before?.refreshToken);
    expect(after?.needsReconnect).toBe(false);
    // And it works again the next time the access token expires.
    await clio.control.expireTokens();
    await expect((await clioApi()).whoAmI()).resolves.toMatchObject({ id: user.id });
  });

  it('refreshes once for requests that meet an expired token together', async () => {
    await clio.control.expireTokens();
    await clio.control.resetRequestCounters();

    const apis = await Promise.all([clioApi(), clioApi(), clioApi()]);
    await Promise.all(apis.map((api) => api.whoAmI()));

    const { requests } = await clio.control.state();
    expect(requests.byPath['POST /oauth/token']).toBe(1);
    expect(requests.byPath['GET /api/v4/users/who_am_i']).toBe(6);
  });

  it('calls an answer it cannot read Clio’s error, not a lost connection, and keeps the sign-in', async () => {
    await clio.control.expireTokens();
    await clio.control.injectFaults([{ kind: 'truncated', rate: 1, path: '/oauth/token' }]);

    const error = await errorOf((await clioApi()).whoAmI());

    expect(error.code).toBe('clio');
    expect(say(error.text)).toMatch(/Clio answered the sign-in with something Remit could not read/);
    expect((await loadConnection())?.needsReconnect).toBe(false);
  });

  it('asks to reconnect when Clio no longer takes the refresh token', async () => {
    await clio.control.revokeTokens();

    const error = await errorOf((await clioApi()).whoAmI());

    expect(error.code).toBe('reconnect');
    expect((await loadConnection())?.needsReconnect).toBe(true);
  });

  describe('when Clio’s sign-in is down', () => {
    const tokenRequests = async () => (await clio.control.state()).requests.byPath['POST /oauth/token'];

    it('tries the refresh again, then says Clio is unavailable and keeps the sign-in', async () => {
      await clio.control.expireTokens();
      await clio.control.resetRequestCounters();
      await clio.control.injectFaults([{ kind: '502', rate: 1, path: '/oauth/token', body: 'html' }]);

      const error = await errorOf((await clioApi()).whoAmI());

      expect(error.code).toBe('network');
      expect(say(error.text)).toBe(
        'Clio’s sign-in is not available just now (HTTP 502). Try again in a few minutes.',
      );
      expect(await tokenRequests()).toBe(3);
      expect((await loadConnection())?.needsReconnect).toBe(false);
    });

    it('does not wait out a long maintenance: one try, and Clio’s unavailability said at once', async () => {
      await clio.control.expireTokens();
      await clio.control.resetRequestCounters();
      await clio.control.injectFaults([{ kind: '503', rate: 1, path: '/oauth/token', retryAfter: '3600' }]);

      const error = await errorOf((await clioApi()).whoAmI());

      expect(say(error.text)).toMatch(/not available just now \(HTTP 503\)/);
      expect(await tokenRequests()).toBe(1);
    });

    it('never sends an authorization code twice: Clio may have taken it before failing', async () => {
      await clio.control.resetRequestCounters();
      await clio.control.injectFaults([{ kind: '503', rate: 1, path: '/oauth/token' }]);
      const app = { region: 'us' as const, clientId: DEMO_APP.clientId, clientSecret: DEMO_APP.clientSecret };

      const error = await errorOf(exchangeCode(app, 'a-code', 'https://example.chromiumapp.org/'));

      expect(error.code).toBe('network');
      expect(await tokenRequests()).toBe(1);
    });
  });
});
