import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { useConnection } from '@/lib/stores/connection-store';

export function PopupPage() {
  const { status, error, load } = useConnection();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="w-80 bg-white p-4 font-sans text-sm text-slate-800 dark:bg-slate-900 dark:text-slate-100">
      <h1 className="mb-3 text-base font-semibold">Remit for Clio</h1>
      {error && <p role="alert">{error}</p>}
      {!status && !error && <p>Loading…</p>}
      {status?.state === 'disconnected' && <p>Remit is not connected to Clio yet.</p>}
      {status?.state === 'reconnect' && (
        <p role="alert">Clio no longer accepts Remit’s sign-in. Reconnect to Clio.</p>
      )}
      {status?.state === 'connected' && (
        <p>
          Connected as <span className="font-medium">{status.user.name}</span>.
        </p>
      )}
      <button
        type="button"
        className="mt-3 rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        onClick={() => browser.runtime.openOptionsPage()}
      >
        {status?.state === 'connected' ? 'Settings' : 'Connect to Clio'}
      </button>
    </main>
  );
}
