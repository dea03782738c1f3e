// Applying a template edit plan and taking it back exactly.
//
// Coordinates (shared with the file host): every RowInsertion's `beforeRow` and `formatFromRow`
// refer to the sheet as it was BEFORE the plan; every insertion's `merges` and the plan's `writes`
// refer to the sheet AFTER all insertions (for a one-insertion plan, simply "post-insertion"). Insertions are executed bottom-up, so each lands where the planner meant it without
// shifting the others; two insertions at the same row keep their plan order.
//
// Round trips: apply = 2 syncs (1: protection, target cells, existing merges; 2: every change),
// undo = 2 syncs (1: verify the inserted rows still hold what we wrote; 2: every change). Office.js
// edits clear Excel's own undo stack, which is why the add-in keeps its own record.

import type { CellWrite, EditPlan, RowInsertion } from '../host/types';
import type { RangeRef } from '../core/grid/address';
import { rangeToA1, toA1 } from '../core/grid/address';
import { intersects, parseArea, parseAreas, rowsAddress } from './a1';
import { errors, toHostError } from './messages';

type CellValue = string | number | null;

export interface InsertedBlock {
  /** First inserted row, zero-based, in after-edit coordinates. */
  start: number;
  rows: CellValue[][];
}

export interface EditRecord {
  id: string;
  description: string;
  sheetId: string;
  sheetName: string;
  /** Ascending by start. */
  blocks: InsertedBlock[];
  /** Cells we wrote: after-edit address, the value, and what was there before (null = empty). */
  written: Array<{ address: string; value: string | number; before: string | number | null }>;
  /** Merges we made, after-edit coordinates. */
  merges: RangeRef[];
  /** Merged areas that existed before inside the merges' before-edit footprint. */
  priorMerges: RangeRef[];
}

interface Placed {
  ins: RowInsertion;
  index: number;
  /** After-edit first row. */
  start: number;
}

/** Where each insertion ends up after the whole plan. */
export function placeInsertions(insertions: readonly RowInsertion[]): Placed[] {
  const sorted = insertions.map((ins, index) => ({ ins, index })).sort((a, b) => a.ins.beforeRow - b.ins.beforeRow || a.index - b.index);
  let shift = 0;
  return sorted.map(({ ins, index }) => {
    const placed = { ins, index, start: ins.beforeRow + shift };
    shift += ins.rows.length;
    return placed;
  });
}

/** Maps an after-edit row to its before-edit row, or null for a row the plan inserts. */
export function toBeforeRow(placed: readonly Placed[], row: number): number | null {
  let shift = 0;
  for (const p of placed) {
    const end = p.start + p.ins.rows.length - 1;
    if (row < p.start) break;
    if (row <= end) return null;
    shift += p.ins.rows.length;
  }
  return row - shift;
}

/** Rows of an after-edit range that existed before, as a before-edit range (or null if all are new). */
function beforeFootprint(placed: readonly Placed[], r: RangeRef): RangeRef | null {
  let top: number | null = null;
  let bottom: number | null = null;
  for (let row = r.top; row <= r.bottom; row++) {
    const b = toBeforeRow(placed, row);
    if (b === null) continue;
    if (top === null) top = b;
    bottom = b;
  }
  return top === null || bottom === null ? null : { top, bottom, left: r.left, right: r.right };
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function isEmptyCell(value: unknown, formula: unknown): boolean {
  return isBlank(value) && !(typeof formula === 'string' && formula.startsWith('='));
}

/** The write rule: empty stays empty-only; a non-empty `previous` allows an append to that exact text. */
function mayWrite(w: CellWrite, current: unknown, formula: unknown): boolean {
  if (isBlank(w.previous)) return isEmptyCell(current, formula);
  if (typeof formula === 'string' && formula.startsWith('=')) return false;
  if (String(current) !== String(w.previous)) return false; // the user changed it since the plan
  return typeof w.value !== 'string' || w.value.startsWith(String(w.previous));
}

function width(rows: CellValue[][]): number {
  return Math.max(1, ...rows.map((r) => r.length));
}

export interface AppliedEdit {
  record: EditRecord;
  /** Areas our changes touch, for ignoring the change events they cause. */
  touched: RangeRef[];
}

/**
 * Sync 1 of apply: everything we must know before changing anything. Returns the worksheet and
 * what sync 2 needs; throws (before any change) on a protected sheet or a merge that would
 * swallow existing content.
 */
export async function applyEditIn(ctx: Excel.RequestContext, sheet: string, plan: EditPlan, id: string, beforeSync2: (sheetId: string, touched: RangeRef[]) => void): Promise<AppliedEdit> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.load('id,name');
  ws.protection.load('protected');
  const placed = placeInsertions(plan.insertions);

  // Writes: only into cells that are empty now (existing cells) or left empty by the template (new rows).
  const writeChecks = plan.writes
    .filter((w) => w.value !== null && w.value !== '')
    .map((w) => {
      const area = parseArea(w.address);
      if (!area) throw errors.writeFailed(`无效的单元格地址 ${w.address}`);
      const before = toBeforeRow(placed, area.top);
      const target = before === null ? null : ws.getRange(toA1(before, area.left));
      target?.load('values,formulas');
      return { write: w, area, before, target };
    });

  // Merges: remember what was merged before so undo can put it back, and make sure merging does
  // not swallow content (Excel keeps only the top-left value of a merge).
  const merges = plan.insertions.flatMap((ins) => ins.merges ?? []).map((m) => {
    const r = parseArea(m);
    if (!r) throw errors.writeFailed(`无效的合并区域 ${m}`);
    return r;
  });
  const mergeChecks = merges.map((m) => {
    const foot = beforeFootprint(placed, m);
    if (!foot) return { m, foot, range: null, areas: null };
    const range = ws.getRange(rangeToA1(foot));
    range.load('values,formulas');
    const areas = range.getMergedAreasOrNullObject();
    areas.load('address');
    return { m, foot, range, areas };
  });

  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e, 'write', sheet);
  }
  if (ws.protection.protected) throw errors.protectedNoHighlight(ws.name);

  // New rows inside a merge: their template values would be swallowed too.
  for (const m of merges) {
    for (let row = m.top; row <= m.bottom; row++) {
      if (toBeforeRow(placed, row) !== null) continue;
      const p = placed.find((x) => row >= x.start && row < x.start + x.ins.rows.length)!;
      const values = p.ins.rows[row - p.start] ?? [];
      for (let col = m.left; col <= m.right; col++) {
        if (row === m.top && col === m.left) continue;
        if (!isBlank(values[col])) throw errors.writeFailed(`合并 ${rangeToA1(m)} 会覆盖单元格 ${toA1(row, col)} 的内容，已取消本次修改`);
      }
    }
  }

  const priorMerges: RangeRef[] = [];
  for (const c of mergeChecks) {
    if (!c.range || !c.areas || !c.foot) continue;
    const existing = c.areas.isNullObject ? [] : parseAreas(c.areas.address);
    priorMerges.push(...existing);
    const values = c.range.values;
    const formulas = c.range.formulas;
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values[i].length; j++) {
        const row = c.foot.top + i;
        const col = c.foot.left + j;
        if (row === c.foot.top && col === c.foot.left) continue;
        const insideExisting = existing.some((e) => row >= e.top && row <= e.bottom && col >= e.left && col <= e.right && !(row === e.top && col === e.left));
        if (!insideExisting && !isEmptyCell(values[i][j], formulas[i][j])) {
          throw errors.writeFailed(`合并 ${rangeToA1(c.m)} 会覆盖单元格 ${toA1(row, col)} 的内容，已取消本次修改`);
        }
      }
    }
  }

  const written: EditRecord['written'] = [];
  for (const c of writeChecks) {
    let current: unknown;
    let formula: unknown = null;
    if (c.before === null) {
      const p = placed.find((x) => c.area.top >= x.start && c.area.top < x.start + x.ins.rows.length)!;
      current = p.ins.rows[c.area.top - p.start]?.[c.area.left] ?? null;
    } else {
      current = c.target!.values[0][0];
      formula = c.target!.formulas[0][0];
    }
    if (!mayWrite(c.write, current, formula)) continue;
    written.push({ address: toA1(c.area.top, c.area.left), value: c.write.value as string | number, before: isBlank(current) ? null : (current as string | number) });
  }

  // Sync 2: all changes, bottom-up.
  const touched: RangeRef[] = [];
  const descending = [...placed].sort((a, b) => b.ins.beforeRow - a.ins.beforeRow || b.index - a.index);
  for (const p of descending) {
    const n = p.ins.rows.length;
    if (n === 0) continue;
    const b = p.ins.beforeRow;
    ws.getRange(rowsAddress(b, b + n - 1)).insert('Down');
    if (p.ins.formatFromRow !== undefined) {
      // The source row, in current coordinates: shifted by this insertion and the ones below it.
      const f = p.ins.formatFromRow;
      const shift = descending.filter((q) => q.ins.beforeRow <= f && (q.ins.beforeRow > b || (q.ins.beforeRow === b && q.index >= p.index))).reduce((s, q) => s + q.ins.rows.length, 0);
      const source = ws.getRange(rowsAddress(f + shift));
      // One copy per new row: copying one row onto several is not guaranteed to tile on every client.
      for (let k = 0; k < n; k++) ws.getRange(rowsAddress(b + k)).copyFrom(source, 'Formats');
    }
    const w = width(p.ins.rows);
    const values = p.ins.rows.map((r) => Array.from({ length: w }, (_, j) => (r[j] === undefined ? null : r[j])));
    // null leaves a cell untouched in Office.js; new rows are empty, so nothing is overwritten.
    if (values.some((r) => r.some((v) => v !== null))) ws.getRangeByIndexes(b, 0, n, w).values = values as unknown as (string | number)[][];
  }
  for (const p of placed) if (p.ins.rows.length) touched.push({ top: p.start, bottom: p.start + p.ins.rows.length - 1, left: 0, right: 16_383 });
  for (const w of written) {
    ws.getRange(w.address).values = [[w.value]];
    touched.push(parseArea(w.address)!);
  }
  for (const m of merges) {
    const r = ws.getRange(rangeToA1(m));
    r.unmerge();
    r.merge(false);
    touched.push(m);
  }
  beforeSync2(ws.id, touched);
  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e, 'write', sheet);
  }

  const record: EditRecord = {
    id,
    description: plan.description,
    sheetId: ws.id,
    sheetName: ws.name,
    blocks: placed.filter((p) => p.ins.rows.length > 0).map((p) => ({ start: p.start, rows: p.ins.rows.map((r) => [...r]) })),
    written,
    merges,
    priorMerges,
  };
  return { record, touched };
}

function sameValue(actual: unknown, expected: CellValue): boolean {
  if (expected === null || expected === '') return true; // we did not write there
  if (typeof expected === 'number') return actual === expected || String(actual) === String(expected);
  return String(actual) === expected;
}

export async function undoEditIn(ctx: Excel.RequestContext, record: EditRecord, beforeSync2: (sheetId: string, touched: RangeRef[]) => void): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(record.sheetId);
  ws.protection.load('protected');
  const blockRanges = record.blocks.map((b) => {
    const r = ws.getRangeByIndexes(b.start, 0, b.rows.length, width(b.rows));
    r.load('values');
    return { b, r };
  });
  const writtenRanges = record.written.map((w) => {
    const r = ws.getRange(w.address);
    r.load('values');
    return { w, r };
  });
  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e, 'write', record.sheetName);
  }
  if (ws.protection.protected) throw errors.protectedNoHighlight(record.sheetName);
  for (const { b, r } of blockRanges) {
    const ok = b.rows.every((row, i) => row.every((v, j) => sameValue(r.values[i]?.[j], v)));
    if (!ok) throw errors.undoChanged(`${b.start + 1}–${b.start + b.rows.length}`);
  }

  const touched: RangeRef[] = [];
  // Cells the user changed since we wrote them stay as they are: their work wins over our undo.
  for (const { w, r } of writtenRanges) {
    if (!sameValue(r.values[0]?.[0], w.value)) continue;
    if (w.before === null) ws.getRange(w.address).clear('Contents');
    else ws.getRange(w.address).values = [[w.before]];
    touched.push(parseArea(w.address)!);
  }
  const placedAfter = record.blocks.map((b, index) => ({ start: b.start, count: b.rows.length, index }));
  for (const b of [...placedAfter].sort((x, y) => y.start - x.start)) {
    ws.getRange(rowsAddress(b.start, b.start + b.count - 1)).delete('Up');
    touched.push({ top: b.start, bottom: b.start + b.count - 1, left: 0, right: 16_383 });
  }
  // Merges: deleting the rows already shrinks a grown merge back; for merges over old rows, unmerge
  // our area and re-create exactly the merges that were there before.
  const toBefore = (row: number): number | null => {
    let shift = 0;
    for (const b of placedAfter) {
      if (row < b.start) break;
      if (row < b.start + b.count) return null;
      shift += b.count;
    }
    return row - shift;
  };
  for (const m of record.merges) {
    let top: number | null = null;
    let bottom: number | null = null;
    for (let row = m.top; row <= m.bottom; row++) {
      const b = toBefore(row);
      if (b === null) continue;
      if (top === null) top = b;
      bottom = b;
    }
    if (top === null || bottom === null) continue;
    const foot = { top, bottom, left: m.left, right: m.right };
    ws.getRange(rangeToA1(foot)).unmerge();
    for (const prior of record.priorMerges) {
      if (intersects(prior, foot) && (prior.bottom > prior.top || prior.right > prior.left)) ws.getRange(rangeToA1(prior)).merge(false);
    }
    touched.push(foot);
  }
  beforeSync2(record.sheetId, touched);
  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e, 'write', record.sheetName);
  }
}
