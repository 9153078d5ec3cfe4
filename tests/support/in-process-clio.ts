import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isClioHost } from '../../lib/clio/regions';
import { saveConnection } from '../../lib/connection/store';
import { db } from '../../lib/db/database';
import { DEMO_APP } from '../sandbox/oauth/demo-app';
import { type Sandbox, type SandboxOptions, startSandbox } from '../sandbox/server';
import { type SandboxBill, type SandboxControl, sandboxControl } from './sandbox-control';
import { sandboxTokens } from './sandbox-token';

export interface InProcessClio {
  sandbox: Sandbox;
  control: SandboxControl;
  close(): Promise<void>;
}

/**
 * The Clio sandbox in this process, over real HTTP on loopback, for unit tests that run Remit's
 * background code (sync, sends, payment links) against it. Requests to Clio's hosts go to the sandbox,
 * whatever the code under test asked for; Remit is connected with tokens from the sandbox's own OAuth
 * flow, stored as `connect` stores them. The cache is fake-indexeddb's, as in every unit test.
 */
export async function connectToInProcessClio(options: SandboxOptions = {}): Promise<InProcessClio> {
  const sandbox = await startSandbox({
    undocumentedParameters: 'refuse',
    rateLimit: { limit: 100_000, windowMs: 60_000 },
    ...options,
    tls: false,
  });
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!isClioHost(url.host)) return realFetch(request);
    const target = new URL(`${url.pathname}${url.search}`, sandbox.url);
    const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer();
    // The sandbox answers as the Clio host asked for would: its links' addresses are on that host.
    const headers = new Headers(request.headers);
    headers.set('x-forwarded-host', url.host);
    return realFetch(target, {
      method: request.method,
      headers,
      body,
      signal: request.signal,
    });
  });
  const tokens = await sandboxTokens(sandbox.url);
  await saveConnection({
    region: 'us',
    clientId: DEMO_APP.clientId,
    clientSecret: DEMO_APP.clientSecret,
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: Date.now() + tokens.expires_in * 1000,
    user: { id: 1, name: 'Sandbox user', email: 'user@example.com' },
    firmName: null,
    needsReconnect: false,
  });
  return { sandbox, control: sandboxControl(sandbox), close: () => sandbox.close() };
}

/**
 * A send test's start: an empty cache and fake browser, the sandbox connected, and one of its bills
 * that is owed and not yet shared, so a send to the portal shows in Clio.
 */
export async function clioWithUnsharedBill(): Promise<{ clio: InProcessClio; bill: SandboxBill }> {
  fakeBrowser.reset();
  await Promise.all(db.tables.map((table) => table.clear()));
  const clio = await connectToInProcessClio({ size: 40 });
  const bill = (await clio.control.bills()).find(
    (candidate) => candidate.state === 'awaiting_payment' && !candidate.shared,
  );
  if (!bill) throw new Error('The seed has no unshared unpaid bill');
  return { clio, bill };
}

/**
 * A payment link test's start: an empty cache, the sandbox connected, and one of its invoices owed in
 * US dollars, which a link into the operating account can pay.
 */
export async function clioWithUnpaidInvoice(): Promise<{ clio: InProcessClio; bill: SandboxBill }> {
  await Promise.all(db.tables.map((table) => table.clear()));
  const clio = await connectToInProcessClio({ size: 40 });
  const bill = (await clio.control.bills()).find(
    (candidate) =>
      candidate.state === 'awaiting_payment' &&
      candidate.kind === 'revenue_kind' &&
      candidate.currency === 'USD' &&
      candidate.balance > 0,
  );
  if (!bill) throw new Error('The seed has no unpaid USD invoice');
  return { clio, bill };
}
