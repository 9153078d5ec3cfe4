import { type ClioApi, createClioApi } from '../clio/api';
import { RequestBudget } from '../clio/request-budget';
import { RemitError } from '../errors';
import { loadConnection } from './store';
import { storedTokens } from './tokens';

/** One budget for every request the worker makes: Clio's rate limit is per token, not per feature. */
const budget = new RequestBudget();

/** The API client for the stored connection, or a plain reason why there is none. */
export async function clioApi(): Promise<ClioApi> {
  const connection = await loadConnection();
  if (!connection) throw new RemitError('not_connected', 'connection.connect_in_options');
  if (connection.needsReconnect) throw new RemitError('reconnect', 'connection.reconnect');
  return createClioApi({ tokens: storedTokens(connection), budget });
}
