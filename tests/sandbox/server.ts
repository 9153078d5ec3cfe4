import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app.ts';
import type { SandboxContext } from './context.ts';
import { RequestCounters } from './control/request-counters.ts';
import { FaultInjector } from './faults/faults.ts';
import { RateLimiter } from './limits/rate-limiter.ts';
import { OAuthStore } from './oauth/store.ts';
import { SandboxState } from './state/sandbox-state.ts';
import { todayUtc } from './support/time.ts';
import { throwawayCertificate } from './tls.ts';

export { SandboxState };

export interface SandboxOptions {
  seed?: number;
  size?: number;
  /** About how many of the bills await payment (see SeedOptions.unpaidBills). */
  unpaidBills?: number;
  today?: string;
  port?: number;
  tls?: boolean;
  rateLimit?: { limit: number; windowMs: number };
  accessTokenTtlSeconds?: number;
  /** Clio may ignore a query parameter it does not document; 'refuse' answers 400 instead (default 'ignore'). */
  undocumentedParameters?: 'ignore' | 'refuse';
  /** Answer as Clio may also write its answers (see variations/vary.ts). */
  variations?: boolean;
  /** The web app's replica in Clio's English (default) or French. */
  clioLanguage?: 'en' | 'fr';
}

export interface Sandbox {
  url: string;
  port: number;
  state: SandboxState;
  reset(options?: { seed?: number; size?: number }): void;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/** Starts the Clio sandbox on loopback and resolves once it is listening. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const state = new SandboxState({
    seed: options.seed ?? 1,
    size: options.size ?? 40,
    today: options.today ?? todayUtc(),
    unpaidBills: options.unpaidBills,
  });
  const ctx: SandboxContext = {
    state,
    oauth: new OAuthStore(options.accessTokenTtlSeconds ?? 2_592_000),
    rateLimiter: new RateLimiter(options.rateLimit ?? { limit: 50, windowMs: 60_000 }),
    faults: new FaultInjector(),
    counters: new RequestCounters(),
    undocumentedParameters: options.undocumentedParameters ?? 'ignore',
    variations: options.variations ?? false,
    clioLanguage: options.clioLanguage ?? 'en',
    heldRequests: new Set(),
  };
  const app = createApp(ctx);
  const server = options.tls
    ? createAdaptorServer({
        fetch: app.fetch,
        createServer: createHttpsServer,
        serverOptions: await throwawayCertificate(),
      })
    : createAdaptorServer({ fetch: app.fetch });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `${options.tls ? 'https' : 'http'}://${HOST}:${port}`,
    port,
    state,
    reset: (resetOptions) => state.reset(resetOptions),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const release of [...ctx.heldRequests]) release();
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
