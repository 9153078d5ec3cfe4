import { formatMoment } from '@/lib/format';
import { say, t } from '@/lib/i18n/text';
import type { SyncStatus } from '@/lib/sync/messages';

/** Records Clio sent that Remit could not read: left out of every figure, each with its reason. */
export function SetAsideList({ records }: { records: SyncStatus['setAside'] }) {
  if (records.length === 0) return null;
  return (
    <div className="grid gap-1">
      <h3 className="font-semibold">{t('options.set_aside', { count: records.length })}</h3>
      <p className="text-slate-600 dark:text-slate-300">{t('options.set_aside_explained')}</p>
      <ul aria-label={t('options.set_aside_list')} className="grid gap-1">
        {records.map((record) => (
          <li
            key={`${record.resource}:${record.recordId}:${record.at}`}
            className="rounded-md bg-slate-50 p-2 dark:bg-slate-800"
          >
            <span className="font-medium">
              {t('sync.resource_name', { resource: record.resource })}{' '}
              {record.recordId ?? t('options.set_aside_no_id')}
            </span>
            : {say(record.reason)} <span className="text-slate-500">({formatMoment(record.at)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
