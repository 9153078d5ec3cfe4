/** Clio Manage runs one host per region; a token is valid only on the host that issued it. */
export const REGIONS = {
  us: { host: 'app.clio.com' },
  ca: { host: 'ca.app.clio.com' },
  eu: { host: 'eu.app.clio.com' },
  au: { host: 'au.app.clio.com' },
} as const;

export type RegionId = keyof typeof REGIONS;

export const REGION_IDS = Object.keys(REGIONS) as RegionId[];

export const CLIO_HOSTS: readonly string[] = REGION_IDS.map((id) => REGIONS[id].host);

export function isClioHost(host: string): boolean {
  return CLIO_HOSTS.includes(host);
}

export const CLIO_HOST_PATTERNS = CLIO_HOSTS.map((host) => `https://${host}/*`);

export function regionOrigin(region: RegionId): string {
  return `https://${REGIONS[region].host}`;
}

export function regionOfHost(host: string): RegionId | undefined {
  return REGION_IDS.find((id) => REGIONS[id].host === host);
}

/** Content scripts run only inside Clio Manage's web app, on every regional host. */
export const CLIO_APP_MATCHES = CLIO_HOSTS.map((host) => `https://${host}/nc/*`);
