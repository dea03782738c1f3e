// Edit plans on an exceljs worksheet, with the same result as the engine's reference
// (applyEditToGrid) and as Excel's "insert entire row": rows inserted with a row's formatting,
// merged areas below moved and those spanning the insertion grown, formula references shifted
// (=SUM(B6:B25) with two rows inserted at row 10 becomes =SUM(B6:B27), on this sheet and in
// other sheets' references to it), merges grown or created, and values written only into empty
// cells, or appended to a packed cell that still holds exactly what the planner saw (`previous`).
// The caller snapshots the workbook first, so undo is exact. exceljs's own spliceRows moves
// neither merges nor formula references; we unmerge everything, splice, and merge again at the
// shifted positions, and rewrite the formulas ourselves with the engine's shiftFormula.

import type ExcelJS from 'exceljs';
import { parseA1, parseRange, RangeRef, toA1 } from '../../core/grid/address';
import { RowShift, shiftFormula, shiftSpan } from '../../core/templates/a1-shift';
import { CellWrite, EditPlan, HostError, RowInsertion } from '../types';

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

type FormulaLike = { formula?: string; sharedFormula?: string; result?: unknown; date1904?: boolean; shareType?: string; ref?: string };

function formulaValue(v: ExcelJS.CellValue): FormulaLike | null {
  return v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v) ? (v as FormulaLike) : null;
}

function isEmpty(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  if (formulaValue(v)) return false;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && 'richText' in v) return richText(cell).trim() === '';
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function richText(cell: ExcelJS.Cell): string {
  return ((cell.value as ExcelJS.CellRichTextValue).richText ?? []).map((r) => r.text).join('');
}

/** The cell's text as the engine reads it (rich text joined), or null for anything but text. */
function textOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && 'richText' in v) return richText(cell);
  return null;
}

function isMergedTail(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function cloneStyle(style: Partial<ExcelJS.Style> | undefined): Partial<ExcelJS.Style> {
  return style ? (JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>) : {};
}

/**
 * Rewrites every formula that refers to rows of `target` for a row insertion: the target sheet's
 * own references (with or without its name) and other sheets' references to it by name. Shared
 * formulas on a sheet that changes become plain formulas (their text as Excel shows it), because
 * moving the master row would otherwise break the sharing; array formulas keep their area, shifted.
 * Cached results are kept (Excel recalculates on open).
 */
export function shiftFormulas(wb: ExcelJS.Workbook, target: ExcelJS.Worksheet, s: RowShift): void {
  for (const ws of wb.worksheets) {
    const same = ws === target;
    // Pass 1: read every formula's text before changing any (a shared clone reads its master).
    const found: Array<{ cell: ExcelJS.Cell; value: FormulaLike; text: string; shifted: string }> = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = formulaValue(cell.value);
        if (!value) return;
        const text = (cell.formula as string | undefined) ?? value.formula ?? '';
        if (!text) return;
        const shifted = shiftFormula(text, s, target.name, { unprefixed: same });
        found.push({ cell, value, text, shifted });
      });
    });
    const changes = same || found.some((f) => f.shifted !== f.text);
    if (!changes) continue;
    // Pass 2: plain formulas (shared ones resolved), shifted where they refer to moved rows.
    for (const { cell, value, shifted } of found) {
      const next: FormulaLike = { formula: shifted };
      // cell.value drops a falsy cached result (0, "", FALSE); cell.result has it.
      const result = value.result !== undefined ? value.result : (cell as unknown as { result?: unknown }).result;
      if (result !== undefined) next.result = result;
      if (value.date1904) next.date1904 = value.date1904;
      if (value.shareType === 'array' && value.ref) {
        next.shareType = 'array';
        next.ref = shiftFormula(value.ref, s, target.name, { unprefixed: same });
      }
      cell.value = next as ExcelJS.CellValue;
    }
  }
}

/** Inserts rows before `beforeRow` (zero-based); merges at or below move down, merges spanning it grow. */
export function insertRows(ws: ExcelJS.Worksheet, ins: RowInsertion): void {
  const count = ins.rows.length;
  if (!count) return;
  const at = ins.beforeRow; // zero-based
  shiftFormulas(ws.workbook, ws, { at, count });
  const merges = listMerges(ws);
  for (const m of merges) ws.unMergeCells(rangeA1(m));
  ws.spliceRows(at + 1, 0, ...ins.rows.map(() => [] as ExcelJS.CellValue[]));
  for (const m of merges) {
    const [top, bottom] = shiftSpan(m.top, m.bottom, { at, count })!;
    ws.mergeCellsWithoutStyle(rangeA1({ ...m, top, bottom }));
  }

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
        if (isMergedTail(d)) continue;
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
      if (isMergedTail(cell)) return;
      cell.value = v;
    });
  });
}

/**
 * Grows an existing merge or creates one. Like the engine: the range replaces the merges inside
 * it; a merge that sticks out of it, or content that merging would swallow, is refused.
 */
export function applyMerge(ws: ExcelJS.Worksheet, range: string): void {
  const target = parseRange(range);
  const overlapping = listMerges(ws).filter((m) => !(m.bottom < target.top || m.top > target.bottom || m.right < target.left || m.left > target.right));
  for (const m of overlapping) {
    const inside = m.top >= target.top && m.bottom <= target.bottom && m.left >= target.left && m.right <= target.right;
    if (!inside) {
      throw new HostError('write-failed', `无法合并 ${range}：与已有的合并区域 ${rangeA1(m)} 部分重叠。`, `Cannot merge ${range}: it partly overlaps the merged area ${rangeA1(m)}.`);
    }
  }
  for (const m of overlapping) ws.unMergeCells(rangeA1(m));
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

function isBlankPrevious(p: CellWrite['previous']): boolean {
  return p === undefined || p === null || (typeof p === 'string' && p.trim() === '');
}

/**
 * Whether a write may go ahead, with the engine's rule: into an empty cell, or, when the plan saw
 * text there (`previous`), an append to exactly that text. Returns the refusal as a HostError.
 */
function checkWrite(ws: ExcelJS.Worksheet, w: CellWrite): HostError | null {
  const { row, col } = parseA1(w.address);
  const cell = ws.getCell(row + 1, col + 1);
  if (isMergedTail(cell)) {
    return new HostError('write-failed', `单元格 ${w.address} 位于合并区域内，未做任何修改。`, `Cell ${w.address} is inside a merged area; nothing was changed.`);
  }
  if (isBlankPrevious(w.previous)) {
    if (isEmpty(cell)) return null;
    return new HostError('write-failed', `单元格 ${w.address} 已有内容，未做任何修改。`, `Cell ${w.address} is not empty; nothing was changed.`);
  }
  const current = textOf(cell);
  const ok = current !== null && current === w.previous && typeof w.value === 'string' && w.value.startsWith(current);
  if (ok) return null;
  return new HostError(
    'write-failed',
    `单元格 ${w.address} 的内容与预览时不同，未做任何修改。请重新校验后再插入。`,
    `Cell ${w.address} changed since the preview; nothing was changed. Check again, then insert.`,
  );
}

function writeCell(ws: ExcelJS.Worksheet, w: CellWrite): void {
  const { row, col } = parseA1(w.address);
  const cell = ws.getCell(row + 1, col + 1);
  const v = cell.value;
  // An append to rich text keeps the runs' formatting: the new text is one more run.
  if (!isBlankPrevious(w.previous) && typeof w.value === 'string' && v !== null && typeof v === 'object' && !(v instanceof Date) && 'richText' in v) {
    const runs = (v as ExcelJS.CellRichTextValue).richText;
    const tail = w.value.slice(richText(cell).length);
    const font = runs.length ? runs[runs.length - 1].font : undefined;
    cell.value = { richText: [...runs, { text: tail, ...(font ? { font } : {}) }] };
    return;
  }
  cell.value = w.value;
}

export function applyPlan(ws: ExcelJS.Worksheet, plan: EditPlan): void {
  // Bottom-up, so each insertion's beforeRow is still in original coordinates; ties keep plan
  // order (the earlier insertion ends up above), as in the engine and the Excel host.
  const insertions = plan.insertions.map((ins, index) => ({ ins, index })).sort((a, b) => b.ins.beforeRow - a.ins.beforeRow || b.index - a.index);
  for (const { ins } of insertions) insertRows(ws, ins);
  for (const m of plan.insertions.flatMap((i) => i.merges ?? [])) applyMerge(ws, m);
  // Writes go only into empty cells or onto unchanged text: check them all before writing any.
  const writes = plan.writes.filter((w) => w.value !== null);
  for (const w of writes) {
    const refusal = checkWrite(ws, w);
    if (refusal) throw refusal;
  }
  for (const w of writes) writeCell(ws, w);
}
