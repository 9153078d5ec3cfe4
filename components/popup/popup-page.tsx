import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { billsListUrl } from '@/lib/clio/pages';
import { useConnection } from '@/lib/stores/connection-store';
import { useReceivables } from '@/lib/stores/receivables-store';
import type { PaidPeriod } from '@/lib/summary/paid-periods';
import type { ReceivablesView } from '@/lib/summary/receivables-view';
import { buttonClass } from '../button-class';
import { SyncControls } from '../sync/sync-controls';
import { CurrencyReceivables, ReceivablesNote } from './currency-receivables';
import { NeedsAttention } from './needs-attention';
import { PaidPeriodPicker } from './paid-period-picker';
import { quiet } from './styles';

const primaryButton = `${buttonClass} justify-self-start bg-blue-700 text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200`;
const plainButton = `${buttonClass} border border-slate-300 dark:border-slate-600`;

/** Outstanding versus paid at a glance, from the summary the sync keeps: one message, painted at once. */
export function PopupPage() {
  const { status, busy, error, load: loadConnection, reconnect } = useConnection();
  const receivables = useReceivables();
  const { follow } = receivables;

  useEffect(() => {
    void loadConnection();
  }, [loadConnection]);
  useEffect(() => follow(), [follow]);

  const connected = status !== undefined && status.state !== 'disconnected';
  return (
    <main className="grid w-96 gap-4 bg-white p-4 font-sans text-sm text-slate-800 dark:bg-slate-900 dark:text-slate-100">
      <h1 className="text-base font-semibold">Remit for Clio</h1>
      {(error ?? receivables.error) && <p role="alert">{error ?? receivables.error}</p>}
      {!status && receivables.view === undefined && <p>Loading…</p>}
      {status?.state === 'disconnected' && <FirstRun />}
      {status?.state === 'reconnect' && (
        <div className="grid gap-2">
          <p
            role="alert"
            className="rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          >
            Clio no longer accepts Remit’s sign-in. The figures below are from the last sync. Reconnect to
            Clio to bring them up to date.
          </p>
          <button type="button" className={primaryButton} disabled={busy} onClick={() => reconnect()}>
            Reconnect to Clio
          </button>
        </div>
      )}
      {connected && (
        <section aria-label="Sync" className="grid gap-2">
          <SyncControls />
        </section>
      )}
      {receivables.view && (
        <Receivables
          view={receivables.view}
          period={receivables.period}
          onChoose={receivables.choosePeriod}
        />
      )}
      {receivables.view === null && status?.state === 'connected' && (
        <p className={quiet}>The figures appear here once the first sync with Clio has finished.</p>
      )}
      {connected && (
        <footer className="flex items-center justify-between gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
          <p className={quiet}>
            Connected as <span className="font-medium">{status.user.name}</span>
          </p>
          <button type="button" className={plainButton} onClick={() => browser.runtime.openOptionsPage()}>
            Settings
          </button>
        </footer>
      )}
    </main>
  );
}

function FirstRun() {
  return (
    <section aria-label="Get started" className="grid gap-2">
      <p>Remit is not connected to Clio yet.</p>
      <p className={quiet}>
        Once connected, this shows what clients owe, what they paid, how old the unpaid bills are and what
        needs chasing. Connecting takes your firm’s Clio app: its client id and secret.
      </p>
      <button type="button" className={primaryButton} onClick={() => browser.runtime.openOptionsPage()}>
        Connect to Clio
      </button>
    </section>
  );
}

function Receivables({
  view,
  period,
  onChoose,
}: {
  view: ReceivablesView;
  period: PaidPeriod;
  onChoose: (period: PaidPeriod) => void;
}) {
  const listUrl = billsListUrl(view.region);
  return (
    <>
      {view.currencies.length === 0 ? (
        <p data-figure="nothing-outstanding">Nothing is awaiting payment.</p>
      ) : (
        <>
          <PaidPeriodPicker period={period} onChoose={onChoose} />
          {view.currencies.map((receivables) => (
            <CurrencyReceivables
              key={receivables.currencyCode}
              receivables={receivables}
              period={period}
              today={view.today}
              billsListUrl={listUrl}
            />
          ))}
          <ReceivablesNote />
        </>
      )}
      <NeedsAttention attention={view.attention} region={view.region} />
    </>
  );
}
