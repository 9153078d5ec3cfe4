import { showLeftToSend, showOverdueCount } from '../badge/toolbar-badge';
import { loadConnection } from '../connection/store';
import { db, type RemitDatabase } from '../db/database';
import { paymentStatesToCheck, type ReceivablesSummary, SUMMARY_FORMAT } from '../db/records/summary';
import { everyResourceRead, owedBillsRead } from '../db/records/sync-state';
import { localIsoDate } from '../format';
import { buildSummary, type SummaryBill, type SummaryInput, summaryBillOf } from './build-summary';
import { earliestPeriodStart } from './paid-periods';
import type { ReceivablesView } from './receivables-view';
import { viewSummary } from './view-summary';

const KEY = 'receivables';

let waiting: Promise<void> | undefined;
let previous: Promise<unknown> = Promise.resolve();

/**
 * Rebuilds the summary from the cache and shows the new overdue count. One rebuild runs at a time;
 * asks made while it runs share a single next one, which reads everything stored before it starts.
 */
export function refreshSummary(): Promise<void> {
  if (!waiting) {
    waiting = previous.then(() => {
      waiting = undefined;
      return rebuild();
    });
    previous = waiting.catch(() => undefined);
  }
  return waiting;
}

/** A change made on screen changes the popup's figures and badge too; the answer does not wait for that. */
export function refreshSummaryLater(): void {
  refreshSummary().catch((error) => console.error('Remit: the summary was not updated', error));
}

/** After a sync run: a rebuild when the run stored anything (or no summary exists), the badge either way. */
export async function summariseAfterSync(): Promise<void> {
  const [states, stored] = await Promise.all([db.syncState.toArray(), currentSummary()]);
  if (!stored || states.some((state) => state.records > 0)) await refreshSummary();
  else await showOverdueCount(viewSummary(stored, new Date()).overdueBills);
}

/** The badge's overdue count again, from the summary kept: after a Send all showed its own count. */
export async function showOverdueAgain(): Promise<void> {
  const stored = await currentSummary();
  await showLeftToSend(null);
  if (stored) await showOverdueCount(viewSummary(stored, new Date()).overdueBills);
}

/** What the popup shows, for today; null until the first sync has finished. */
export async function receivablesNow(): Promise<ReceivablesView | null> {
  const [connection, stored] = await Promise.all([loadConnection(), currentSummary()]);
  if (!connection) return null;
  let summary = stored;
  if (!summary) {
    // After an upgrade, or a rebuild cut short by a stopped worker: build it once, now.
    await refreshSummary();
    summary = await currentSummary();
  }
  if (!summary) return null;
  const view = { region: connection.region, ...viewSummary(summary, new Date()) };
  // A new day may have made more bills overdue since the last sync; the popup need not wait for that.
  showOverdueCount(view.overdueBills).catch((error) =>
    console.error('Remit: the badge was not updated', error),
  );
  return view;
}

async function currentSummary(): Promise<ReceivablesSummary | undefined> {
  const row = await db.summaries.get(KEY);
  return row?.summary.format === SUMMARY_FORMAT ? row.summary : undefined;
}

async function rebuild(): Promise<void> {
  // Until every bill awaiting payment is in, the figures would be a fraction of the firm's as if whole.
  if (!owedBillsRead(await db.syncState.get('bills'))) return;
  const now = new Date();
  const summary = buildSummary(await readSummaryInput(now), now);
  const stored = await db.transaction('rw', [db.connection, db.summaries], async () => {
    // Never after a disconnect that wiped the cache while this was being built.
    if (!(await db.connection.get('current'))) return false;
    await db.summaries.put({ key: KEY, summary });
    return true;
  });
  if (stored) await showOverdueCount(viewSummary(summary, now).overdueBills);
}

/**
 * Reads only what the summary uses: the bills awaiting payment through their index (each cut to what
 * the summary reads, see SummaryBill), payments of the periods shown, the currency of every revenue
 * bill from index keys alone (no record is read for it), and the few bills links and Clio Payments
 * payments name.
 */
export async function readSummaryInput(now: Date, cache: RemitDatabase = db): Promise<SummaryInput> {
  const paidSince = earliestPeriodStart(localIsoDate(now));
  return cache.transaction(
    'r',
    [cache.bills, cache.allocations, cache.paymentLinks, cache.payments, cache.syncState],
    async () => {
      const unpaid: SummaryBill[] = [];
      const [allocations, links, payments, receivableCurrencies, states] = await Promise.all([
        cache.allocations.where('date').aboveOrEqual(paidSince).toArray(),
        cache.paymentLinks.toArray(),
        cache.payments.where('state').anyOf(paymentStatesToCheck).toArray(),
        currenciesOfReceivables(cache),
        cache.syncState.toArray(),
        // One at a time, each cut as it comes: a firm's thousands of whole bills are never all held.
        cache.bills
          .where('state')
          .equals('awaiting_payment')
          .each((bill) => {
            unpaid.push(summaryBillOf(bill));
          }),
      ]);
      const loaded = new Set(unpaid.map((bill) => bill.id));
      const named = [...links.map((link) => link.billId), ...payments.flatMap((payment) => payment.billIds)];
      const others = await cache.bills.bulkGet([
        ...new Set(named.filter((id): id is number => id !== null && !loaded.has(id))),
      ]);
      return {
        bills: [...unpaid, ...others.filter((bill) => bill !== undefined).map(summaryBillOf)],
        receivableCurrencies,
        allocations,
        links,
        payments,
        complete: everyResourceRead(states),
      };
    },
  );
}

async function currenciesOfReceivables(cache: RemitDatabase): Promise<Map<number, string>> {
  const [currencies, trust] = await Promise.all([
    cache.bills.orderBy('currencyCode').uniqueKeys(),
    cache.bills.where('kind').equals('trust_kind').primaryKeys(),
  ]);
  const trustIds = new Set(trust);
  const currencyOf = new Map<number, string>();
  for (const currencyCode of currencies) {
    for (const id of await cache.bills.where('currencyCode').equals(currencyCode).primaryKeys())
      if (!trustIds.has(id)) currencyOf.set(id, String(currencyCode));
  }
  return currencyOf;
}
