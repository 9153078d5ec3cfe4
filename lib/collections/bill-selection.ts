import { z } from 'zod';

const billIds = z.array(z.number().int().positive()).max(100_000);

/**
 * The bills a user chose: some by hand, or every bill the filter matches but a few, which stays a
 * few ids however many bills match.
 */
export const billSelection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bills'), ids: billIds }),
  z.object({ kind: z.literal('all_matching'), except: billIds }),
]);
export type BillSelection = z.infer<typeof billSelection>;

export const noSelection: BillSelection = { kind: 'bills', ids: [] };

/** Whether a bill the filter matches is in the selection. */
export function selectionPredicate(selection: BillSelection): (billId: number) => boolean {
  if (selection.kind === 'bills') {
    const chosen = new Set(selection.ids);
    return (billId) => chosen.has(billId);
  }
  const left = new Set(selection.except);
  return (billId) => !left.has(billId);
}

/** The selection with one bill put in or taken out. */
export function toggleBill(selection: BillSelection, billId: number, selected: boolean): BillSelection {
  const [list, inList] =
    selection.kind === 'bills' ? [selection.ids, selected] : [selection.except, !selected];
  const others = list.filter((id) => id !== billId);
  const next = inList ? [...others, billId] : others;
  return selection.kind === 'bills' ? { kind: 'bills', ids: next } : { kind: 'all_matching', except: next };
}
