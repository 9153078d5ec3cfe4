import { firstRunUrls } from '../../lib/sync/page-url';
import { resourceSyncs } from '../../lib/sync/resources';
import { startSandbox } from '../sandbox/server';
import { loopbackJson } from '../support/loopback-https';
import { sandboxAccessToken } from '../support/sandbox-token';
import { type Figure, figure } from './figures';

export const SYNC_BENCH_BILLS = 20_000;
const RUNS = 3;

interface Page {
  data: unknown[];
  meta: { paging: { next?: string } };
}

/**
 * The floor for a full sync: a bare Node client with no validation and no storage, fetching the same
 * pages Remit's full sync fetches (every resource, the bills awaiting payment first, Clio's pages of
 * 200, the same fields), one after
 * another. The best of a few runs.
 */
export async function syncFloor(): Promise<Figure[]> {
  const sandbox = await startSandbox({
    tls: true,
    size: SYNC_BENCH_BILLS,
    rateLimit: { limit: 1_000_000, windowMs: 60_000 },
  });
  try {
    const authorization = `Bearer ${await sandboxAccessToken(sandbox.url)}`;
    let best = { seconds: Number.POSITIVE_INFINITY, requests: 0 };
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      let requests = 0;
      for (const url of resourceSyncs.flatMap(firstRunUrls)) {
        let next: string | undefined = new URL(`/api/v4/${url}`, sandbox.url).toString();
        while (next) {
          const page: Page = await loopbackJson<Page>(next, { headers: { authorization } });
          requests += 1;
          next = page.meta.paging.next;
        }
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
