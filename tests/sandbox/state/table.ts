/** Records of one kind, kept in ascending id order (ids are only ever appended) with an id index. */
export class Table<T extends { id: number }> {
  readonly rows: T[] = [];
  private readonly byId = new Map<number, T>();
  /** Ids are never given twice, even once their row is deleted. */
  private highestId = 0;

  /** The id the first inserted row gets; each kind has its own range so ids of kinds never collide. */
  private readonly firstId: number;

  constructor(firstId = 1) {
    this.firstId = firstId;
  }

  get size(): number {
    return this.rows.length;
  }

  get(id: number): T | undefined {
    return this.byId.get(id);
  }

  insert(row: T): T {
    if (this.highestId >= row.id) throw new Error(`ids must ascend: ${row.id} after ${this.highestId}`);
    this.rows.push(row);
    this.byId.set(row.id, row);
    this.highestId = row.id;
    return row;
  }

  /** Removes a row for good, as Clio destroys a record; its id is not given again. */
  delete(id: number): void {
    const row = this.byId.get(id);
    if (!row) return;
    this.rows.splice(this.rows.indexOf(row), 1);
    this.byId.delete(id);
  }

  nextId(): number {
    return this.highestId === 0 ? this.firstId : this.highestId + 1;
  }
}
