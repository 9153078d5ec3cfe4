import { loopbackRequest } from './loopback-https';
import { sandboxAccessToken } from './sandbox-token';

/** Asks the sandbox's API v4 directly, as Clio would answer any client holding `token`. */
export async function sandboxApiGet(
  sandboxUrl: string,
  path: string,
  token?: string,
): Promise<{ status: number; body: unknown }> {
  const bearer = token ?? (await sandboxAccessToken(sandboxUrl));
  const response = await loopbackRequest(new URL(`/api/v4/${path}`, sandboxUrl).toString(), {
    headers: { authorization: `Bearer ${bearer}` },
  });
  return { status: response.status, body: response.body ? JSON.parse(response.body) : null };
}
