import ky, { HTTPError, type KyInstance } from 'ky';
import { z } from 'zod';
import { RemitError } from '../messaging/remit-error';
import { fieldsOf } from './fields';
import { type RegionId, regionOrigin } from './regions';
import { type ClioBill, type ClioUser, clioBill, clioUser } from './schemas';

/** Where the API client gets its bearer token, and how it gets a fresh one after a 401. */
export interface TokenSource {
  region: RegionId;
  accessToken(): Promise<string>;
  /** Refreshes once; throws RemitError('reconnect') when Clio no longer accepts the refresh token. */
  refreshAccessToken(): Promise<string>;
}

const single = <T extends z.ZodType>(data: T) => z.object({ data });
const clioError = z.object({ error: z.object({ type: z.string(), message: z.string() }) });

export function createClioApi(tokens: TokenSource) {
  const http = ky.create({
    baseUrl: `${regionOrigin(tokens.region)}/api/v4/`,
    retry: { limit: 3, statusCodes: [500, 502, 503, 504], backoffLimit: 8000, jitter: true },
    timeout: 30_000,
  });

  return {
    async bill(id: number): Promise<ClioBill> {
      const body = await authorized(http, tokens, `bills/${id}.json`, { fields: fieldsOf(clioBill) });
      return single(clioBill).parse(body).data;
    },
    async whoAmI(): Promise<ClioUser> {
      const body = await authorized(http, tokens, 'users/who_am_i.json', { fields: fieldsOf(clioUser) });
      return single(clioUser).parse(body).data;
    },
  };
}

export type ClioApi = ReturnType<typeof createClioApi>;

/** One GET with the bearer token; a 401 refreshes the token once and tries again. */
async function authorized(
  http: KyInstance,
  tokens: TokenSource,
  path: string,
  searchParams: Record<string, string>,
): Promise<unknown> {
  const get = (token: string) =>
    http.get(path, { searchParams, headers: { authorization: `Bearer ${token}` } });
  try {
    try {
      return await get(await tokens.accessToken()).json();
    } catch (error) {
      if (!(error instanceof HTTPError) || error.response.status !== 401) throw error;
      return await get(await tokens.refreshAccessToken()).json();
    }
  } catch (error) {
    throw await asRemitError(error);
  }
}

async function asRemitError(error: unknown): Promise<unknown> {
  if (error instanceof RemitError || error instanceof z.ZodError) return error;
  if (!(error instanceof HTTPError)) {
    return new RemitError(
      'network',
      'Remit could not reach Clio. Check your connection; cached figures are kept.',
    );
  }
  const status = error.response.status;
  const body = clioError.safeParse(await error.response.json().catch(() => null));
  const detail = body.success ? body.data.error.message : `HTTP ${status}`;
  if (status === 401)
    return new RemitError('reconnect', 'Clio no longer accepts Remit’s sign-in. Reconnect to Clio.');
  if (status === 403) return new RemitError('forbidden', `Your Clio user may not see this: ${detail}`);
  if (status === 404) return new RemitError('not_found', 'Clio has no such bill, or it was deleted.');
  return new RemitError('clio', `Clio answered with an error: ${detail}`);
}
