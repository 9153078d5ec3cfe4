import { type FormEvent, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { REGION_IDS, type RegionId } from '@/lib/clio/regions';
import { t } from '@/lib/i18n/text';
import { buttonClass } from '../button-class';

export function ConnectForm({
  busy,
  onConnect,
}: {
  busy: boolean;
  onConnect: (app: { region: RegionId; clientId: string; clientSecret: string }) => Promise<void>;
}) {
  const [region, setRegion] = useState<RegionId>('us');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [copied, setCopied] = useState(false);
  const ids = { region: useId(), clientId: useId(), secret: useId() };
  const redirectUri = browser.identity.getRedirectURL();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onConnect({ region, clientId, clientSecret });
  };
  const copy = async () => {
    await navigator.clipboard.writeText(redirectUri);
    setCopied(true);
  };

  return (
    <form onSubmit={submit} className="grid gap-4" aria-label={t('options.connect_form')}>
      <p>{t('options.connect_explained')}</p>
      <div className="flex gap-2">
        <input
          readOnly
          aria-label={t('options.redirect_uri')}
          value={redirectUri}
          onFocus={(event) => event.currentTarget.select()}
          className="flex-1 rounded-md border border-slate-300 px-2 py-1 font-mono"
        />
        <button type="button" className={`${buttonClass} border border-slate-300`} onClick={copy}>
          {t(copied ? 'options.copied' : 'options.copy')}
        </button>
      </div>
      <label htmlFor={ids.region} className="grid gap-1">
        {t('options.region')}
        <select
          id={ids.region}
          value={region}
          onChange={(event) => setRegion(event.target.value as RegionId)}
          className="rounded-md border border-slate-300 px-2 py-1"
        >
          {REGION_IDS.map((id) => (
            <option key={id} value={id}>
              {t('connection.region', { region: id })}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={ids.clientId} className="grid gap-1">
        {t('options.client_id')}
        <input
          id={ids.clientId}
          required
          autoComplete="off"
          value={clientId}
          onChange={(event) => setClientId(event.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1"
        />
      </label>
      <label htmlFor={ids.secret} className="grid gap-1">
        {t('options.client_secret')}
        <input
          id={ids.secret}
          required
          type="password"
          autoComplete="off"
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
        {t(busy ? 'options.connecting' : 'options.connect')}
      </button>
    </form>
  );
}
