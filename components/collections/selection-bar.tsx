import { useState } from 'react';
import type { BillSelection } from '@/lib/collections/bill-selection';
import type { CurrencyTotal } from '@/lib/collections/currency-totals';
import type { SelectionSummary } from '@/lib/collections/query-bills';
import { t } from '@/lib/i18n/text';
import { buttonClass } from '../button-class';
import { useMailingState } from '../mailing/use-review';
import { quiet } from '../popup/styles';
import { counting } from '../popup/wording';
import { CurrencyTotals } from './currency-totals';

const plainButton = `${buttonClass} border border-slate-300 dark:border-slate-600`;

/** How many bills match and how many are chosen, with their totals, and the ways to choose them all. */
export function SelectionBar({
  matching,
  matchingTotals,
  selection,
  selected,
  onSelectAll,
  onClear,
  onReview,
  onContinueReview,
}: {
  matching: number;
  matchingTotals: readonly CurrencyTotal[];
  selection: BillSelection;
  selected: SelectionSummary;
  onSelectAll: () => void;
  onClear: () => void;
  onReview: () => Promise<void>;
  onContinueReview: () => void;
}) {
  const [starting, setStarting] = useState(false);
  const mailing = useMailingState()?.state;
  const review = async () => {
    setStarting(true);
    await onReview();
    setStarting(false);
  };
  const everyMatch = selection.kind === 'all_matching' && selection.except.length === 0;
  return (
    <section className="grid gap-2 sm:grid-cols-2">
      <div className="grid content-start gap-1">
        <p data-count="matching" className="font-medium">
          {t('collections.matching', counting(matching))}
        </p>
        <CurrencyTotals label={t('collections.matching_totals')} totals={matchingTotals} />
      </div>
      <div className="grid content-start gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <p role="status" data-count="selected" className="font-medium">
            {t('collections.selected', counting(selected.count))}
          </p>
          {matching > 0 && !everyMatch && (
            <button type="button" className={plainButton} onClick={onSelectAll}>
              {t('collections.select_all', counting(matching))}
            </button>
          )}
          {(selection.kind === 'all_matching' || selection.ids.length > 0) && (
            <button type="button" className={plainButton} onClick={onClear}>
              {t('collections.clear_selection')}
            </button>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={`${buttonClass} bg-blue-700 text-white`}
            disabled={selected.count === 0 || starting}
            onClick={review}
          >
            {starting ? t('mailing.starting') : t('mailing.start', counting(selected.count))}
          </button>
          {mailing && (
            <>
              <button type="button" className={plainButton} onClick={onContinueReview}>
                {t('mailing.back_to_mailing', { state: mailing })}
              </button>
              {mailing !== 'sending' && mailing !== 'paused' && (
                <span className={quiet}>{t('mailing.replaces')}</span>
              )}
            </>
          )}
        </div>
        <CurrencyTotals label={t('collections.selection_totals')} totals={selected.totalsByCurrency} />
      </div>
    </section>
  );
}
