import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { billsListUrl } from '@/lib/clio/pages';
import { t } from '@/lib/i18n/text';
import { useConnection } from '@/lib/stores/connection-store';
import { useReceivables } from '@/lib/stores/receivables-store';
import type { PaidPeriod } from '@/lib/summary/paid-periods';
import type { ReceivablesView } from '@/lib/summary/receivables-view';
import { buttonClass } from '../button-class';
import { SyncControls } from '../sync/sync-controls';
import { CurrencyReceivables, ReceivablesNote } from './currency-receivables';
import { DaysToPay } from './days-to-pay';
import { NeedsAttention } from './needs-attention';
import { openWorkspace } from './open-workspace';
import { PaidPeriodPicker } from './paid-period-picker';
import { RemindersDue } from './reminders-due';
import { SendAllUnderWay } from './send-all-under-way';
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
      <h1 className="text-base font-semibold">{t('extension.name')}</h1>
      {(error ?? receivables.error) && <p role="alert">{error ?? receivables.error}</p>}
      {!status && receivables.view === undefined && <p>{t('popup.loading')}</p>}
      {status?.state === 'disconnected' && <FirstRun />}
      {status?.state === 'reconnect' && (
        <div className="grid gap-2">
          <p
            role="alert"
            className="rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          >
            {t('popup.reconnect_needed')}
          </p>
          <button type="button" className={primaryButton} disabled={busy} onClick={() => reconnect()}>
            {t('popup.reconnect')}
          </button>
        </div>
      )}
      {connected && (
        <section aria-label={t('popup.sync')} className="grid gap-2">
          <SyncControls />
        </section>
      )}
      {connected && <SendAllUnderWay />}
      {connected && <RemindersDue />}
      {receivables.view && (
        <Receivables
          view={receivables.view}
          period={receivables.period}
          onChoose={receivables.choosePeriod}
        />
      )}
      {receivables.view === null && status?.state === 'connected' && (
        <p className={quiet}>{t('popup.first_sync_pending')}</p>
      )}
      {connected && (
        <footer className="flex items-center justify-between gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
          <p className={quiet}>
            {t('popup.connected_as')} <span className="font-medium">{status.user.name}</span>
          </p>
          <span className="flex gap-2">
            <button type="button" className={plainButton} onClick={() => openWorkspace()}>
              {t('collections.open')}
            </button>
            <button type="button" className={plainButton} onClick={() => browser.runtime.openOptionsPage()}>
              {t('popup.settings')}
            </button>
          </span>
        </footer>
      )}
    </main>
  );
}

function FirstRun() {
  return (
    <section aria-label={t('popup.get_started')} className="grid gap-2">
      <p>{t('popup.not_connected')}</p>
      <p className={quiet}>{t('popup.first_run_explained')}</p>
      <button type="button" className={primaryButton} onClick={() => browser.runtime.openOptionsPage()}>
        {t('popup.connect')}
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
        <p data-figure="nothing-outstanding">{t('popup.nothing_outstanding')}</p>
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
              complete={view.complete}
            />
          ))}
          <ReceivablesNote />
          <DaysToPay />
        </>
      )}
      <NeedsAttention attention={view.attention} region={view.region} />
    </>
  );
}
