// One pass over a sheet that the readers share: every short text cell normalised once, so labels
// can be found anywhere on the sheet ("labels are found by normalised text, not fixed addresses").

import { Grid } from '../grid/grid';
import { toA1 } from '../grid/address';
import { normalizeLabel } from '../parse/text';
import { TextCell } from '../model';

export interface Pos {
  row: number;
  col: number;
}

/** Texts longer than this are prose, never labels; skipping them keeps the index small. */
const MAX_LABEL_LENGTH = 80;

export class SheetScan {
  /** Normalised label -> positions, in reading order. */
  private readonly index = new Map<string, Pos[]>();
  /** Every indexed cell in reading order, for prefix searches. */
  private readonly cells: Array<Pos & { key: string }> = [];
  /** Normalised text by cell, so readers can ask for a cell's key as often as they like. */
  private readonly keys = new Map<number, string>();

  constructor(readonly grid: Grid) {
    for (const row of grid.nonEmptyRows()) {
      for (let col = 0; col < grid.colCount; col++) {
        const v = grid.value(row, col);
        if (typeof v !== 'string' || v.length === 0 || v.length > MAX_LABEL_LENGTH) continue;
        const key = normalizeLabel(v);
        if (!key) continue;
        const list = this.index.get(key);
        if (list) list.push({ row, col });
        else this.index.set(key, [{ row, col }]);
        this.cells.push({ row, col, key });
        this.keys.set(row * 16_384 + col, key);
      }
    }
  }

  /** Cells whose normalised text equals one of the labels. */
  findExact(...labels: string[]): Pos[] {
    const out: Pos[] = [];
    for (const l of labels) out.push(...(this.index.get(normalizeLabel(l)) ?? []));
    return out.sort(byReadingOrder);
  }

  /** Cells whose normalised text matches a test (label keys, already normalised). */
  findWhere(test: (key: string) => boolean): Pos[] {
    return this.cells.filter((c) => test(c.key)).map(({ row, col }) => ({ row, col }));
  }

  has(...labels: string[]): boolean {
    return labels.some((l) => this.index.has(normalizeLabel(l)));
  }

  key(row: number, col: number): string {
    return this.keys.get(row * 16_384 + col) ?? '';
  }

  textCell(row: number, col: number): TextCell {
    return { text: this.grid.text(row, col).trim(), cell: toA1(row, col), row, col };
  }

  /** The text cell, or undefined when blank. */
  optionalText(row: number, col: number | undefined): TextCell | undefined {
    if (col === undefined || this.grid.isBlank(row, col)) return undefined;
    return this.textCell(row, col);
  }

  /** The first column right of the cell's merged area. */
  nextColumn(row: number, col: number): number {
    const m = this.grid.mergeAt(row, col);
    return m ? m.right + 1 : col + 1;
  }

  /** True when every cell of the row (from column `from`) is blank. */
  rowIsBlank(row: number, from = 0, to = this.grid.colCount - 1): boolean {
    for (let c = from; c <= to; c++) if (!this.grid.isBlank(row, c)) return false;
    return true;
  }

  /** Non-blank cells of a row, left to right. */
  rowCells(row: number, from = 0, to = this.grid.colCount - 1): Pos[] {
    const out: Pos[] = [];
    for (let c = from; c <= to; c++) if (!this.grid.isBlank(row, c)) out.push({ row, col: c });
    return out;
  }
}

export function byReadingOrder(a: Pos, b: Pos): number {
  return a.row - b.row || a.col - b.col;
}
