// A Grid that counts every cell read, so tests can bound the engine's work structurally (reads per
// cell of the sheet) instead of timing it: timings belong in bench/, never in unit tests.

import { Grid, GridData } from '../../src/core/grid/grid';
import type { RangeRef } from '../../src/core/grid/address';

export class CountingGrid extends Grid {
  /** Cell lookups of any kind (value, formula, number format, error, merge). */
  reads = 0;
  /** Whole-sheet row scans (each costs about one read per cell). */
  scans = 0;

  constructor(data: GridData) {
    super(data);
  }

  override value(row: number, col: number) {
    this.reads++;
    return super.value(row, col);
  }

  override formula(row: number, col: number) {
    this.reads++;
    return super.formula(row, col);
  }

  override numFmt(row: number, col: number) {
    this.reads++;
    return super.numFmt(row, col);
  }

  override error(row: number, col: number) {
    this.reads++;
    return super.error(row, col);
  }

  override mergeAt(row: number, col: number): RangeRef | undefined {
    this.reads++;
    return super.mergeAt(row, col);
  }

  override *nonEmptyRows(): Generator<number> {
    this.scans++;
    yield* super.nonEmptyRows();
  }

  override forEachNonEmptyRow(visit: (row: number) => void): void {
    this.scans++;
    super.forEachNonEmptyRow(visit);
  }

  /** Reads plus the cost of the row scans, in cells. */
  get work(): number {
    return this.reads + this.scans * this.cellCount;
  }
}
