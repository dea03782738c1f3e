// The grid: what every host hands the engine. A plain, serialisable GridData crosses host
// boundaries (Office.js, exceljs, a web worker); the Grid class gives the readers fast lookups.
//
// Merged areas are recorded but never "filled": the value sits in the top-left cell only, exactly as
// Excel stores it. Readers decide when a blank cell inherits from above (see forms/).

import { parseA1, parseRange, RangeRef, toA1 } from './address';
import { formatForDisplay } from '../parse/display';

export type ScalarValue = string | number | boolean | null;

export type { GridData } from './schema';
import type { GridData } from './schema';

/**
 * A row holds something besides nulls and blank strings. A plain loop (this runs for every row of
 * every check) with Array.prototype.some's reading: holes are skipped, an explicit undefined counts.
 */
function rowHasValue(r: ScalarValue[]): boolean {
  for (let c = 0; c < r.length; c++) {
    const v = r[c];
    if (v === null) continue;
    if (v === undefined) {
      if (c in r) return true;
      continue;
    }
    if (!(typeof v === 'string' && v.trim() === '')) return true;
  }
  return false;
}

export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly RangeRef[];
  readonly protected: boolean;
  private readonly originRow: number;
  private readonly originCol: number;
  private readonly values: ScalarValue[][];
  private readonly formulas: Map<number, string>;
  private readonly numFmts: Map<number, string>;
  private readonly errors: Map<number, string>;
  private readonly mergeIndex: Map<number, RangeRef>;
  /** Row -> one past the last column holding an error, for errors recorded beyond a row's values. */
  private readonly errorRowEnd = new Map<number, number>();

  constructor(data: GridData) {
    this.name = data.name;
    this.originRow = data.origin?.row ?? 0;
    this.originCol = data.origin?.col ?? 0;
    this.values = data.values;
    let width = 0;
    for (const row of data.values) if (row.length > width) width = row.length;
    this.rowCount = this.originRow + data.values.length;
    this.colCount = this.originCol + width;
    this.protected = data.protected ?? false;
    this.formulas = this.indexByAddress(data.formulas);
    this.numFmts = this.indexByAddress(data.numFmts);
    this.errors = this.indexByAddress(data.errors);
    for (const k of this.errors.keys()) {
      const row = Math.floor(k / 16_384);
      this.errorRowEnd.set(row, Math.max(this.errorRowEnd.get(row) ?? 0, (k % 16_384) + 1));
    }
    this.merges = (data.merges ?? []).map(parseRange);
    this.mergeIndex = new Map();
    for (const m of this.merges) {
      // Large merges are rare; cap the index so a pathological merge cannot blow up memory.
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (cells > 100_000) continue;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.mergeIndex.set(this.key(r, c), m);
    }
  }

  /** Convenience for tests and generated sheets: rows of plain values from A1. */
  static fromRows(name: string, rows: ScalarValue[][], extra: Omit<GridData, 'name' | 'values'> = {}): Grid {
    return new Grid({ name, values: rows, ...extra });
  }

  private key(row: number, col: number): number {
    return row * 16_384 + col; // Excel's column limit keeps keys unique.
  }

  private indexByAddress(record: Record<string, string> | undefined): Map<number, string> {
    const map = new Map<number, string>();
    if (!record) return map;
    for (const [address, v] of Object.entries(record)) {
      const { row, col } = parseA1(address);
      map.set(this.key(row, col), v);
    }
    return map;
  }

  value(row: number, col: number): ScalarValue {
    const r = this.values[row - this.originRow];
    if (!r) return null;
    const v = r[col - this.originCol];
    return v === undefined ? null : v;
  }

  formula(row: number, col: number): string | undefined {
    return this.formulas.get(this.key(row, col));
  }

  numFmt(row: number, col: number): string | undefined {
    return this.numFmts.get(this.key(row, col));
  }

  error(row: number, col: number): string | undefined {
    return this.errors.get(this.key(row, col));
  }

  /** The text a user sees in the cell (numbers formatted by their number format). */
  text(row: number, col: number): string {
    const err = this.error(row, col);
    if (err) return err;
    const v = this.value(row, col);
    if (v === null) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return formatForDisplay(v, this.numFmt(row, col));
  }

  isBlank(row: number, col: number): boolean {
    if (this.error(row, col)) return false;
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.mergeIndex.get(this.key(row, col));
  }

  /** True for a cell covered by a merge but not its top-left cell. */
  isMergedTail(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }

  /** Row indexes that hold at least one non-blank cell, in order. */
  *nonEmptyRows(): Generator<number> {
    for (let i = 0; i < this.values.length; i++) {
      if (rowHasValue(this.values[i])) yield i + this.originRow;
    }
  }

  /**
   * nonEmptyRows as a callback, for the engine's whole-sheet passes: a generator hands out one
   * result object per row, garbage that a check of a 10,000-row form made several times over.
   */
  forEachNonEmptyRow(visit: (row: number) => void): void {
    for (let i = 0; i < this.values.length; i++) {
      if (rowHasValue(this.values[i])) visit(i + this.originRow);
    }
  }

  /**
   * One past the last column of the row that can hold anything; every cell from there on is blank.
   * Rows may be ragged, so loops over a row stop here rather than at colCount (one stray cell at
   * XFD1 must not make every row 16,384 cells long).
   */
  rowEnd(row: number): number {
    const r = this.values[row - this.originRow];
    const end = r ? this.originCol + r.length : 0;
    const err = this.errors.size ? this.errorRowEnd.get(row) : undefined;
    return err !== undefined && err > end ? err : end;
  }

  /** The number of cells the grid spans, for cost bounds. */
  get cellCount(): number {
    return this.rowCount * this.colCount;
  }
}
