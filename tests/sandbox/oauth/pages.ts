import { REGIONS, type RegionId } from '../../../lib/clio/regions.ts';
import { escapeHtml, sandboxPage } from '../support/html.ts';

export function consentPage(input: {
  appName: string;
  userName: string;
  email: string;
  firm: string;
  allowUrl: string;
  denyUrl: string;
}): string {
  return sandboxPage(
    'Authorize application',
    `<h1>Authorize ${escapeHtml(input.appName)}</h1>
<p><strong>${escapeHtml(input.appName)}</strong> would like to access your Clio account.</p>
<p>Signed in as <strong id="user">${escapeHtml(input.userName)}</strong> (${escapeHtml(input.email)}), ${escapeHtml(input.firm)}.</p>
<div class="actions"><a id="allow" href="${escapeHtml(input.allowUrl)}">Allow</a><a id="deny" href="${escapeHtml(input.denyUrl)}">Deny</a></div>`,
  );
}

export function noAccountInRegionPage(region: RegionId, denyUrl: string | null): string {
  const back = denyUrl
    ? `<div class="actions"><a id="deny" href="${escapeHtml(denyUrl)}">Deny and go back</a></div>`
    : '';
  return sandboxPage(
    'No Clio account in this region',
    `<h1>No Clio account here</h1>
<p>No Clio account exists for this sign-in on ${escapeHtml(REGIONS[region].host)}.</p>${back}`,
  );
}

export function oauthErrorPage(message: string): string {
  return sandboxPage(
    'Authorization error',
    `<h1>Authorization error</h1><p id="error">${escapeHtml(message)}</p>`,
  );
}
