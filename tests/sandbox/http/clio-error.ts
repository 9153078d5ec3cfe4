import type { Context } from 'hono';

export type ClioErrorStatus = 400 | 403 | 404 | 410 | 412 | 422 | 429 | 500;

const TYPES: Record<ClioErrorStatus, string> = {
  400: 'ArgumentError',
  403: 'ForbiddenError',
  404: 'RecordNotFound',
  410: 'Gone',
  412: 'PreconditionFailed',
  422: 'ArgumentError',
  429: 'RateLimited',
  500: 'InternalServerError',
};

/** Clio's API error body: {"error":{"type","message"}}. */
export function clioError(c: Context, status: ClioErrorStatus, message: string, type = TYPES[status]) {
  return c.json({ error: { type, message } }, status);
}

export const INVALID_TOKEN = {
  error: 'invalid_token',
  error_description: 'The access token provided is expired, revoked, malformed or invalid for other reasons.',
};
