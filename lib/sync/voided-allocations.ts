import { fillFromCachedCopies } from '../db/cached-copies';
import { db } from '../db/database';
import type { AllocationRecord } from '../db/records/allocation';

/**
 * What a payment Clio sent without its day or amount holds in their place until it is stored: only a
 * voided one is read so (see clioAllocation). No day or amount Clio writes is empty.
 */
export const LEFT_OUT = '';

/**
 * A payment Clio voided keeps the day and amount Remit knew from before the void, where Clio's answer
 * left them out: the bill's panel lists it as reversed with its amount, and the roll-forward counts it
 * owed again. Never seen before, it is taken as no money, on the day Clio voided it. Called inside the
 * transaction that stores `records`, before they are written.
 */
export function keepVoidedFigures(records: AllocationRecord[]): Promise<void> {
  return fillFromCachedCopies(
    db.allocations,
    records,
    (record) => record.date === LEFT_OUT || record.amountDecimal === LEFT_OUT,
    (record, known) => {
      if (record.date === LEFT_OUT) record.date = known?.date ?? (record.voidedAt ?? '').slice(0, 10);
      if (record.amountDecimal === LEFT_OUT) record.amountDecimal = known?.amountDecimal ?? '0';
    },
  );
}
