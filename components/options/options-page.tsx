import { useEffect, useState } from 'react';
import { REGIONS } from '@/lib/clio/regions';
import type { ConnectionStatus } from '@/lib/connection/messages';
import { t } from '@/lib/i18n/text';
import { useConnection } from '@/lib/stores/connection-store';
import { buttonClass } from '../button-class';
import { SyncControls } from '../sync/sync-controls';
import { ClientLanguageForm } from './client-language-form';
import { ConnectForm } from './connect-form';
import { EnvelopeTemplateForm } from './envelope-template-form';
import { LanguageForm } from './language-form';
import { MessageTemplateForm } from './message-template-form';
import { ReminderCadenceForm } from './reminder-cadence-form';
import { SetAsideList } from './set-aside-list';

export function OptionsPage() {
  const { status, busy, error, load, connect, reconnect, disconnect } = useConnection();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="mx-auto grid max-w-xl gap-6 p-8 font-sans text-sm text-slate-800 dark:text-slate-100">
      <h1 className="text-xl font-semibold">{t('extension.name')}</h1>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      {status?.state === 'connected' || status?.state === 'reconnect' ? (
        <>
          <section aria-label={t('options.connection')} className="grid gap-3">
            <ConnectedAs status={status} />
            {status.state === 'reconnect' && (
              <p role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900">
                {t('options.reconnect_needed')}
              </p>
            )}
            <div className="flex gap-2">
              {status.state === 'reconnect' && (
                <button
                  type="button"
                  className={`${buttonClass} bg-blue-700 text-white`}
                  disabled={busy}
                  onClick={() => reconnect()}
                >
                  {t('options.reconnect')}
                </button>
              )}
              <button
                type="button"
                className={`${buttonClass} border border-slate-300`}
                disabled={busy}
                onClick={() => disconnect()}
              >
                {t('options.disconnect')}
              </button>
            </div>
          </section>
          <SyncSection />
          <SendingSection />
        </>
      ) : (
        <>
          {status?.state === 'disconnected' && status.revocationPending && (
            <p
              role="status"
              data-field="revocation-pending"
              className="rounded-md bg-amber-50 p-3 text-amber-900"
            >
              {t('options.revocation_pending')}
            </p>
          )}
          <ConnectForm busy={busy} onConnect={connect} />
        </>
      )}
      <LanguageForm />
    </main>
  );
}

function ConnectedAs({
  status,
}: {
  status: Extract<ConnectionStatus, { state: 'connected' | 'reconnect' }>;
}) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      <dt className="text-slate-500 dark:text-slate-400">{t('options.connected_as')}</dt>
      <dd>
        <span className="font-medium">{status.user.name}</span> ({status.user.email})
      </dd>
      <dt className="text-slate-500 dark:text-slate-400">{t('options.firm')}</dt>
      <dd>{status.firmName ?? '—'}</dd>
      <dt className="text-slate-500 dark:text-slate-400">{t('options.region')}</dt>
      <dd>
        {t('connection.region', { region: status.region })} ({REGIONS[status.region].host})
      </dd>
    </dl>
  );
}

/**
 * The messages bills go with. A new language for clients shows its own default messages at once,
 * over any edit not yet saved.
 */
function SendingSection() {
  const [languageSaves, setLanguageSaves] = useState(0);
  return (
    <section aria-label={t('options.sending')} className="grid gap-3">
      <h2 className="text-base font-semibold">{t('options.sending')}</h2>
      <ClientLanguageForm onSaved={() => setLanguageSaves((saves) => saves + 1)} />
      <MessageTemplateForm field="messageTemplate" reload={languageSaves} />
      <MessageTemplateForm field="settledMessageTemplate" reload={languageSaves} />
      <EnvelopeTemplateForm reload={languageSaves} />
      <ReminderCadenceForm reload={languageSaves} />
    </section>
  );
}

function SyncSection() {
  return (
    <section aria-label={t('options.sync')} className="grid gap-3">
      <h2 className="text-base font-semibold">{t('options.sync')}</h2>
      <SyncControls>{(status) => <SetAsideList records={status.setAside} />}</SyncControls>
    </section>
  );
}
