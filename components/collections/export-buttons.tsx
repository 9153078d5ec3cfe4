import { useState } from 'react';
import type { BillFilter } from '@/lib/collections/bill-filter';
import type { BillSort } from '@/lib/collections/bill-sort';
import { sayError } from '@/lib/error-text';
import { t } from '@/lib/i18n/text';
import type { RequestOf } from '@/lib/protocol';
import { sendMessage } from '@/lib/send-message';
import { buttonClass } from '../button-class';

const plainButton = `${buttonClass} border border-slate-300 dark:border-slate-600`;

/** Saves a file the background wrote, as the browser saves any download. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once it starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** CSV files of the bills as filtered and sorted, the aging by client, and the reminders sent. */
export function ExportButtons({ filter, sort }: { filter: BillFilter; sort: BillSort }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (request: RequestOf<'exportCsv'>) => {
    setBusy(true);
    try {
      const file = await sendMessage('exportCsv', request);
      download(file.fileName, file.text);
      setProblem(null);
    } catch (error) {
      setProblem(sayError(error, 'export.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="float-left mr-2 font-medium">{t('export.heading')}</legend>
      <button
        type="button"
        className={plainButton}
        disabled={busy}
        onClick={() => save({ kind: 'bills', filter, sort })}
      >
        {t('export.bills')}
      </button>
      <button type="button" className={plainButton} disabled={busy} onClick={() => save({ kind: 'aging' })}>
        {t('export.aging')}
      </button>
      <button
        type="button"
        className={plainButton}
        disabled={busy}
        onClick={() => save({ kind: 'reminders' })}
      >
        {t('export.reminders')}
      </button>
      {problem && (
        <p role="alert" className="text-red-800 dark:text-red-200">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
