import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import type { FaultInjector } from './faults.ts';

const TIMEOUT_CAP_MS = 120_000;

/** Keeps the request open without answering until the client gives up (or the cap passes). */
function holdUntilClosed(bindings: HttpBindings, pending: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      pending.delete(done);
      resolve();
    };
    const timer = setTimeout(done, TIMEOUT_CAP_MS);
    pending.add(done);
    bindings.incoming.once('close', done);
  });
}

/** The answer with its `data` changed. */
async function withData(answer: Response, change: (data: unknown) => unknown): Promise<Response> {
  const body = (await answer.json().catch(() => null)) as { data?: unknown } | null;
  return new Response(JSON.stringify(body && { ...body, data: change(body.data) }), {
    status: answer.status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** The record, or each record of a list, without `field`. */
function without(data: unknown, field: string): unknown {
  if (Array.isArray(data)) return data.map((record) => without(record, field));
  if (typeof data !== 'object' || data === null) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== field));
}

/** What a load balancer in front of Clio answers in its own words. */
const proxyPage = (status: number) =>
  `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status}</h1><p>The server could not answer.</p></body></html>`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every field but the id, of the wrong type: numbers become text and text becomes numbers. */
function mistyped(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(mistyped);
  if (typeof data !== 'object' || data === null) return data;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      if (key === 'id') return [key, value];
      if (typeof value === 'number') return [key, String(value)];
      if (typeof value === 'string') return [key, 12_345];
      return [key, value];
    }),
  );
}

/**
 * Injects the configured faults. `pending` lets the server release held requests when it closes.
 */
export function faultMiddleware(
  injector: FaultInjector,
  pending: Set<() => void>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fault = injector.decide(new URL(c.req.url).pathname);
    if (!fault) return next();
    c.set('fault', fault.kind);
    switch (fault.kind) {
      case 'latency':
        await sleep(fault.latencyMs ?? 1000);
        return next();
      // A user without the permission, or a firm or region without the feature (Clio Payments).
      case '403':
        return c.json(
          { error: { type: 'ForbiddenError', message: 'You are not permitted to access this resource' } },
          403,
        );
      case '404':
        return c.json({ error: { type: 'RecordNotFound', message: 'Not found (injected fault)' } }, 404);
      case '429':
      case '500':
      case '502':
      case '503': {
        const retryAfter = fault.retryAfter ?? (fault.kind === '429' ? '1' : '');
        if (retryAfter !== '') c.header('Retry-After', retryAfter);
        const status = Number(fault.kind) as 429 | 500;
        if (fault.body === 'html') return c.html(proxyPage(status), status);
        return fault.kind === '429'
          ? c.json({ error: { type: 'RateLimited', message: 'Too many requests (injected fault)' } }, 429)
          : c.json({ error: { type: 'ServerError', message: `Injected ${fault.kind}` } }, status);
      }
      case 'reset':
        c.env.incoming.socket.destroy();
        return c.body(null, 500);
      case 'timeout':
        await holdUntilClosed(c.env, pending);
        c.env.incoming.socket.destroy();
        return c.body(null, 504);
      // The request is carried out; the answer is whole JSON, but not of the documented types.
      case 'malformed':
        await next();
        c.res = await withData(c.res, mistyped);
        return;
      // The request is carried out; Clio's description lets any field be absent from the answer.
      case 'omitted':
        await next();
        c.res = await withData(c.res, (data) => without(data, fault.field ?? ''));
        return;
      case 'truncated': {
        await next();
        const text = await c.res.text();
        c.res = new Response(text.slice(0, Math.floor(text.length / 2)), {
          status: 200,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        });
        return;
      }
    }
  };
}
