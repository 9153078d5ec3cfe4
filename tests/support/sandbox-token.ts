import { DEMO_APP } from '../sandbox/oauth/demo-app';
import { loopbackJson, loopbackRequest } from './loopback-https';

const redirectUri = `https://${'a'.repeat(32)}.chromiumapp.org/`;

/**
 * An access token for the sandbox's demo app, through its real authorization-code flow: the
 * authorize page, its Allow link, the redirect that carries the code, and the token exchange.
 */
export async function sandboxAccessToken(sandboxUrl: string): Promise<string> {
  return (await sandboxTokens(sandboxUrl)).access_token;
}

/** The whole token answer of the authorization-code exchange. */
export async function sandboxTokens(
  sandboxUrl: string,
): Promise<{ access_token: string; refresh_token: string; expires_in: number }> {
  const authorize = new URL('/oauth/authorize', sandboxUrl);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: DEMO_APP.clientId,
    redirect_uri: redirectUri,
    state: 'bench',
  }).toString();
  const page = await loopbackRequest(authorize.toString());
  const allow = page.body.match(/id="allow" href="([^"]+)"/)?.[1]?.replace(/&(?:amp|#38);/g, '&');
  if (!allow) throw new Error('The sandbox authorize page has no Allow link');
  const code = await codeFrom(new URL(allow, sandboxUrl));
  return loopbackJson<{ access_token: string; refresh_token: string; expires_in: number }>(
    new URL('/oauth/token', sandboxUrl).toString(),
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: DEMO_APP.clientId,
        client_secret: DEMO_APP.clientSecret,
      }).toString(),
    },
  );
}

/** The Allow link either is the redirect itself or a sandbox URL that redirects there. */
async function codeFrom(allow: URL): Promise<string> {
  let target = allow;
  if (!target.host.endsWith('.chromiumapp.org')) {
    const location = (await loopbackRequest(target.toString())).headers.location;
    if (typeof location !== 'string') throw new Error('Allow did not redirect');
    target = new URL(location);
  }
  const code = target.searchParams.get('code');
  if (!code) throw new Error(`No code in ${target}`);
  return code;
}
