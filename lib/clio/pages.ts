/**
 * Pure predicates over Clio page URLs. Clio Manage is a hash-routed app under `/nc/`, so the route
 * lives in the fragment: `https://app.clio.com/nc/#/bills/123`.
 */
import { isClioHost, type RegionId, regionOrigin } from './regions';

const billRoute = /^#\/bills\/(\d+)(?:[/?].*)?$/;
const billsListRoute = /^#\/bills\/?(?:\?.*)?$/;

function clioAppUrl(url: string | URL): URL | undefined {
  const parsed = typeof url === 'string' ? parseUrl(url) : url;
  if (parsed?.protocol !== 'https:' || !isClioHost(parsed.host)) return undefined;
  return parsed.pathname === '/nc/' || parsed.pathname === '/nc' ? parsed : undefined;
}

/** The bill's API id on a bill page, or undefined anywhere else. */
export function billIdFromUrl(url: string | URL): number | undefined {
  const match = clioAppUrl(url)?.hash.match(billRoute);
  return match?.[1] ? Number(match[1]) : undefined;
}

export function isBillPage(url: string | URL): boolean {
  return billIdFromUrl(url) !== undefined;
}

export function isBillsList(url: string | URL): boolean {
  const hash = clioAppUrl(url)?.hash;
  return hash !== undefined && billsListRoute.test(hash);
}

export function billPageUrl(region: RegionId, billId: number): string {
  return `${regionOrigin(region)}/nc/#/bills/${billId}`;
}

export function billsListUrl(region: RegionId): string {
  return `${regionOrigin(region)}/nc/#/bills`;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
