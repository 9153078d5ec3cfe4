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
  /** What to do with a query parameter Clio does not document for the index (see api/index-parameters). */
  undocumentedParameters: 'ignore' | 'refuse';
  /** Answers as Clio may also write them: absent fields, nulls, lower-case codes (see variations/). */
  variations: boolean;
  /** The language of the web app's replica: Clio's English, or the French a Quebec firm works in. */
  clioLanguage: 'en' | 'fr';
  /** Requests held open by the timeout fault, released when the server closes. */
  heldRequests: Set<() => void>;
}

export type AppEnv = {
  Bindings: HttpBindings;
  Variables: { token: AccessToken; fault?: string };
};
