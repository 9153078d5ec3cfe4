import { formatCount, formatMoment } from '@/lib/format';
import type { SyncStatus } from '@/lib/sync/messages';

/** Where the sync stands: per resource while it runs, the last completed time when it rests. */
export function SyncProgress({ status }: { status: SyncStatus }) {
  const active = status.resources.filter((resource) => resource.running && resource.pages > 0);
  const firstRun = status.lastCompletedAt === null;
  return (
    <div aria-live="polite" className="grid gap-1">
      {status.running && (
        <p className="font-medium">
          {firstRun ? 'First sync with Clio in progress…' : 'Syncing with Clio…'}{' '}
          {active.map((resource) => `${formatCount(resource.records)} ${resource.label}`).join(', ')}
        </p>
      )}
      {status.running && (
        <ul aria-label="Sync progress" className="grid gap-0.5 text-slate-600 dark:text-slate-300">
          {status.resources.map((resource) => (
            <li key={resource.resource} data-resource={resource.resource}>
              {resource.running && resource.pages > 0
                ? `${resource.label}: ${formatCount(resource.records)} so far (page ${resource.pages})`
                : resource.completedAt
                  ? `${resource.label}: up to date`
                  : `${resource.label}: waiting`}
            </li>
          ))}
        </ul>
      )}
      {!status.running && (
        <p data-testid="last-sync">
          {status.lastCompletedAt ? `Last synced ${formatMoment(status.lastCompletedAt)}` : 'Not synced yet.'}
        </p>
      )}
      {status.error && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {status.error}
        </p>
      )}
    </div>
  );
}
