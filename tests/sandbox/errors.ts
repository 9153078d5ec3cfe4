import type { Context } from 'hono';
import { FaultConfigError } from './faults/faults.ts';
import { type ClioErrorStatus, clioError } from './http/clio-error.ts';
import { FieldsError } from './http/fields.ts';
import { PagingError } from './http/paging.ts';
import { QueryError } from './http/query.ts';
import { SandboxError } from './support/errors.ts';

function statusOf(error: Error): ClioErrorStatus {
  if (error instanceof SandboxError) return error.status;
  if (error instanceof FieldsError || error instanceof PagingError || error instanceof QueryError) return 400;
  if (error instanceof FaultConfigError) return 400;
  return 500;
}

/** One place that turns thrown errors into responses: Clio's shape on the API, {error} elsewhere. */
export function handleError(error: Error, c: Context) {
  const status = statusOf(error);
  if (status === 500) console.error(error);
  const message = status === 500 ? 'Internal sandbox error' : error.message;
  if (new URL(c.req.url).pathname.startsWith('/api/')) return clioError(c, status, message);
  return c.json({ error: message }, status);
}
