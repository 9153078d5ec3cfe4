import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { BillFilter } from '@/lib/collections/bill-filter';
import type { BillColumn, BillSort } from '@/lib/collections/bill-sort';
import { t } from '@/lib/i18n/text';
import { focusRing } from '../popup/styles';
import { BillCell } from './bill-cells';
import { columns } from './columns';
import { ROW_HEIGHT } from './styles';
import type { BillWindows } from './use-bill-windows';

const cell = 'overflow-hidden text-ellipsis whitespace-nowrap px-2';

/**
 * The matching bills as one table of `count` rows, of which only those on screen exist: each row is
 * the same height, so the scroll bar is right for any number of bills before they are read.
 */
export function BillsTable({
  count,
  windows,
  filter,
  sort,
  onSort,
  isSelected,
  onSelect,
}: {
  count: number;
  windows: BillWindows;
  filter: BillFilter;
  sort: BillSort;
  onSort: (column: BillColumn) => void;
  isSelected: (billId: number) => boolean;
  onSelect: (billId: number, selected: boolean) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? 0;
  const { show } = windows;

  useEffect(() => {
    if (count > 0) show(first, last);
  }, [show, first, last, count]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: another filter or sort lists other bills, from the top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [filter, sort]);

  const above = rows[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  return (
    <div
      ref={scroller}
      className="min-h-0 flex-1 overflow-auto rounded-md border border-slate-200 dark:border-slate-700"
    >
      <table
        aria-label={t('collections.bills')}
        aria-rowcount={count + 1}
        aria-busy={windows.busy}
        className="w-full min-w-[80rem] table-fixed border-collapse text-left"
      >
        <thead className="sticky top-0 z-10 bg-slate-100 dark:bg-slate-800">
          <tr aria-rowindex={1} style={{ height: ROW_HEIGHT }}>
            <th className="w-10 px-2">
              <span className="sr-only">{t('collections.select_column')}</span>
            </th>
            {columns.map((column) => {
              const direction = sort.column === column.id ? sort.direction : 'none';
              return (
                <th
                  key={column.id}
                  aria-sort={direction}
                  className={`${column.width} px-2 font-medium ${column.numeric ? 'text-right' : ''}`}
                >
                  <button
                    type="button"
                    className={`inline-flex items-center gap-1 rounded ${focusRing}`}
                    onClick={() => onSort(column.id)}
                  >
                    {t(column.heading)}
                    <span aria-hidden="true" className="text-xs">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {above > 0 && <tr style={{ height: above }} />}
          {rows.map(({ index }) => {
            const bill = windows.rowAt(index);
            return (
              <tr
                key={bill?.id ?? `row ${index}`}
                aria-rowindex={index + 2}
                data-bill-id={bill?.id}
                style={{ height: ROW_HEIGHT }}
                className="border-t border-slate-100 odd:bg-white even:bg-slate-50 dark:border-slate-800 dark:odd:bg-slate-900 dark:even:bg-slate-950"
              >
                {bill ? (
                  <>
                    <td className="px-2">
                      <input
                        type="checkbox"
                        aria-label={t('collections.select_bill', { number: bill.number })}
                        checked={isSelected(bill.id)}
                        onChange={(event) => onSelect(bill.id, event.target.checked)}
                      />
                    </td>
                    {columns.map((column) => (
                      <td
                        key={column.id}
                        data-column={column.id}
                        className={`${cell} ${column.numeric ? 'text-right tabular-nums' : ''}`}
                      >
                        <BillCell bill={bill} column={column.id} />
                      </td>
                    ))}
                  </>
                ) : (
                  <td colSpan={columns.length + 1} className={`${cell} text-slate-500 dark:text-slate-400`}>
                    {t('collections.row_loading')}
                  </td>
                )}
              </tr>
            );
          })}
          {below > 0 && <tr style={{ height: below }} />}
        </tbody>
      </table>
    </div>
  );
}
