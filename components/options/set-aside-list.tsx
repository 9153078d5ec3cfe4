import { formatMoment } from '@/lib/format';
import type { SyncStatus } from '@/lib/sync/messages';

/** Records Clio sent that Remit could not read: left out of every figure, each with its reason. */
export function SetAsideList({ records }: { records: SyncStatus['setAside'] }) {
  if (records.length === 0) return null;
  return (
    <div className="grid gap-1">
      <h3 className="font-semibold">Set aside ({records.length})</h3>
      <p className="text-slate-600 dark:text-slate-300">
        These records from Clio did not read as Clio documents them, so they are left out of every figure.
      </p>
      <ul aria-label="Records set aside" className="grid gap-1">
        {records.map((record) => (
          <li
            key={`${record.resource}:${record.recordId}:${record.at}`}
            className="rounded-md bg-slate-50 p-2 dark:bg-slate-800"
          >
            <span className="font-medium">
              {record.resource} {record.recordId ?? '(no id)'}
            </span>
            : {record.reason} <span className="text-slate-500">({formatMoment(record.at)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
