import type { Context } from 'hono';
import { type RegionId, regionOfHost } from '../../../lib/clio/regions.ts';

/** The Clio region a request was addressed to; loopback names stand for the US host. */
export function regionOfRequest(c: Context): RegionId {
  const host = (c.req.header('host') ?? '').replace(/:\d+$/, '').toLowerCase();
  return regionOfHost(host) ?? 'us';
}

export function originOf(c: Context): string {
  return new URL(c.req.url).origin;
}
