import type { Context } from 'hono';
import { type RegionId, regionOfHost } from '../../../lib/clio/regions.ts';

/** The Clio region a request was addressed to; loopback names stand for the US host. */
export function regionOfRequest(c: Context): RegionId {
  const host = (forwardedHost(c) ?? c.req.header('host') ?? '').replace(/:\d+$/, '').toLowerCase();
  return regionOfHost(host) ?? 'us';
}

/** Where the request was addressed: Clio's own host when a test proxy says it stood in for it. */
export function originOf(c: Context): string {
  const host = forwardedHost(c);
  return host ? `https://${host}` : new URL(c.req.url).origin;
}

/**
 * The Clio host a test's proxy forwarded the request from (tests/support/in-process-clio.ts): unit
 * tests reach the sandbox for Clio's hosts without a browser's host mapping.
 */
function forwardedHost(c: Context): string | undefined {
  return c.req.header('x-forwarded-host');
}
