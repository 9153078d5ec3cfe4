import type { Context } from 'hono';

/** A query parameter that fails validation; answered with Clio's 400. */
export class QueryError extends Error {}

export function integerParam(c: Context, name: string): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new QueryError(`${name} must be an integer`);
  return Number(raw);
}

export function idsParam(c: Context): number[] | undefined {
  const raw = [...(c.req.queries('ids[]') ?? []), ...(c.req.queries('ids') ?? [])];
  if (raw.length === 0) return undefined;
  return raw.map((value) => {
    if (!/^\d+$/.test(value)) throw new QueryError('ids[] must be integers');
    return Number(value);
  });
}

export function timestampParam(c: Context, name: string): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) throw new QueryError(`${name} must be an ISO-8601 timestamp`);
  return ms;
}

export function enumParam<T extends string>(c: Context, name: string, values: readonly T[]): T | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!values.includes(raw as T)) throw new QueryError(`${name} must be one of ${values.join(', ')}`);
  return raw as T;
}

export function booleanParam(c: Context, name: string): boolean | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (raw !== 'true' && raw !== 'false') throw new QueryError(`${name} must be true or false`);
  return raw === 'true';
}
