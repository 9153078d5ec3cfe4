import { useEffect, useState } from 'react';
import type { BillFilter } from '@/lib/collections/bill-filter';
import type { BillSelection } from '@/lib/collections/bill-selection';
import type { SelectionSummary } from '@/lib/collections/query-bills';
import { sendMessage } from '@/lib/send-message';

const nothingSelected: SelectionSummary = { count: 0, totalsByCurrency: [] };

/** The selection's count and totals per currency, asked again whenever it, the filter or the bills change. */
export function useSelectionSummary(
  filter: BillFilter,
  selection: BillSelection,
  revision: number,
): SelectionSummary {
  const [summary, setSummary] = useState(nothingSelected);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new revision of the bills asks the same question again.
  useEffect(() => {
    if (selection.kind === 'bills' && selection.ids.length === 0) {
      setSummary(nothingSelected);
      return;
    }
    let current = true;
    sendMessage('selectionTotals', { filter, selection }).then(
      (answer) => current && setSummary(answer),
      (error: unknown) => console.error('Remit: the selection was not added up', error),
    );
    return () => {
      current = false;
    };
  }, [filter, selection, revision]);
  return summary;
}
