// Objects that describe one cell (its text, its address), kept from the check that made them so the
// next check of the same sheet can hand out the same object when the cell still says the same.
//
// Why: the pane re-checks the whole sheet after every edit, and a check keeps a few objects per row
// of a large table alive until it ends. Made afresh each time, those objects are what the
// collector copies during the check (a 20,000-row form: most of a check's collection time); kept,
// they sit in the old generation and are read, not copied. The objects are never changed after
// reading, so sharing them between checks is safe. Bounded: a full memo is emptied and fills again
// with the sheet being checked now.

export class CellMemo<T> {
  private readonly byColumn: Array<Array<T | undefined>>;
  private filled = 0;

  /**
   * @param limit  entries kept in all (a sheet of pasted noise fills it and stops there)
   * @param columns  columns kept (the first ones: forms are narrow)
   */
  constructor(
    private readonly limit: number,
    private readonly columns = 32,
  ) {
    this.byColumn = Array.from({ length: columns }, () => []);
  }

  /** What was kept for the cell, if anything (the caller checks it still fits). */
  get(row: number, col: number): T | undefined {
    return col >= 0 && col < this.columns ? this.byColumn[col][row] : undefined;
  }

  /** Keeps `value` for the cell (a row past the limit is never kept; a full memo starts again). */
  set(row: number, col: number, value: T): void {
    if (!(col >= 0 && col < this.columns && row >= 0 && Number.isInteger(row) && Number.isInteger(col))) return;
    const column = this.byColumn[col];
    if (row < column.length) {
      column[row] = value;
      return;
    }
    // Filled densely down to the row (a list with holes becomes a slow dictionary), within the limit.
    // Full: start again, so the sheet being checked now is the one kept (not the first large one).
    if (row + 1 - column.length > this.limit - this.filled) {
      if (row + 1 > this.limit) return;
      for (const c of this.byColumn) c.length = 0;
      this.filled = 0;
    }
    this.filled += row + 1 - column.length;
    while (column.length < row) column.push(undefined);
    column.push(value);
  }
}

/**
 * Two lists holding the same items (===) in the same order: how what was kept is checked against
 * what a check reads now (rows of a table, names of a table, goal texts).
 */
export function sameItems<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Collects a list that is most often the same as a kept one (a table's rows on a re-check): while
 * each item pushed is the kept list's item at that place, nothing is copied, and when all of them
 * were, the result is the kept list itself. A new list is made only from the first difference.
 * Why: a 20,000-row table's list is one large object (see pieces.ts); made afresh in every check
 * only to be found equal to the last one, it cost fresh memory pages each time.
 */
export class SameOrNewList<T> {
  private fresh: T[] | null = null;
  private count = 0;

  constructor(private readonly kept: T[] | undefined) {}

  get length(): number {
    return this.count;
  }

  push(item: T): void {
    if (this.fresh === null) {
      const kept = this.kept;
      if (kept !== undefined && this.count < kept.length && kept[this.count] === item) {
        this.count++;
        return;
      }
      this.fresh = kept === undefined ? [] : kept.slice(0, this.count);
    }
    this.fresh.push(item);
    this.count++;
  }

  /** The list collected: the kept list when every item was its item at the same place. */
  result(): T[] {
    if (this.fresh !== null) return this.fresh;
    if (this.kept === undefined) return [];
    return this.count === this.kept.length ? this.kept : this.kept.slice(0, this.count);
  }
}
