import { browser } from 'wxt/browser';
import { CLIO_HOST_PATTERNS, type RegionId, regionOrigin } from '../clio/regions';
import { RemitError } from '../errors';

/** The loader content script, registered for the Clio hosts the firm let Remit reach. */
const LOADER_ID = 'remit-clio-loader';
const LOADER_FILE = '/content-scripts/clio.js';

/** The host permission for a region: what the options page asks for when the firm connects. */
export function regionAccess(region: RegionId): string {
  return `${regionOrigin(region)}/*`;
}

/**
 * From Remit's options page, in the click that connects (the browser asks only during a user's
 * action): asks the firm to let Remit reach its region's Clio host.
 */
export async function askRegionAccess(region: RegionId): Promise<void> {
  if (await browser.permissions.request({ origins: [regionAccess(region)] })) return;
  throw new RemitError('not_allowed', 'connection.host_access_missing', {
    host: new URL(regionOrigin(region)).host,
  });
}

/** Refuses to go on without access to the region's host: Clio cannot be reached without it. */
export async function requireRegionAccess(region: RegionId): Promise<void> {
  if (await browser.permissions.contains({ origins: [regionAccess(region)] })) return;
  throw new RemitError('not_allowed', 'connection.host_permission_needed', {
    host: new URL(regionOrigin(region)).host,
  });
}

/**
 * Runs the loader on exactly the Clio hosts the firm granted (registered at run time, since no Clio
 * host is granted at install), and on none when it granted none.
 */
export async function registerClioLoader(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = CLIO_HOST_PATTERNS.filter((pattern) => origins.includes(pattern)).map((pattern) =>
    pattern.replace(/\/\*$/, '/nc/*'),
  );
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [LOADER_ID] });
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [LOADER_ID] });
    return;
  }
  const loader = {
    id: LOADER_ID,
    matches,
    js: [LOADER_FILE],
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([loader]);
  else await browser.scripting.registerContentScripts([loader]);
}
