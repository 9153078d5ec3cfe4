import ky, { HTTPError, SchemaValidationError } from 'ky';
import { z } from 'zod';
import { RemitError } from '../errors';
import { REGIONS, type RegionId, regionOrigin } from './regions';
import { retryAfterSeconds } from './retry-after';
import { type OAuthTokens, oauthTokens } from './schemas';

export interface OAuthApp {
  region: RegionId;
  clientId: string;
  clientSecret: string;
}

export function authorizeUrl(app: OAuthApp, redirectUri: string, state: string): string {
  const url = new URL('/oauth/authorize', regionOrigin(app.region));
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: redirectUri,
    state,
    redirect_on_decline: 'true',
  }).toString();
  return url.toString();
}

/** Reads the code from the URL Clio redirected to, or explains why there is none. */
export function codeFromRedirect(redirectedTo: string, expectedState: string): string {
  const params = new URL(redirectedTo).searchParams;
  if (params.get('error') === 'access_denied') {
    throw new RemitError('not_connected', 'clio.access_denied');
  }
  if (params.get('state') !== expectedState) {
    throw new RemitError('invalid', 'clio.other_sign_in');
  }
  const code = params.get('code');
  if (!code) throw new RemitError('clio', 'clio.no_authorization_code');
  return code;
}

export function exchangeCode(app: OAuthApp, code: string, redirectUri: string): Promise<OAuthTokens> {
  return requestTokens(app, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
}

export function refreshTokens(app: OAuthApp, refreshToken: string): Promise<OAuthTokens> {
  return requestTokens(app, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

/**
 * Revokes the token (and with it its refresh token) at Clio. Says whether Clio took it: 'rejected'
 * means Clio no longer accepts this access token; 'unreachable' that Clio could not be asked, or
 * failed without saying anything of the token.
 */
export async function deauthorize(
  region: RegionId,
  accessToken: string,
): Promise<'revoked' | 'rejected' | 'unreachable'> {
  const response = await ky
    .post('oauth/deauthorize', {
      baseUrl: `${regionOrigin(region)}/`,
      headers: { authorization: `Bearer ${accessToken}` },
      body: new URLSearchParams({ token: accessToken }),
      retry: 0,
      throwHttpErrors: false,
    })
    .catch(() => undefined);
  if (!response) return 'unreachable';
  if (response.ok) return 'revoked';
  // Clio turned the token down; any other failure (a 5xx, a 429) says nothing of the token.
  return [400, 401, 403].includes(response.status) ? 'rejected' : 'unreachable';
}

/** Only the code decides; the description may be absent, null or anything. */
const oauthError = z.object({ error: z.string() });

/** The longest someone waits on Clio's sign-in, tries and waits between them included. */
const SIGN_IN_TIMEOUT_MS = 30_000;
/** Clio asking to wait longer than this (down for maintenance, say) is its answer for now. */
const MAX_SIGN_IN_RETRY_AFTER_S = 5;

async function requestTokens(app: OAuthApp, grant: Record<string, string>): Promise<OAuthTokens> {
  // A code is good for one exchange: if Clio took it before failing, a second try could only be refused.
  const repeatable = grant.grant_type === 'refresh_token';
  try {
    return await ky
      .post('oauth/token', {
        baseUrl: `${regionOrigin(app.region)}/`,
        body: new URLSearchParams({ ...grant, client_id: app.clientId, client_secret: app.clientSecret }),
        totalTimeout: SIGN_IN_TIMEOUT_MS,
        retry: repeatable
          ? {
              limit: 2,
              methods: ['post'],
              statusCodes: [502, 503, 504],
              shouldRetry: ({ error }) =>
                error instanceof HTTPError &&
                (retryAfterSeconds(error.response.headers) ?? 0) > MAX_SIGN_IN_RETRY_AFTER_S
                  ? false
                  : undefined,
            }
          : 0,
      })
      .json(oauthTokens);
  } catch (error) {
    throw tokenError(app, error);
  }
}

function tokenError(app: OAuthApp, error: unknown): RemitError {
  // Clio answered, but not with tokens Remit can read: that is Clio's answer, not a lost connection.
  if (error instanceof SchemaValidationError || error instanceof SyntaxError) {
    return new RemitError('clio', 'clio.unreadable_sign_in');
  }
  if (!(error instanceof HTTPError)) {
    return new RemitError('network', 'clio.sign_in_unreachable', { host: REGIONS[app.region].host });
  }
  if (error.response.status >= 500) {
    return new RemitError('network', 'clio.sign_in_unavailable', { status: error.response.status });
  }
  // Ky has already read the body into `data`: the response itself can no longer be read.
  const body = oauthError.safeParse(error.data);
  const code = body.success ? body.data.error : '';
  if (code === 'invalid_client') {
    return new RemitError('not_connected', 'clio.client_rejected');
  }
  if (code === 'invalid_grant') {
    return new RemitError('reconnect', 'clio.sign_in_refused');
  }
  return new RemitError('clio', 'clio.sign_in_refused_status', { status: error.response.status });
}
