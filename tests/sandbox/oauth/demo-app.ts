/** The one Clio developer app the sandbox knows: what the firm would register for Remit. */
export const DEMO_APP = {
  clientId: 'remit-sandbox-app',
  clientSecret: 'remit-sandbox-secret',
  name: 'Remit for Clio (sandbox)',
} as const;

/** Chrome's extension redirect URLs: https://<32 letters a-p>.chromiumapp.org/<any path>. */
const CHROMIUM_REDIRECT = /^https:\/\/[a-p]{32}\.chromiumapp\.org\//;

/**
 * Clio accepts a registered redirect URI exactly, or with extra query parameters appended.
 */
export function isAllowedRedirectUri(uri: string, registered: ReadonlySet<string>): boolean {
  if (CHROMIUM_REDIRECT.test(uri)) return true;
  for (const allowed of registered) {
    if (uri === allowed) return true;
    if (
      uri.startsWith(allowed) &&
      (uri[allowed.length] === '?' || (allowed.includes('?') && uri[allowed.length] === '&'))
    ) {
      return true;
    }
  }
  return false;
}
