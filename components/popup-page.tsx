import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { useConnection } from '@/lib/stores/connection-store';
import { useSync } from '@/lib/stores/sync-store';
import { buttonClass } from './button-class';
import { SyncProgress } from './sync-progress';

export function PopupPage() {
  const { status, error, load } = useConnection();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="grid w-80 gap-3 bg-white p-4 font-sans text-sm text-slate-800 dark:bg-slate-900 dark:text-slate-100">
      <h1 className="text-base font-semibold">Remit for Clio</h1>
      {error && <p role="alert">{error}</p>}
      {!status && !error && <p>Loading…</p>}
      {status?.state === 'disconnected' && <p>Remit is not connected to Clio yet.</p>}
      {status?.state === 'reconnect' && (
        <p role="alert">Clio no longer accepts Remit’s sign-in. Reconnect to Clio.</p>
      )}
      {status?.state === 'connected' && (
        <>
          <p>
            Connected as <span className="font-medium">{status.user.name}</span>.
          </p>
          <PopupSync />
        </>
      )}
      <button
        type="button"
        className={`${buttonClass} justify-self-start bg-blue-700 text-white hover:bg-blue-800`}
        onClick={() => browser.runtime.openOptionsPage()}
      >
        {status?.state === 'connected'
          ? 'Settings'
          : status?.state === 'reconnect'
            ? 'Reconnect to Clio'
            : 'Connect to Clio'}
      </button>
    </main>
  );
}

function PopupSync() {
  const { status, follow, syncNow } = useSync();
  useEffect(() => follow(), [follow]);
  if (!status) return null;
  return (
    <section aria-label="Sync" className="grid gap-2">
      <SyncProgress status={status} />
      <button
        type="button"
        className={`${buttonClass} justify-self-start border border-slate-300`}
        disabled={status.running}
        onClick={() => syncNow()}
      >
        {status.running ? 'Syncing…' : 'Sync now'}
      </button>
    </section>
  );
}
