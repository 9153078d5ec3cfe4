/** Records of one kind, kept in ascending id order (ids are only ever appended) with an id index. */
export class Table<T extends { id: number }> {
  readonly rows: T[] = [];
  private readonly byId = new Map<number, T>();

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
    const last = this.rows[this.rows.length - 1];
    if (last && last.id >= row.id) throw new Error(`ids must ascend: ${row.id} after ${last.id}`);
    this.rows.push(row);
    this.byId.set(row.id, row);
    return row;
  }

  nextId(): number {
    const last = this.rows[this.rows.length - 1];
    return last ? last.id + 1 : this.firstId;
  }
}
