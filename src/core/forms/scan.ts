// One pass over a sheet that the readers share: every short text cell normalised once, so labels
// can be found anywhere on the sheet ("labels are found by normalised text, not fixed addresses").
//
// Built for hostile sizes too (a real form above 100,000 rows of pasted noise): the indexed cells
// live in flat parallel arrays (no object per cell; the set of distinct texts only up to a limit),
// lookups scan those arrays, and a search can be limited to a band of rows, found by binary search.

import { Grid } from '../grid/grid';
import { toA1 } from '../grid/address';
import { CellMemo } from '../grid/cell-memo';
import { PiecedList, PiecedStringSet } from '../grid/pieces';
import { normalizeLabel } from '../parse/text';
import { TextCell } from '../model';

export interface Pos {
  row: number;
  col: number;
}

/** Texts longer than this are prose, never labels; skipping them keeps the index small. */
export const MAX_LABEL_LENGTH = 80;

/** Inclusive band of rows a search is limited to. */
export interface RowBand {
  top: number;
  bottom: number;
}

const NO_KEYS: ReadonlyArray<string | undefined> = [];

/** Text cells handed out by textCell, shared by the checks of one process (bounded). */
const textCells = new CellMemo<TextCell>(120_000);
const EMPTY_RANGE: [number, number] = [0, 0];

/**
 * Up to this many indexed cells, whole-sheet yes/no questions (has, some) are answered from the set
 * of distinct keys: form detection asks two dozen of them, and a long indicator table repeats its
 * category and target texts on every row. Past it (pasted noise) they scan the cells as before.
 */
const DISTINCT_KEYS_LIMIT = 200_000;

/** Sheets with more indexed cells than this are not kept for the next scan (pasted noise). */
const KEEP_LIMIT = 200_000;

/**
 * A sheet's indexed cells in reading order: row, column, the cell's text and its normalised key at
 * the same position. Never changed once built, so the next scan of a sheet that says the same
 * takes it whole (see SheetScan's constructor), with the set of distinct keys made from it.
 */
class LabelCells {
  rows: Int32Array;
  cols: Int32Array;
  /** In pieces: one list of a whole sheet's keys would be a large object in every check (pieces.ts). */
  readonly texts = new PiecedList<string>();
  readonly keys = new PiecedList<string>();
  count = 0;
  /** Distinct keys, built on the first whole-sheet question (null: too many cells to keep a set). */
  distinct: PiecedStringSet | null | undefined;

  constructor(capacity = 256) {
    this.rows = new Int32Array(capacity);
    this.cols = new Int32Array(capacity);
  }

  push(row: number, col: number, text: string, key: string): void {
    if (this.count === this.rows.length) {
      const rows = new Int32Array(this.count * 2);
      const cols = new Int32Array(this.count * 2);
      rows.set(this.rows);
      cols.set(this.cols);
      this.rows = rows;
      this.cols = cols;
    }
    this.rows[this.count] = row;
    this.cols[this.count] = col;
    this.texts.push(text);
    this.keys.push(key);
    this.count++;
  }

  /** New cells holding this one's first `n`, with room for as many as this one holds. */
  prefix(n: number): LabelCells {
    const out = new LabelCells(Math.max(256, this.count));
    for (let i = 0; i < n; i++) out.push(this.rows[i], this.cols[i], this.texts.at(i), this.keys.at(i));
    return out;
  }
}

/**
 * The cells of the last two sheets scanned, the latest first. Two: the pane's check of a form with
 * last year's form as its baseline scans both sheets in every check, one after the other.
 */
let recentCells: [LabelCells | undefined, LabelCells | undefined] = [undefined, undefined];

/** The cells' n-th cell is at (row, col) and says `text`. */
function sameCell(cells: LabelCells, n: number, row: number, col: number, text: string): boolean {
  return n < cells.count && cells.rows[n] === row && cells.cols[n] === col && cells.texts.at(n) === text;
}

export class SheetScan {
  private readonly cells: LabelCells;
  /**
   * Where each row's cells start in the cells' lists, by row from `baseRow` (the last entry is the
   * end): a row's keys are the cells from rowStart[r] to rowStart[r + 1]. No list per row: on a
   * 10,000-row form those were 10,000 lists every check kept alive and the collector moved.
   */
  private rowStart: Int32Array = new Int32Array(1);
  /** The first row that holds anything (rows above it have no keys). */
  private baseRow = 0;
  /** String cells longer than MAX_LABEL_LENGTH, in reading order ("label：long text" prose). */
  readonly longTexts: Pos[] = [];

  constructor(readonly grid: Grid) {
    // While every cell so far is a recent sheet's cell at the same place with the same text, nothing
    // is normalised or copied (`made` stays undefined); the first difference copies what matched.
    // Why: on a re-check of a 10,000-row form, normalising and storing every key again was the
    // largest share of what a check allocated, and the distinct keys made from them the next.
    const [a, b] = recentCells;
    let inA = a !== undefined; // every cell so far is a's cell at the same position
    let inB = b !== undefined;
    let made: LabelCells | undefined;
    let n = 0;
    // New cells from what matched so far (the first n cells of a sheet still matching, if any).
    const fromMatched = () => (inA ? a!.prefix(n) : inB ? b!.prefix(n) : new LabelCells());
    let next = -1; // relative index of the first row whose start is not yet written
    grid.forEachNonEmptyRow((row) => {
      if (next < 0) {
        this.baseRow = row;
        this.rowStart = new Int32Array(Math.max(0, grid.rowCount - row) + 1);
        next = 0;
      }
      const at = row - this.baseRow;
      // Rows with nothing indexed start where the next indexed cell will.
      for (; next <= at; next++) this.rowStart[next] = n;
      const end = Math.min(grid.colCount, grid.rowEnd(row));
      for (let col = 0; col < end; col++) {
        const v = grid.value(row, col);
        if (typeof v !== 'string' || v.length === 0) continue;
        if (v.length > MAX_LABEL_LENGTH) {
          this.longTexts.push({ row, col });
          continue;
        }
        if (made === undefined && (inA || inB)) {
          const sameA = inA && sameCell(a!, n, row, col, v);
          const sameB = inB && sameCell(b!, n, row, col, v);
          if (sameA || sameB) {
            inA = sameA;
            inB = sameB;
            n++;
            continue;
          }
        }
        const key = normalizeLabel(v);
        if (!key) continue;
        made ??= fromMatched();
        made.push(row, col, v, key);
        n++;
      }
    });
    for (next = Math.max(0, next); next < this.rowStart.length; next++) this.rowStart[next] = n;
    if (made === undefined) {
      if (inA && n === a!.count) made = a!;
      else if (inB && n === b!.count) made = b!;
      else made = fromMatched();
    }
    this.cells = made;
    if (made.count <= KEEP_LIMIT) recentCells = [made, made === a ? b : a];
  }

  /** The range of cells of a row in the lists, [from, to); empty for rows outside the sheet. */
  private rowRange(row: number): [number, number] {
    const at = row - this.baseRow;
    if (!(at >= 0 && at < this.rowStart.length - 1)) return EMPTY_RANGE;
    return [this.rowStart[at], this.rowStart[at + 1]];
  }

  /** Index of the first indexed cell at or below `row`. */
  private lowerBound(row: number): number {
    let lo = 0;
    let hi = this.cells.count;
    const rows = this.cells.rows;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rows[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private range(band: RowBand | undefined): [number, number] {
    if (!band) return [0, this.cells.count];
    return [this.lowerBound(band.top), this.lowerBound(band.bottom + 1)];
  }

  /** Cells whose normalised text equals one of the labels, in reading order. */
  findExact(...labels: string[]): Pos[] {
    const keys = new Set(labels.map(normalizeLabel));
    return this.findWhere((k) => keys.has(k));
  }

  /** Cells whose normalised text matches a test (label keys, already normalised), in reading order. */
  findWhere(test: (key: string) => boolean, band?: RowBand): Pos[] {
    const out: Pos[] = [];
    const [from, to] = this.range(band);
    const { keys, rows, cols } = this.cells;
    for (let i = from; i < to; i++) if (test(keys.at(i))) out.push({ row: rows[i], col: cols[i] });
    return out;
  }

  /** The first cell (reading order) whose key matches; stops there. */
  first(test: (key: string) => boolean, band?: RowBand): Pos | undefined {
    const [from, to] = this.range(band);
    const { keys, rows, cols } = this.cells;
    for (let i = from; i < to; i++) if (test(keys.at(i))) return { row: rows[i], col: cols[i] };
    return undefined;
  }

  /** True when some indexed cell matches; stops at the first. */
  some(test: (key: string) => boolean, band?: RowBand): boolean {
    const distinct = band ? null : this.distinctKeys();
    if (distinct) {
      for (let i = 0, n = distinct.size; i < n; i++) if (test(distinct.at(i))) return true;
      return false;
    }
    const [from, to] = this.range(band);
    for (let i = from; i < to; i++) if (test(this.cells.keys.at(i))) return true;
    return false;
  }

  has(...labels: string[]): boolean {
    const distinct = this.distinctKeys();
    if (distinct) return labels.some((l) => distinct.has(normalizeLabel(l)));
    const keys = new Set(labels.map(normalizeLabel));
    return this.some((k) => keys.has(k));
  }

  private distinctKeys(): PiecedStringSet | null {
    const cells = this.cells;
    if (cells.distinct === undefined) {
      if (cells.count > DISTINCT_KEYS_LIMIT) cells.distinct = null;
      else {
        const set = new PiecedStringSet();
        for (let i = 0; i < cells.count; i++) set.add(cells.keys.at(i));
        cells.distinct = set;
      }
    }
    return cells.distinct;
  }

  key(row: number, col: number): string {
    const at = row - this.baseRow;
    if (!(at >= 0 && at < this.rowStart.length - 1)) return '';
    for (let i = this.rowStart[at], end = this.rowStart[at + 1]; i < end; i++) if (this.cells.cols[i] === col) return this.cells.keys.at(i);
    return '';
  }

  /** The row's label keys by column (holes where there is none), as long as the row; built on request. */
  rowKeys(row: number): ReadonlyArray<string | undefined> {
    const [from, to] = this.rowRange(row);
    if (from === to) return NO_KEYS;
    const keys = new Array<string | undefined>(Math.min(this.grid.colCount, this.grid.rowEnd(row)));
    for (let i = from; i < to; i++) keys[this.cells.cols[i]] = this.cells.keys.at(i);
    return keys;
  }

  /** True when some label key of the row matches; builds no list (asked of every row of a table). */
  rowHasKey(row: number, test: (key: string) => boolean): boolean {
    const at = row - this.baseRow;
    if (!(at >= 0 && at < this.rowStart.length - 1)) return false;
    for (let i = this.rowStart[at], end = this.rowStart[at + 1]; i < end; i++) if (test(this.cells.keys.at(i))) return true;
    return false;
  }

  textCell(row: number, col: number): TextCell {
    const text = this.grid.text(row, col).trim();
    // The cell's object from the last check, when the cell still says the same (see CellMemo).
    const kept = textCells.get(row, col);
    if (kept !== undefined && kept.text === text) return kept;
    const made: TextCell = { text, cell: toA1(row, col), row, col };
    textCells.set(row, col, made);
    return made;
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
    const last = Math.min(to, this.grid.rowEnd(row) - 1);
    for (let c = from; c <= last; c++) if (!this.grid.isBlank(row, c)) return false;
    return true;
  }

  /** Non-blank cells of a row, left to right. */
  rowCells(row: number, from = 0, to = this.grid.colCount - 1): Pos[] {
    const out: Pos[] = [];
    const last = Math.min(to, this.grid.rowEnd(row) - 1);
    for (let c = from; c <= last; c++) if (!this.grid.isBlank(row, c)) out.push({ row, col: c });
    return out;
  }
}

export function byReadingOrder(a: Pos, b: Pos): number {
  return a.row - b.row || a.col - b.col;
}
