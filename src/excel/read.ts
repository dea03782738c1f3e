// Reading a worksheet into GridData in a fixed number of round trips.
//
//   sync 1        sheet name, protection, used-range bounds (values only, so formatted-but-empty
//                 rows far below the form do not inflate it)
//   sync 2..k+1   one per slice: values, formulas, number formats and value types of up to
//                 `sliceCells` cells, and the merged areas anchored in that slice
//
// Merged areas are read slice by slice because real Excel limits Range.getMergedAreasOrNullObject:
// the call fails when the range holds more than 512 merged areas, and it returns only the areas
// whose top-left cell lies inside the range (office-js issue #3611, "by design"). Slicing by rows
// therefore reports every merge exactly once; a slice whose merges still fail is read again without
// them and its merges are fetched in halves (see readMergesIn), the only case that adds syncs.
//
// so a read costs 1 + ceil(rows / rowsPerSlice) syncs with rowsPerSlice = floor(sliceCells / cols).
// A typical form (a few hundred rows) fits one slice: exactly 2 syncs. Slices keep every response
// well under Excel on the web's payload limit (about 5 MB); if a slice still trips it (very long
// texts), that slice is retried at half the height, the only case where the count grows.

import type { ScalarValue } from '../core/grid/grid';
import type { SheetData } from '../host/types';
import { RangeRef, rangeToA1, toA1 } from '../core/grid/address';
import { parseAreas } from './a1';
import { errors, hiddenRowsNotice, isPayloadTooLarge, toHostError } from './messages';

export interface ReadOptions {
  /** Cells per slice (per round trip). 20,000 cells x 4 properties stays around 1-2 MB for typical text. */
  sliceCells: number;
  /** Refuse used ranges larger than this many cells (HostError 'too-large'). */
  maxCells: number;
  /** Called after each slice, for a progress bar on large sheets. */
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { sliceCells: 20_000, maxCells: 2_000_000 };

/** The number of syncs a read of `rows` x `cols` takes when no slice has to be retried. */
export function expectedReadSyncs(rows: number, cols: number, sliceCells = DEFAULT_READ_OPTIONS.sliceCells): number {
  if (rows === 0 || cols === 0) return 1;
  return 1 + Math.ceil(rows / rowsPerSlice(cols, sliceCells));
}

export function rowsPerSlice(cols: number, sliceCells: number): number {
  return Math.max(1, Math.floor(sliceCells / Math.max(1, cols)));
}

interface SliceData {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** Accumulates slices into the sparse records of GridData. */
class GridBuilder {
  readonly values: ScalarValue[][] = [];
  readonly formulas: Record<string, string> = {};
  readonly numFmts: Record<string, string> = {};
  readonly errors: Record<string, string> = {};
  private hasFormulas = false;
  private hasNumFmts = false;
  private hasErrors = false;

  constructor(
    private readonly originRow: number,
    private readonly originCol: number,
  ) {}

  add(firstRow: number, slice: SliceData): void {
    const { values, formulas, numberFormat, valueTypes } = slice;
    for (let i = 0; i < values.length; i++) {
      const row = this.originRow + firstRow + i;
      const vRow = values[i];
      const fRow = formulas[i];
      const nRow = numberFormat[i];
      const tRow = valueTypes[i];
      const out: ScalarValue[] = new Array(vRow.length);
      for (let j = 0; j < vRow.length; j++) {
        const type = tRow[j];
        const v = vRow[j];
        if (type === 'Empty' || v === '' || v === null || v === undefined) {
          out[j] = null;
          continue;
        }
        const col = this.originCol + j;
        if (type === 'Error') {
          // Excel hands errors back as their display text ("#REF!"); keep it as the value (what the
          // user sees) and record it so the engine never parses it as an amount.
          out[j] = String(v);
          this.errors[toA1(row, col)] = String(v);
          this.hasErrors = true;
        } else {
          out[j] = typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : String(v);
        }
        const f = fRow[j];
        // A text cell ("@" format) holding "=…" reports the same text as its formula: not a formula.
        if (typeof f === 'string' && f.startsWith('=') && f !== v) {
          this.formulas[toA1(row, col)] = f;
          this.hasFormulas = true;
        }
        const nf = nRow[j];
        if (typeof nf === 'string' && nf !== 'General' && nf !== '') {
          this.numFmts[toA1(row, col)] = nf;
          this.hasNumFmts = true;
        }
      }
      this.values.push(out);
    }
  }

  build(name: string, merges: string[], isProtected: boolean): SheetData {
    return {
      name,
      origin: { row: this.originRow, col: this.originCol },
      values: this.values,
      ...(this.hasFormulas ? { formulas: this.formulas } : {}),
      ...(this.hasNumFmts ? { numFmts: this.numFmts } : {}),
      ...(this.hasErrors ? { errors: this.errors } : {}),
      ...(merges.length ? { merges } : {}),
      ...(isProtected ? { protected: true } : {}),
    };
  }
}

/**
 * The merged areas anchored in `area`, halving the area (rows, then columns) while Excel refuses
 * the call, so any number of merges can be read.
 */
export async function readMergesIn(ctx: Excel.RequestContext, ws: Excel.Worksheet, area: RangeRef, sheetName: string): Promise<string[]> {
  const merged = ws.getRangeByIndexes(area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1).getMergedAreasOrNullObject();
  merged.load('address');
  try {
    await ctx.sync();
  } catch (e) {
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    if (rows === 1 && cols === 1) throw toHostError(e, 'read', sheetName);
    const [a, b]: RangeRef[] =
      rows > 1
        ? [{ ...area, bottom: area.top + Math.floor(rows / 2) - 1 }, { ...area, top: area.top + Math.floor(rows / 2) }]
        : [{ ...area, right: area.left + Math.floor(cols / 2) - 1 }, { ...area, left: area.left + Math.floor(cols / 2) }];
    return [...(await readMergesIn(ctx, ws, a, sheetName)), ...(await readMergesIn(ctx, ws, b, sheetName))];
  }
  return merged.isNullObject ? [] : parseAreas(merged.address).map(rangeToA1);
}

/** Reads the named sheet (or the active one). Must be called inside Excel.run. */
export async function readSheetIn(ctx: Excel.RequestContext, name: string | undefined, options: ReadOptions): Promise<SheetData> {
  const sheets = ctx.workbook.worksheets;
  // getItem (not OrNullObject): a missing sheet fails sync 1 with ItemNotFound, which toHostError
  // turns into "sheet not found", and nothing is chained on a null object.
  const ws = name === undefined ? sheets.getActiveWorksheet() : sheets.getItem(name);
  ws.load('name');
  ws.protection.load('protected');
  const used = ws.getUsedRangeOrNullObject(true);
  // rowHidden is null when some rows of the range are hidden (by hand or by a filter), true when all.
  used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e, 'read', name);
  }
  const sheetName = ws.name;
  const isProtected = ws.protection.protected;
  if (used.isNullObject) throw errors.emptySheet(sheetName);

  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const cells = rowCount * columnCount;
  if (cells > options.maxCells) throw errors.tooLarge(sheetName, cells, options.maxCells);

  const builder = new GridBuilder(rowIndex, columnIndex);
  const merges: string[] = [];
  let step = rowsPerSlice(columnCount, options.sliceCells);
  let done = 0;
  let mergesApart = false; // this slice's merges failed along with it: fetch them on their own
  while (done < rowCount) {
    const height = Math.min(step, rowCount - done);
    const range = ws.getRangeByIndexes(rowIndex + done, columnIndex, height, columnCount);
    range.load('values,formulas,numberFormat,valueTypes');
    const merged = mergesApart ? null : range.getMergedAreasOrNullObject();
    merged?.load('address');
    try {
      await ctx.sync();
    } catch (e) {
      if (isPayloadTooLarge(e)) {
        if (height === 1) throw errors.sliceTooLarge(sheetName, rowIndex + done + 1);
        step = Math.max(1, Math.floor(height / 2));
        continue;
      }
      if (!mergesApart) {
        // Perhaps the merged areas (over 512 in this slice): retry the values alone.
        mergesApart = true;
        continue;
      }
      throw toHostError(e, 'read', sheetName);
    }
    if (merged && !merged.isNullObject) merges.push(...parseAreas(merged.address).map(rangeToA1));
    if (mergesApart) {
      merges.push(...(await readMergesIn(ctx, ws, { top: rowIndex + done, left: columnIndex, bottom: rowIndex + done + height - 1, right: columnIndex + columnCount - 1 }, sheetName)));
      mergesApart = false;
    }
    builder.add(done, range as unknown as SliceData);
    done += height;
    options.onProgress?.(done, rowCount);
  }
  const data = builder.build(sheetName, merges, isProtected);
  // Hidden and filtered-out rows are checked like the others: say so, since their findings point
  // at cells the user cannot see.
  if (used.rowHidden !== false) data.notice = hiddenRowsNotice(sheetName);
  return data;
}
