// Edit plans on an exceljs worksheet: insert rows (copying a row's formatting, shifting and growing
// merged areas), grow or create merges, and write only into empty cells. The caller snapshots the
// workbook first, so undo is exact. exceljs's own spliceRows does not move merges; we unmerge
// everything, splice, and merge again at the shifted positions.

import type ExcelJS from 'exceljs';
import { parseA1, parseRange, RangeRef, toA1 } from '../../core/grid/address';
import { EditPlan, HostError, RowInsertion } from '../types';

function rangeA1(r: RangeRef): string {
  return `${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`;
}

export function listMerges(ws: ExcelJS.Worksheet): RangeRef[] {
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string; model?: { top: number; left: number; bottom: number; right: number } }> })._merges;
  if (internal) {
    return Object.values(internal)
      .filter(Boolean)
      .map((m) => (m.model ? { top: m.model.top - 1, left: m.model.left - 1, bottom: m.model.bottom - 1, right: m.model.right - 1 } : parseRange(String(m.range))));
  }
  return ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange);
}

function isEmpty(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function cloneStyle(style: Partial<ExcelJS.Style> | undefined): Partial<ExcelJS.Style> {
  return style ? (JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>) : {};
}

/** Inserts rows before `beforeRow` (zero-based); merges at or below move down, merges spanning it grow. */
export function insertRows(ws: ExcelJS.Worksheet, ins: RowInsertion): void {
  const count = ins.rows.length;
  if (!count) return;
  const at = ins.beforeRow; // zero-based
  const merges = listMerges(ws);
  for (const m of merges) ws.unMergeCells(rangeA1(m));
  ws.spliceRows(at + 1, 0, ...ins.rows.map(() => [] as ExcelJS.CellValue[]));
  const shifted = merges.map((m): RangeRef => {
    if (m.top >= at) return { ...m, top: m.top + count, bottom: m.bottom + count };
    if (m.bottom >= at) return { ...m, bottom: m.bottom + count };
    return m;
  });
  for (const m of shifted) ws.mergeCellsWithoutStyle(rangeA1(m));

  // Formatting: copy the source row (given in pre-insertion coordinates) to every new row.
  if (ins.formatFromRow !== undefined) {
    const src0 = ins.formatFromRow >= at ? ins.formatFromRow + count : ins.formatFromRow;
    const src = ws.getRow(src0 + 1);
    const width = Math.max(ws.columnCount, src.cellCount, ...ins.rows.map((r) => r.length));
    for (let i = 0; i < count; i++) {
      const dst = ws.getRow(at + i + 1);
      if (src.height) dst.height = src.height;
      for (let c = 1; c <= width; c++) {
        const s = src.getCell(c);
        const d = dst.getCell(c);
        if (d.isMerged && d.master.address !== d.address) continue;
        d.style = cloneStyle(s.style);
      }
    }
  }
  // Values: new rows are empty, so every non-null value lands in an empty cell.
  ins.rows.forEach((values, i) => {
    const row = ws.getRow(at + i + 1);
    values.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = row.getCell(c + 1);
      if (cell.isMerged && cell.master.address !== cell.address) return;
      cell.value = v;
    });
  });
}

/** Grows an existing merge (or creates one): anything it overlaps is unmerged first. */
export function applyMerge(ws: ExcelJS.Worksheet, range: string): void {
  const target = parseRange(range);
  for (const m of listMerges(ws)) {
    const overlaps = !(m.bottom < target.top || m.top > target.bottom || m.right < target.left || m.left > target.right);
    if (overlaps) ws.unMergeCells(rangeA1(m));
  }
  // Merging would drop the tails' values: refuse rather than lose user text.
  for (let r = target.top; r <= target.bottom; r++) {
    for (let c = target.left; c <= target.right; c++) {
      if (r === target.top && c === target.left) continue;
      if (!isEmpty(ws.getCell(r + 1, c + 1))) {
        throw new HostError('write-failed', `无法合并 ${range}：单元格 ${toA1(r, c)} 已有内容。`, `Cannot merge ${range}: cell ${toA1(r, c)} is not empty.`);
      }
    }
  }
  ws.mergeCellsWithoutStyle(rangeA1(target));
}

export function applyPlan(ws: ExcelJS.Worksheet, plan: EditPlan): void {
  // Bottom-up, so each insertion's beforeRow is still in original coordinates.
  const insertions = [...plan.insertions].sort((a, b) => b.beforeRow - a.beforeRow);
  for (const ins of insertions) insertRows(ws, ins);
  for (const m of plan.insertions.flatMap((i) => i.merges ?? [])) applyMerge(ws, m);
  // Writes go only into empty cells: check them all before writing any.
  for (const w of plan.writes) {
    const { row, col } = parseA1(w.address);
    const cell = ws.getCell(row + 1, col + 1);
    if (!isEmpty(cell) || (cell.isMerged && cell.master.address !== cell.address)) {
      throw new HostError('write-failed', `单元格 ${w.address} 已有内容，未做任何修改。`, `Cell ${w.address} is not empty; nothing was changed.`);
    }
  }
  for (const w of plan.writes) {
    if (w.value === null) continue;
    const { row, col } = parseA1(w.address);
    ws.getCell(row + 1, col + 1).value = w.value;
  }
}
