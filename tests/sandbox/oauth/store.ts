import { randomBytes } from 'node:crypto';
import type { RegionId } from '../../../lib/clio/regions.ts';

const CODE_TTL_MS = 10 * 60_000;

export interface AuthorizationCode {
  clientId: string;
  redirectUri: string;
  region: RegionId;
  userId: number;
  expiresMs: number;
  used: boolean;
}

export interface AccessToken {
  token: string;
  refreshToken: string;
  region: RegionId;
  userId: number;
  expiresMs: number;
  revoked: boolean;
}

export interface RefreshToken {
  token: string;
  region: RegionId;
  userId: number;
  revoked: boolean;
}

export interface TokenGrant {
  token_type: 'bearer';
  access_token: string;
  expires_in: number;
  refresh_token: string;
}

export class OAuthError extends Error {
  constructor(
    readonly error: 'invalid_grant' | 'invalid_request',
    description: string,
  ) {
    super(description);
  }
}

const secret = () => randomBytes(24).toString('hex');

/** Codes, access tokens and refresh tokens. Kept across data resets, like a Clio login would be. */
export class OAuthStore {
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, RefreshToken>();
  readonly redirectUris = new Set<string>();

  constructor(
    private accessTokenTtlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  issueCode(grant: Omit<AuthorizationCode, 'expiresMs' | 'used'>): string {
    const code = secret();
    this.codes.set(code, { ...grant, expiresMs: this.now() + CODE_TTL_MS, used: false });
    return code;
  }

  /** Codes are single use, valid ten minutes, bound to the client, redirect URI and region. */
  exchangeCode(code: string, clientId: string, redirectUri: string, region: RegionId): TokenGrant {
    const grant = this.codes.get(code);
    if (!grant || grant.used || grant.expiresMs <= this.now()) {
      throw new OAuthError('invalid_grant', 'The authorization code is invalid, expired or already used.');
    }
    if (grant.clientId !== clientId || grant.redirectUri !== redirectUri || grant.region !== region) {
      throw new OAuthError(
        'invalid_grant',
        'The authorization code was issued for another client, redirect URI or region.',
      );
    }
    grant.used = true;
    const refreshToken: RefreshToken = { token: secret(), region, userId: grant.userId, revoked: false };
    this.refreshTokens.set(refreshToken.token, refreshToken);
    return this.grantAccess(refreshToken);
  }

  /** Refresh tokens never expire and may be used again and again. */
  refresh(token: string, region: RegionId): TokenGrant {
    const refreshToken = this.refreshTokens.get(token);
    if (!refreshToken || refreshToken.revoked || refreshToken.region !== region) {
      throw new OAuthError('invalid_grant', 'The refresh token is invalid or revoked.');
    }
    return this.grantAccess(refreshToken);
  }

  private grantAccess(refreshToken: RefreshToken): TokenGrant {
    const access: AccessToken = {
      token: secret(),
      refreshToken: refreshToken.token,
      region: refreshToken.region,
      userId: refreshToken.userId,
      expiresMs: this.now() + this.accessTokenTtlSeconds * 1000,
      revoked: false,
    };
    this.accessTokens.set(access.token, access);
    return {
      token_type: 'bearer',
      access_token: access.token,
      expires_in: this.accessTokenTtlSeconds,
      refresh_token: refreshToken.token,
    };
  }

  /** The live token for `token` on `region`, or undefined when unknown, expired, revoked or foreign. */
  validate(token: string, region: RegionId): AccessToken | undefined {
    const access = this.accessTokens.get(token);
    if (!access || access.revoked || access.expiresMs <= this.now() || access.region !== region)
      return undefined;
    return access;
  }

  /** Revokes an access token and the refresh token it came from (and so its siblings). */
  revoke(token: string): void {
    const access = this.accessTokens.get(token);
    if (!access) return;
    const refreshToken = this.refreshTokens.get(access.refreshToken);
    if (refreshToken) refreshToken.revoked = true;
    for (const other of this.accessTokens.values()) {
      if (other.refreshToken === access.refreshToken) other.revoked = true;
    }
  }

  expireAll(): void {
    for (const access of this.accessTokens.values()) access.expiresMs = 0;
  }

  revokeAll(): void {
    for (const access of this.accessTokens.values()) access.revoked = true;
    for (const refreshToken of this.refreshTokens.values()) refreshToken.revoked = true;
  }

  get activeAccessTokens(): number {
    const now = this.now();
    return [...this.accessTokens.values()].filter((access) => !access.revoked && access.expiresMs > now)
      .length;
  }
}
