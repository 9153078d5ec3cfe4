import { type ReactNode, useEffect } from 'react';
import { t } from '@/lib/i18n/text';
import { useSync } from '@/lib/stores/sync-store';
import type { SyncStatus } from '@/lib/sync/messages';
import { buttonClass } from '../button-class';
import { SyncProgress } from './sync-progress';

/** The sync as a page shows it, followed while the page is open, with Sync now. */
export function SyncControls({ children }: { children?: (status: SyncStatus) => ReactNode }) {
  const { status, follow, syncNow } = useSync();
  useEffect(() => follow(), [follow]);
  if (!status) return null;
  return (
    <>
      <SyncProgress status={status} />
      <button
        type="button"
        className={`${buttonClass} justify-self-start border border-slate-300`}
        disabled={status.running}
        onClick={() => syncNow()}
      >
        {t(status.running ? 'sync_view.syncing' : 'sync_view.sync_now')}
      </button>
      {children?.(status)}
    </>
  );
}
