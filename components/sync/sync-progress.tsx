import { useId } from 'react';
import { formatCount, formatMoment } from '@/lib/format';
import { say, t } from '@/lib/i18n/text';
import type { SyncStatus } from '@/lib/sync/messages';

type ResourceStatus = SyncStatus['resources'][number];

/** Where the sync stands: per resource while it runs, the last completed time when it rests. */
export function SyncProgress({ status }: { status: SyncStatus }) {
  const active = status.resources.filter((resource) => resource.running && resource.pages > 0);
  const firstRun = status.lastCompletedAt === null;
  const partsRead = status.resources.filter((resource) => !resource.running).length;
  const partsId = useId();
  // A first run reads the bills awaiting payment before the rest of the bills: named as what they are.
  const nameOf = (resource: ResourceStatus) =>
    t('sync.resource_name', {
      resource:
        resource.resource === 'bills' && firstRun && !status.currentFiguresReady
          ? 'owedBills'
          : resource.resource,
    });
  const progress = active
    .map((resource) =>
      t('sync_view.resource_records', { records: formatCount(resource.records), resource: nameOf(resource) }),
    )
    .join(', ');
  return (
    <div aria-live="polite" className="grid gap-1">
      {status.running && (
        <p className="font-medium">
          {t(firstRun ? 'sync_view.first_sync_running' : 'sync_view.sync_running', { progress })}
        </p>
      )}
      {status.running && firstRun && (
        <p data-field="current-figures">
          {t(status.currentFiguresReady ? 'sync_view.current_figures_ready' : 'sync_view.reading_owed_first')}
        </p>
      )}
      {status.running && (
        <p className="flex items-center gap-2">
          <progress
            aria-labelledby={partsId}
            max={status.resources.length}
            value={partsRead}
            className="h-2 grow"
          />
          <span id={partsId} className="text-xs tabular-nums">
            {t('sync_view.parts_read', { done: partsRead, parts: status.resources.length })}
          </span>
        </p>
      )}
      {status.running && (
        <ul aria-label={t('sync_view.progress')} className="grid gap-0.5 text-slate-600 dark:text-slate-300">
          {status.resources.map((resource) => (
            <li key={resource.resource} data-resource={resource.resource}>
              {resource.running && resource.pages > 0
                ? t('sync_view.resource_reading', {
                    resource: nameOf(resource),
                    records: formatCount(resource.records),
                    page: resource.pages,
                  })
                : t(resource.completedAt ? 'sync_view.resource_up_to_date' : 'sync_view.resource_waiting', {
                    resource: nameOf(resource),
                  })}
            </li>
          ))}
        </ul>
      )}
      {!status.running && (
        <p data-testid="last-sync">
          {status.lastCompletedAt
            ? t('sync_view.last_synced', { moment: formatMoment(status.lastCompletedAt) })
            : t('sync_view.not_synced')}
        </p>
      )}
      {status.error && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {say(status.error)}
        </p>
      )}
    </div>
  );
}
