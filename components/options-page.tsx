import { type FormEvent, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { REGION_IDS, REGIONS, type RegionId } from '@/lib/clio/regions';
import { useConnection } from '@/lib/stores/connection-store';

const buttonClass =
  'rounded-md px-3 py-1.5 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-50';

export function OptionsPage() {
  const { status, busy, error, load, connect, disconnect } = useConnection();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="mx-auto max-w-xl p-8 font-sans text-sm text-slate-800 dark:text-slate-100">
      <h1 className="mb-6 text-xl font-semibold">Remit for Clio</h1>
      {error && (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      {status?.state === 'connected' || status?.state === 'reconnect' ? (
        <section aria-label="Connection">
          <p className="mb-3">
            Connected to Clio ({REGIONS[status.region].label}) as{' '}
            <span className="font-medium">{status.user.name}</span> ({status.user.email}).
          </p>
          <button
            type="button"
            className={`${buttonClass} border border-slate-300`}
            disabled={busy}
            onClick={() => disconnect()}
          >
            Disconnect
          </button>
        </section>
      ) : (
        <ConnectForm busy={busy} onConnect={connect} />
      )}
    </main>
  );
}

function ConnectForm({
  busy,
  onConnect,
}: {
  busy: boolean;
  onConnect: (app: { region: RegionId; clientId: string; clientSecret: string }) => Promise<void>;
}) {
  const [region, setRegion] = useState<RegionId>('us');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const ids = { region: useId(), clientId: useId(), secret: useId(), redirect: useId() };
  const redirectUri = browser.identity.getRedirectURL();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onConnect({ region, clientId, clientSecret });
  };

  return (
    <form onSubmit={submit} className="grid gap-4" aria-label="Connect to Clio">
      <p>Remit connects through your firm’s own Clio developer app. Register this redirect URI in it:</p>
      <div className="flex gap-2">
        <input
          id={ids.redirect}
          readOnly
          aria-label="Redirect URI"
          value={redirectUri}
          className="flex-1 rounded-md border border-slate-300 px-2 py-1 font-mono"
        />
        <button
          type="button"
          className={`${buttonClass} border border-slate-300`}
          onClick={() => navigator.clipboard.writeText(redirectUri)}
        >
          Copy
        </button>
      </div>
      <label htmlFor={ids.region} className="grid gap-1">
        Region
        <select
          id={ids.region}
          value={region}
          onChange={(event) => setRegion(event.target.value as RegionId)}
          className="rounded-md border border-slate-300 px-2 py-1"
        >
          {REGION_IDS.map((id) => (
            <option key={id} value={id}>
              {REGIONS[id].label}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={ids.clientId} className="grid gap-1">
        Client id
        <input
          id={ids.clientId}
          required
          value={clientId}
          onChange={(event) => setClientId(event.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1"
        />
      </label>
      <label htmlFor={ids.secret} className="grid gap-1">
        Client secret
        <input
          id={ids.secret}
          required
          type="password"
          value={clientSecret}
          onChange={(event) => setClientSecret(event.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1"
        />
      </label>
      <button
        type="submit"
        disabled={busy}
        className={`${buttonClass} justify-self-start bg-blue-700 text-white`}
      >
        {busy ? 'Connecting…' : 'Connect'}
      </button>
    </form>
  );
}
