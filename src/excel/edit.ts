// Applying a template edit plan and taking it back exactly.
//
// Coordinates (shared with the file host): every RowInsertion's `beforeRow` and `formatFromRow`
// refer to the sheet as it was BEFORE the plan; every insertion's `merges` and the plan's `writes`
// refer to the sheet AFTER all insertions (for a one-insertion plan, simply "post-insertion"). Insertions are executed bottom-up, so each lands where the planner meant it without
// shifting the others; two insertions at the same row keep their plan order.
//
// Round trips: apply = 1 sync of checks (protection, the plan's guard, target cells, existing
// merges), then one sync per step: each row insertion alone, then formats and values of the new
// rows, then writes into existing cells, then merges. A step that fails is taken back together
// with every step before it (applyEditIn's rollback), so a failed insert never leaves the sheet
// half changed: real Excel applies the operations of a failed sync up to the failing one, which is
// why every step is shaped so that taking it back is exact whether it ran fully, partly or not at
// all (new rows are deleted whole; written cells get their value and number format back; merges
// are re-made from the record). Undo = 2 syncs (1: verify the inserted rows, over the sheet's whole
// width, still hold exactly what we wrote; 2: every change). Office.js edits may clear Excel's own
// undo stack, which is why the add-in keeps its own record (and the host keeps it across pane
// reloads).

import type { CellWrite, EditGuard, EditPlan, RowInsertion } from '../host/types';
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
  /**
   * Cells we wrote: after-edit address, the value, what was there before (null = empty), and the
   * number format before when we set text format to keep the value from being parsed.
   */
  written: Array<{ address: string; value: string | number; before: string | number | null; numberFormatBefore?: string }>;
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

/**
 * Whether Excel would turn this text into something else when written through `values`: a formula
 * ("=", "+", "-", "@" first), a number ("001", "1,000", "100%", "1e3") or a date ("2024-1-5"). Such
 * values get text format ("@") first, as report.ts does for the report sheet; other cells keep the
 * format they have (or copied), so what the user types there later is still parsed as usual.
 */
export function needsTextFormat(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const t = value.trim();
  if (/^[=+\-@]/.test(t)) return true;
  if (/^[$¥￥]?\s*[+-]?[\d,]*\.?\d+(e[+-]?\d+)?\s*%?$/i.test(t)) return true;
  if (/^\d{1,4}\s*[-/.年]\s*\d{1,2}/.test(t)) return true;
  return /^(true|false)$/i.test(t);
}

function width(rows: CellValue[][]): number {
  return Math.max(1, ...rows.map((r) => r.length));
}

export interface AppliedEdit {
  record: EditRecord;
  /** Areas our changes touch, for ignoring the change events they cause. */
  touched: RangeRef[];
}

/** Blank, as Excel hands back values: '' or null, and no formula. */
function cellIsEmpty(value: unknown, formula: unknown): boolean {
  return isEmptyCell(value, formula);
}

/** The guard's comparison: blanks equal blanks, everything else by its text. */
function sameText(actual: unknown, expected: unknown): boolean {
  if (isBlank(actual) || isBlank(expected)) return isBlank(actual) && isBlank(expected);
  return String(actual) === String(expected);
}

/** What applyEditIn has done so far, so it can be taken back exactly. */
interface Journal {
  /** Row inserts done, in order, each with its first row at the time it was made. */
  inserted: Array<{ start: number; count: number }>;
  /** The write step was started (its cells are restored on rollback). */
  wrote: boolean;
  /** The merge step was started. */
  merged: boolean;
}

/**
 * Sync 1 of apply: everything we must know before changing anything. Throws (before any change) on
 * a protected sheet, a stale plan (guard), or a merge that would swallow existing content.
 */
export async function applyEditIn(ctx: Excel.RequestContext, sheet: string, plan: EditPlan, id: string, beforeWrite: (sheetId: string, touched: RangeRef[]) => void, guard?: EditGuard): Promise<AppliedEdit> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.load('id,name');
  ws.protection.load('protected');
  const placed = placeInsertions(plan.insertions);

  // The plan was made from a read of this sheet: it must still be the active sheet (a preview does
  // not block Excel: the user may have switched) and the rows around the insertion points must
  // still be what the plan saw (rows inserted or deleted meanwhile move the planned row).
  const active = guard ? ctx.workbook.worksheets.getActiveWorksheet() : null;
  active?.load('name');
  const guardRows = (guard?.rows ?? []).map((g) => {
    const r = ws.getRangeByIndexes(g.row, 0, 1, Math.max(1, g.values.length));
    r.load('values');
    return { g, r };
  });

  // Writes: only into cells that are empty now (existing cells) or left empty by the template (new rows).
  const writeChecks = plan.writes
    .filter((w) => w.value !== null && w.value !== '')
    .map((w) => {
      const area = parseArea(w.address);
      if (!area) throw errors.writeFailed(`无效的单元格地址 ${w.address}`);
      const before = toBeforeRow(placed, area.top);
      const target = before === null ? null : ws.getRange(toA1(before, area.left));
      target?.load('values,formulas,numberFormat');
      return { write: w, area, before, target };
    });

  // Merges: remember what was merged before so undo can put it back, and make sure merging does
  // not swallow content (Excel keeps only the top-left value of a merge). getMergedAreasOrNullObject
  // returns the areas anchored inside the footprint; the planner only grows merges, so the areas a
  // listed merge replaces start inside it.
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
  if (active && guard && active.name.toLowerCase() !== sheet.toLowerCase()) throw errors.planStale(sheet);
  for (const { g, r } of guardRows) {
    const actual = r.values[0] ?? [];
    if (!g.values.every((v, j) => sameText(actual[j], v))) throw errors.planStale(sheet);
  }

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
    const foot = c.foot;
    const existing = (c.areas.isNullObject ? [] : parseAreas(c.areas.address)).filter((e) => intersects(e, foot));
    for (const e of existing) if (!priorMerges.some((p) => rangeToA1(p) === rangeToA1(e))) priorMerges.push(e);
    const values = c.range.values;
    const formulas = c.range.formulas;
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values[i].length; j++) {
        const row = foot.top + i;
        const col = foot.left + j;
        if (row === foot.top && col === foot.left) continue;
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
    let numberFormat: unknown = 'General';
    if (c.before === null) {
      const p = placed.find((x) => c.area.top >= x.start && c.area.top < x.start + x.ins.rows.length)!;
      current = p.ins.rows[c.area.top - p.start]?.[c.area.left] ?? null;
    } else {
      current = c.target!.values[0][0];
      formula = c.target!.formulas[0][0];
      numberFormat = c.target!.numberFormat[0][0];
    }
    if (!mayWrite(c.write, current, formula)) continue;
    const entry: EditRecord['written'][number] = { address: toA1(c.area.top, c.area.left), value: c.write.value as string | number, before: isBlank(current) ? null : (current as string | number) };
    if (needsTextFormat(entry.value) && numberFormat !== '@') entry.numberFormatBefore = typeof numberFormat === 'string' ? numberFormat : 'General';
    written.push(entry);
  }

  const touched: RangeRef[] = [];
  for (const p of placed) if (p.ins.rows.length) touched.push({ top: p.start, bottom: p.start + p.ins.rows.length - 1, left: 0, right: 16_383 });
  for (const w of written) touched.push(parseArea(w.address)!);
  touched.push(...merges);
  beforeWrite(ws.id, touched);

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
  const journal: Journal = { inserted: [], wrote: false, merged: false };
  const step = async (): Promise<void> => {
    await ctx.sync();
  };
  try {
    // Step 1: each insertion alone, bottom-up (one operation per sync: it either happened or not).
    const descending = [...placed].sort((a, b) => b.ins.beforeRow - a.ins.beforeRow || b.index - a.index);
    for (const p of descending) {
      const n = p.ins.rows.length;
      if (n === 0) continue;
      ws.getRange(rowsAddress(p.ins.beforeRow, p.ins.beforeRow + n - 1)).insert('Down');
      await step();
      journal.inserted.push({ start: p.ins.beforeRow, count: n });
    }
    // Step 2: formats and values of the new rows, now in after-edit coordinates. Everything here
    // lands inside the new rows, so deleting them takes it all back.
    let queued = false;
    for (const p of placed) {
      const n = p.ins.rows.length;
      if (n === 0) continue;
      if (p.ins.formatFromRow !== undefined) {
        const sourceRow = toAfterRow(placed, p.ins.formatFromRow);
        const source = ws.getRange(rowsAddress(sourceRow));
        // One copy per new row: copying one row onto several is not guaranteed to tile on every client.
        for (let k = 0; k < n; k++) ws.getRange(rowsAddress(p.start + k)).copyFrom(source, 'Formats');
        queued = true;
      }
      const w = width(p.ins.rows);
      const values = p.ins.rows.map((r) => Array.from({ length: w }, (_, j) => (r[j] === undefined ? null : r[j])));
      if (values.some((r) => r.some((v) => v !== null))) {
        const target = ws.getRangeByIndexes(p.start, 0, n, w);
        if (values.some((r) => r.some(needsTextFormat))) {
          // null leaves a cell's (copied) format untouched; text that Excel would parse gets "@" first.
          target.numberFormat = values.map((r) => r.map((v) => (needsTextFormat(v) ? '@' : null))) as unknown as string[][];
        }
        // null leaves a cell untouched in Office.js; new rows are empty, so nothing is overwritten.
        target.values = values as unknown as (string | number)[][];
        queued = true;
      }
    }
    if (queued) await step();
    // Step 3: writes into existing cells.
    if (written.length) {
      journal.wrote = true;
      for (const w of written) {
        const r = ws.getRange(w.address);
        if (w.numberFormatBefore !== undefined) r.numberFormat = [['@']];
        r.values = [[w.value]];
      }
      await step();
    }
    // Step 4: merges.
    if (merges.length) {
      journal.merged = true;
      for (const m of merges) {
        const r = ws.getRange(rangeToA1(m));
        r.unmerge();
        r.merge(false);
      }
      await step();
    }
  } catch (e) {
    await rollback(ctx, ws, record, journal, sheet);
    throw errors.editRolledBack(toHostError(e, 'write', sheet));
  }
  return { record, touched };
}

/** Maps a before-edit row to where it sits after every insertion of the plan. */
function toAfterRow(placed: readonly Placed[], row: number): number {
  let shift = 0;
  for (const p of placed) if (p.ins.beforeRow <= row) shift += p.ins.rows.length;
  return row + shift;
}

/** Takes back what a failed apply did, in one sync; a failure here gets its own clear message. */
async function rollback(ctx: Excel.RequestContext, ws: Excel.Worksheet, record: EditRecord, journal: Journal, sheet: string): Promise<void> {
  if (!journal.inserted.length && !journal.wrote && !journal.merged) return;
  if (journal.wrote) restoreWritten(ws, record.written);
  // The last insert made is the topmost: deleting in reverse order puts each back where it was.
  for (const ins of [...journal.inserted].reverse()) ws.getRange(rowsAddress(ins.start, ins.start + ins.count - 1)).delete('Up');
  if (journal.merged) {
    const allInserted = journal.inserted.reduce((s, i) => s + i.count, 0) === record.blocks.reduce((s, b) => s + b.rows.length, 0);
    if (allInserted) restoreMerges(ws, record);
  }
  try {
    await ctx.sync();
  } catch (e) {
    throw errors.rollbackFailed(sheet, toHostError(e, 'write', sheet));
  }
}

/** Queues the restore of cells we wrote: number format first, so a restored text stays text. */
function restoreWritten(ws: Excel.Worksheet, written: EditRecord['written'], only?: ReadonlySet<string>): RangeRef[] {
  const touched: RangeRef[] = [];
  for (const w of written) {
    if (only && !only.has(w.address)) continue;
    const r = ws.getRange(w.address);
    if (w.numberFormatBefore !== undefined) r.numberFormat = [[w.numberFormatBefore]];
    if (w.before === null) r.clear('Contents');
    else r.values = [[w.before]];
    touched.push(parseArea(w.address)!);
  }
  return touched;
}

/**
 * Queues the merge restore, once the inserted rows are gone: deleting rows already shrinks a grown
 * merge back; for merges over old rows, unmerge our area and re-create exactly the merges that
 * were there before.
 */
function restoreMerges(ws: Excel.Worksheet, record: EditRecord): RangeRef[] {
  const placedAfter = record.blocks.map((b, index) => ({ start: b.start, count: b.rows.length, index }));
  const toBefore = (row: number): number | null => {
    let shift = 0;
    for (const b of placedAfter) {
      if (row < b.start) break;
      if (row < b.start + b.count) return null;
      shift += b.count;
    }
    return row - shift;
  };
  const touched: RangeRef[] = [];
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
  return touched;
}

/** Is what Excel holds now exactly what we wrote there (blank where we wrote nothing)? */
function holdsWritten(value: unknown, formula: unknown, expected: CellValue | undefined): boolean {
  if (expected === null || expected === undefined || expected === '') return cellIsEmpty(value, formula);
  // A formula, unless it is a text cell reporting its own text ("=成本" written as text).
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) return false;
  if (typeof expected === 'number') return value === expected || String(value) === String(expected);
  return String(value) === expected;
}

export async function undoEditIn(ctx: Excel.RequestContext, record: EditRecord, beforeWrite: (sheetId: string, touched: RangeRef[]) => void): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(record.sheetId);
  ws.protection.load('protected');
  // The inserted rows over the sheet's whole width: the used part of them (values and formulas),
  // so a note typed far to the right of the template's columns still counts as the user's work.
  const blockRanges = record.blocks.map((b) => {
    const used = ws.getRange(rowsAddress(b.start, b.start + b.rows.length - 1)).getUsedRangeOrNullObject(true);
    used.load('values,formulas,rowIndex,columnIndex');
    return { b, used };
  });
  const writtenRanges = record.written.map((w) => {
    const r = ws.getRange(w.address);
    r.load('values,formulas');
    return { w, r };
  });
  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e, 'write', record.sheetName);
  }
  if (ws.protection.protected) throw errors.protectedNoHighlight(record.sheetName);
  for (const { b, used } of blockRanges) {
    const rows = `${b.start + 1}–${b.start + b.rows.length}`;
    const seen = new Set<string>();
    if (!used.isNullObject) {
      for (let i = 0; i < used.values.length; i++) {
        for (let j = 0; j < used.values[i].length; j++) {
          const row = used.rowIndex + i - b.start;
          const col = used.columnIndex + j;
          seen.add(`${row}:${col}`);
          if (!holdsWritten(used.values[i][j], used.formulas[i][j], b.rows[row]?.[col])) throw errors.undoChanged(rows);
        }
      }
    }
    // What we wrote and is no longer there (the user cleared it) is a change too.
    b.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (!isBlank(v) && !seen.has(`${i}:${j}`)) throw errors.undoChanged(rows);
      }),
    );
  }

  const touched: RangeRef[] = [];
  // Cells the user changed since we wrote them stay as they are: their work wins over our undo.
  const unchanged = new Set(writtenRanges.filter(({ w, r }) => holdsWritten(r.values[0]?.[0], r.formulas[0]?.[0], w.value)).map(({ w }) => w.address));
  touched.push(...restoreWritten(ws, record.written, unchanged));
  for (const b of [...record.blocks].sort((x, y) => y.start - x.start)) {
    ws.getRange(rowsAddress(b.start, b.start + b.rows.length - 1)).delete('Up');
    touched.push({ top: b.start, bottom: b.start + b.rows.length - 1, left: 0, right: 16_383 });
  }
  touched.push(...restoreMerges(ws, record));
  beforeWrite(record.sheetId, touched);
  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e, 'write', record.sheetName);
  }
}
