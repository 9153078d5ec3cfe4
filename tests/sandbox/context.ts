import type { HttpBindings } from '@hono/node-server';
import type { RequestCounters } from './control/request-counters.ts';
import type { FaultInjector } from './faults/faults.ts';
import type { RateLimiter } from './limits/rate-limiter.ts';
import type { AccessToken, OAuthStore } from './oauth/store.ts';
import type { SandboxState } from './state/sandbox-state.ts';

/** Everything the routes share for one running sandbox. */
export interface SandboxContext {
  state: SandboxState;
  oauth: OAuthStore;
  rateLimiter: RateLimiter;
  faults: FaultInjector;
  counters: RequestCounters;
  /** Requests held open by the timeout fault, released when the server closes. */
  heldRequests: Set<() => void>;
}

export type AppEnv = {
  Bindings: HttpBindings;
  Variables: { token: AccessToken; fault?: string };
};
