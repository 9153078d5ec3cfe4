import type { BillPanel } from '@/lib/bill-panel/messages';
import { formatAgo } from '@/lib/format';
import { say, t } from '@/lib/i18n/text';

/** How fresh the figures are: checked with Clio just now, or from the cache and possibly out of date. */
export function Freshness({
  panel,
  checking,
  onCheck,
}: {
  panel: BillPanel;
  checking: boolean;
  onCheck: () => void;
}) {
  const cachedAt = panel.bill.fetchedAt;
  // Clio refusing only what was applied to the bill leaves the bill itself just checked.
  const stale = panel.problem !== null && panel.problem.code !== 'details_refused';
  let text: string;
  if (checking) text = t('bill_panel.checking');
  else if (stale) text = t('bill_panel.stale', { ago: formatAgo(cachedAt) });
  else text = t('bill_panel.checked', { ago: formatAgo(panel.checkedAt ?? cachedAt) });
  return (
    <div className="text-right text-xs text-slate-500">
      <p data-field="freshness" aria-live="polite" className={stale && !checking ? 'text-amber-800' : ''}>
        {text}
      </p>
      {panel.problem && !checking && (
        <p role="alert" className="text-amber-800">
          {say(panel.problem.text)}{' '}
          <button
            type="button"
            className="underline focus-visible:outline-2 focus-visible:outline-blue-700"
            onClick={onCheck}
          >
            {t('bill_panel.try_again')}
          </button>
        </p>
      )}
    </div>
  );
}
