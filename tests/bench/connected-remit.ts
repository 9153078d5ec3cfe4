import { OptionsPage } from '../e2e/pages/options-page';
import { type Sandbox, type SandboxOptions, startSandbox } from '../sandbox/server';
import { loopbackJson } from '../support/loopback-https';
import { launchRemit, type RemitBrowser } from '../support/remit-browser';

export interface ConnectedRemit {
  sandbox: Sandbox;
  remit: RemitBrowser;
  /** When the options page showed the connection: the first full sync starts right then. */
  connectedAt: number;
  close(): Promise<void>;
}

/** A sandbox, Chromium with the production build, and Remit connected through the real OAuth flow. */
export async function connectedRemit(options: SandboxOptions): Promise<ConnectedRemit> {
  const sandbox = await startSandbox({ ...options, tls: true });
  const remit = await launchRemit({ sandboxPort: sandbox.port });
  const optionsPage = await OptionsPage.open(remit.context, remit.extensionId);
  await optionsPage.connectWithSandboxApp();
  const connectedAt = performance.now();
  await optionsPage.page.close();
  return {
    sandbox,
    remit,
    connectedAt,
    async close() {
      await remit.close();
      await sandbox.close();
    },
  };
}

interface Counters {
  byPath: Record<string, number>;
  byStatus: Record<string, number>;
}

/** API requests the sandbox answered since its counters were last reset (OAuth and pages left out). */
export async function apiRequests(sandbox: Sandbox): Promise<{ requests: number; status429: number }> {
  const { requests } = await loopbackJson<{ requests: Counters }>(`${sandbox.url}/__sandbox/state`);
  const api = Object.entries(requests.byPath).filter(([route]) => route.includes(' /api/v4/'));
  return {
    requests: api.reduce((sum, [, count]) => sum + count, 0),
    status429: requests.byStatus['429'] ?? 0,
  };
}

export async function resetRequestCounts(sandbox: Sandbox): Promise<void> {
  await loopbackJson(`${sandbox.url}/__sandbox/requests/reset`, { method: 'POST' });
}
