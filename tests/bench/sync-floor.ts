import { fieldsOf } from '../../lib/clio/fields';
import { clioBill } from '../../lib/clio/schemas';
import { startSandbox } from '../sandbox/server';
import { loopbackJson } from '../support/loopback-https';
import { sandboxAccessToken } from '../support/sandbox-token';
import { type Figure, figure } from './figures';

const BILLS = 20_000;
const RUNS = 3;

interface Page {
  data: unknown[];
  meta: { paging: { next?: string } };
}

/**
 * The floor for syncing bills: a bare Node client, no validation and no storage, following Clio's
 * cursor pages of 200 for the same fields Remit asks for. The best of a few runs.
 */
export async function syncFloor(): Promise<Figure[]> {
  const sandbox = await startSandbox({
    tls: true,
    size: BILLS,
    rateLimit: { limit: 1_000_000, windowMs: 60_000 },
  });
  try {
    const authorization = `Bearer ${await sandboxAccessToken(sandbox.url)}`;
    let best = { seconds: Number.POSITIVE_INFINITY, requests: 0 };
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      let requests = 0;
      let next: string | undefined = `${sandbox.url}/api/v4/bills.json?${new URLSearchParams({
        fields: fieldsOf(clioBill),
        limit: '200',
        order: 'id(asc)',
      })}`;
      while (next) {
        const page: Page = await loopbackJson<Page>(next, { headers: { authorization } });
        requests += 1;
        next = page.meta.paging.next;
      }
      const seconds = (performance.now() - started) / 1000;
      if (seconds < best.seconds) best = { seconds, requests };
    }
    return [
      figure('sync.floor.seconds', best.seconds, 's'),
      figure('sync.floor.requests', best.requests, 'requests'),
    ];
  } finally {
    await sandbox.close();
  }
}
