import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../context.ts';

/** Counts requests by status and by route pattern, so tests can assert how many calls were made. */
export class RequestCounters {
  total = 0;
  byStatus: Record<string, number> = {};
  byPath: Record<string, number> = {};
  /** Requests by route as they arrive, before any answer: a request held by a latency fault is here. */
  arrived: Record<string, number> = {};
  /** Query parameters sent that Clio does not document for that index, by index: `{"GET /bills": ["x"]}`. */
  undocumented: Record<string, string[]> = {};

  recordUndocumented(route: string, parameter: string): void {
    const seen = this.undocumented[route] ?? [];
    if (!seen.includes(parameter)) this.undocumented[route] = [...seen, parameter];
  }

  record(route: string, status: string): void {
    this.total += 1;
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    this.byPath[route] = (this.byPath[route] ?? 0) + 1;
  }

  reset(): void {
    this.total = 0;
    this.byStatus = {};
    this.byPath = {};
    this.arrived = {};
    this.undocumented = {};
  }

  snapshot() {
    return {
      total: this.total,
      byStatus: { ...this.byStatus },
      byPath: { ...this.byPath },
      arrived: { ...this.arrived },
      undocumented: structuredClone(this.undocumented),
    };
  }

  middleware(): MiddlewareHandler<AppEnv> {
    return async (c, next) => {
      // The handler's route, even when a middleware (auth, rate limit, fault) answers first;
      // middleware and catch-alls are registered for ALL methods, handlers for one.
      const handler = matchedRoutes(c).findLast((route) => route.method !== 'ALL');
      const route = `${c.req.method} ${handler?.path ?? c.req.path}`;
      this.arrived[route] = (this.arrived[route] ?? 0) + 1;
      await next();
      const fault = c.get('fault');
      const status = fault === 'reset' || fault === 'timeout' ? fault : String(c.res.status);
      this.record(route, status);
    };
  }
}
