/**
 * Calls `fill` with each of `records` that `leftOut` picks and the copy of it the cache holds (none
 * for a record never stored), read in one go; nothing is read when no record is picked, as nearly
 * always. For what Clio may leave out of a record, kept from what Remit knew.
 */
export async function fillFromCachedCopies<R extends { id: number }>(
  table: { bulkGet(ids: number[]): Promise<(R | undefined)[]> },
  records: R[],
  leftOut: (record: R) => boolean,
  fill: (record: R, cached: R | undefined) => void,
): Promise<void> {
  const picked = records.filter(leftOut);
  if (picked.length === 0) return;
  const cached = await table.bulkGet(picked.map((record) => record.id));
  picked.forEach((record, index) => {
    fill(record, cached[index]);
  });
}
