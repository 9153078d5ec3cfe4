import { useCallback, useEffect, useMemo, useState } from 'react';
import type { QueueName } from '@/lib/collections/bill-queue';
import {
  type BillSelection,
  noSelection,
  selectionPredicate,
  toggleBill,
} from '@/lib/collections/bill-selection';
import { type BillColumn, type BillSort, defaultSort } from '@/lib/collections/bill-sort';
import { sayError } from '@/lib/error-text';
import { t } from '@/lib/i18n/text';
import { onUpdates } from '@/lib/messaging/updates';
import { sendMessage } from '@/lib/send-message';
import { buttonClass } from '../button-class';
import { InsightPage } from '../insight/insight-page';
import { ReviewPage } from '../mailing/review-page';
import { quiet } from '../popup/styles';
import { BillsTable } from './bills-table';
import { ExportButtons } from './export-buttons';
import { FilterBar } from './filter-bar';
import { type FilterForm, initialForm, toBillFilter } from './filter-form';
import { SelectionBar } from './selection-bar';
import { useBillWindows } from './use-bill-windows';
import { useSelectionSummary } from './use-selection-summary';

const plainButton = `${buttonClass} border border-slate-300 dark:border-slate-600`;

const pageLayout =
  'flex h-screen flex-col gap-4 bg-white p-6 font-sans text-sm text-slate-800 dark:bg-slate-900 dark:text-slate-100';

const startQueues: Partial<Record<string, QueueName>> = {
  '#needs-attention': 'needs_attention',
  '#reminders': 'reminders_due',
};

/**
 * Every cached bill, to filter down to what needs sending, sort and select, whatever their number:
 * the background holds the bills and answers a window of rows and the totals at a time.
 */
export function CollectionsPage() {
  // Opened on a queue (the popup's "needs attention" bills, the reminders due), it starts with them all chosen.
  const [startQueue] = useState(() => startQueues[location.hash]);
  const [form, setForm] = useState<FilterForm>(() =>
    startQueue ? { ...initialForm, queue: startQueue } : initialForm,
  );
  const [sort, setSort] = useState<BillSort>(defaultSort);
  const [selection, setSelection] = useState<BillSelection>(() =>
    startQueue ? { kind: 'all_matching', except: [] } : noSelection,
  );
  // Counts changes of the bills in the background: each one reads the page's bills again.
  const [revision, setRevision] = useState(0);
  // The review is the page's second view; its address keeps it across a reload.
  const [reviewing, setReviewing] = useState(() => location.hash === '#review');
  const [reviewProblem, setReviewProblem] = useState<string | null>(null);
  // Insight is the page's third view, kept across a reload the same way.
  const [insight, setInsight] = useState(() => location.hash === '#insight');
  const showInsight = useCallback((on: boolean) => {
    history.replaceState(null, '', on ? '#insight' : '#');
    setInsight(on);
  }, []);

  useEffect(() => {
    const stop = new AbortController();
    // A send changes Remit's last action on its bill, and a reminder held, sent or set otherwise the
    // reminders due: only the bills' view shows them.
    onUpdates(
      reviewing ? ['bills'] : ['bills', 'sends', 'reminders'],
      () => setRevision((before) => before + 1),
      stop.signal,
    );
    return () => stop.abort();
  }, [reviewing]);

  const filter = useMemo(() => toBillFilter(form), [form]);
  const windows = useBillWindows(filter, sort, revision);
  const selected = useSelectionSummary(filter, selection, revision);
  const isSelected = useMemo(() => selectionPredicate(selection), [selection]);

  // A selection is of the bills one filter lists: another filter starts another selection.
  const changeFilter = useCallback((next: FilterForm) => {
    setForm(next);
    setSelection(noSelection);
  }, []);
  const sortBy = useCallback(
    (column: BillColumn) =>
      setSort((before) => ({
        column,
        direction: before.column === column && before.direction === 'ascending' ? 'descending' : 'ascending',
      })),
    [],
  );
  const select = useCallback(
    (billId: number, on: boolean) => setSelection((before) => toggleBill(before, billId, on)),
    [],
  );

  const showReview = useCallback((on: boolean) => {
    history.replaceState(null, '', on ? '#review' : '#');
    setReviewing(on);
    // Back from a review, the bills are read again: its sends changed them.
    if (!on) setRevision((before) => before + 1);
  }, []);
  const startReview = useCallback(async () => {
    try {
      await sendMessage('startReview', { filter, selection });
      setReviewProblem(null);
      showReview(true);
    } catch (error) {
      setReviewProblem(sayError(error, 'mailing.not_saved'));
    }
  }, [filter, selection, showReview]);

  const { figures } = windows;
  if (insight) {
    return (
      <main className={pageLayout}>
        <h1 className="text-xl font-semibold">{t('collections.heading')}</h1>
        <InsightPage onBack={() => showInsight(false)} />
      </main>
    );
  }
  if (reviewing) {
    return (
      <main className={pageLayout}>
        <h1 className="text-xl font-semibold">{t('collections.heading')}</h1>
        <ReviewPage onBack={() => showReview(false)} />
      </main>
    );
  }
  return (
    <main className={pageLayout}>
      <h1 className="text-xl font-semibold">{t('collections.heading')}</h1>
      <FilterBar form={form} currencies={figures?.currencies ?? []} onChange={changeFilter} />
      <div className="flex flex-wrap items-center gap-4">
        <ExportButtons filter={filter} sort={sort} />
        <button type="button" className={plainButton} onClick={() => showInsight(true)}>
          {t('insight.open')}
        </button>
      </div>
      {windows.error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {windows.error}
        </p>
      )}
      {!figures && !windows.error && <p className={quiet}>{t('collections.loading')}</p>}
      {figures && (
        <SelectionBar
          matching={figures.count}
          matchingTotals={figures.totals}
          selection={selection}
          selected={selected}
          onSelectAll={() => setSelection({ kind: 'all_matching', except: [] })}
          onClear={() => setSelection(noSelection)}
          onReview={startReview}
          onContinueReview={() => showReview(true)}
        />
      )}
      {reviewProblem && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {reviewProblem}
        </p>
      )}
      {figures?.cachedBills === 0 && <p className={quiet}>{t('collections.cache_empty')}</p>}
      {figures && figures.cachedBills > 0 && figures.count === 0 && (
        <p className={quiet}>{t('collections.no_match')}</p>
      )}
      {figures && figures.count > 0 && (
        <BillsTable
          count={figures.count}
          windows={windows}
          filter={filter}
          sort={sort}
          onSort={sortBy}
          isSelected={isSelected}
          onSelect={select}
        />
      )}
    </main>
  );
}
