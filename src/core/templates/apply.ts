// Applying an edit plan to a plain GridData, and taking it back exactly. The file host and the
// tests use it; it mirrors what Excel does on "insert entire row": rows below move down, merged
// areas and formula references that span the insertion point grow, number formats and errors move
// with their cells. The new rows copy the number formats of `formatFromRow`, as Excel's
// "format same as above" does.
//
// Safety: a write never changes a non-empty cell (a value, a formula or an error), except an
// append whose `previous` still matches the cell; refused writes are returned in `skipped`.

import { GridData, ScalarValue } from '../grid/grid';
import { parseA1, parseRange, RangeRef, rangeToA1, toA1 } from '../grid/address';
import { CellWrite, EditError, EditPlan } from './edit';
import { RowShift, shiftFormula, shiftSpan } from './a1-shift';

export interface AppliedGridEdit {
  grid: GridData;
  /** Takes the edit back out of `current` (the applied grid, possibly edited elsewhere since). */
  undo: (current: GridData) => GridData;
  /** Writes refused because the cell was not empty (or no longer held `previous`). */
  skipped: CellWrite[];
}

interface Band {
  start: number;
  count: number;
}

function isBlankValue(v: ScalarValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function cloneGrid(g: GridData): GridData {
  return {
    ...g,
    ...(g.origin ? { origin: { ...g.origin } } : {}),
    values: g.values.map((r) => [...r]),
    ...(g.formulas ? { formulas: { ...g.formulas } } : {}),
    ...(g.numFmts ? { numFmts: { ...g.numFmts } } : {}),
    ...(g.errors ? { errors: { ...g.errors } } : {}),
    ...(g.merges ? { merges: [...g.merges] } : {}),
  };
}

/** Moves every address key of a record; keys of deleted rows are dropped. */
function shiftRecord(record: Record<string, string> | undefined, s: RowShift, mapValue?: (v: string) => string): Record<string, string> | undefined {
  if (!record) return record;
  const out: Record<string, string> = {};
  for (const [a, v] of Object.entries(record)) {
    const { row, col } = parseA1(a);
    const span = shiftSpan(row, row, s);
    if (!span) continue;
    out[toA1(span[0], col)] = mapValue ? mapValue(v) : v;
  }
  return out;
}

function shiftMerges(merges: string[] | undefined, s: RowShift): string[] | undefined {
  if (!merges) return merges;
  const out: string[] = [];
  for (const m of merges) {
    const r = parseRange(m);
    const span = shiftSpan(r.top, r.bottom, s);
    if (!span) continue;
    const next = { ...r, top: span[0], bottom: span[1] };
    // A merge that shrank to one cell is no merge at all.
    if (next.top === next.bottom && next.left === next.right) continue;
    out.push(rangeToA1(next));
  }
  return out;
}

/** Inserts or deletes whole rows in a grid, Excel-style, including formulas that refer to them. */
function shiftGridRows(g: GridData, s: RowShift): GridData {
  const out = cloneGrid(g);
  out.formulas = shiftRecord(g.formulas, s, (f) => shiftFormula(f, s, g.name));
  out.numFmts = shiftRecord(g.numFmts, s);
  out.errors = shiftRecord(g.errors, s);
  out.merges = shiftMerges(g.merges, s);
  return out;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(outer: RangeRef, inner: RangeRef): boolean {
  return outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;
}

function cellValue(g: GridData, row: number, col: number): ScalarValue {
  const r = g.values[row - (g.origin?.row ?? 0)];
  const v = r?.[col - (g.origin?.col ?? 0)];
  return v === undefined ? null : v;
}

function cellIsEmpty(g: GridData, address: string): boolean {
  const { row, col } = parseA1(address);
  if (g.formulas?.[address] || g.errors?.[address]) return false;
  return isBlankValue(cellValue(g, row, col));
}

function setCell(g: GridData, row: number, col: number, value: ScalarValue): void {
  const r0 = g.origin?.row ?? 0;
  const c0 = g.origin?.col ?? 0;
  if (row < r0 || col < c0) throw new EditError(`单元格 ${toA1(row, col)} 在读取的表格范围之外，无法写入。`);
  while (g.values.length <= row - r0) g.values.push([]);
  const r = g.values[row - r0];
  while (r.length <= col - c0) r.push(null);
  r[col - c0] = value;
}

/** Where each insertion ends up after the whole plan (same order rules as the Excel host). */
function placeBands(plan: EditPlan): Array<Band & { index: number }> {
  const sorted = plan.insertions.map((ins, index) => ({ ins, index })).sort((a, b) => a.ins.beforeRow - b.ins.beforeRow || a.index - b.index);
  let shift = 0;
  return sorted.map(({ ins, index }) => {
    const band = { start: ins.beforeRow + shift, count: ins.rows.length, index };
    shift += ins.rows.length;
    return band;
  });
}

export function applyEditToGrid(data: GridData, plan: EditPlan): AppliedGridEdit {
  if (data.protected) throw new EditError('工作表受保护，无法插入模板行。');
  const r0 = data.origin?.row ?? 0;
  const c0 = data.origin?.col ?? 0;
  let g = cloneGrid(data);

  // 1. Insertions, bottom-up; ties keep plan order (the earlier insertion ends up above).
  const descending = plan.insertions.map((ins, index) => ({ ins, index })).sort((a, b) => b.ins.beforeRow - a.ins.beforeRow || b.index - a.index);
  const applied: Array<{ at: number; n: number }> = [];
  for (const { ins } of descending) {
    const n = ins.rows.length;
    if (n === 0) continue;
    const at = ins.beforeRow;
    if (at < r0) throw new EditError(`插入位置（第 ${at + 1} 行）在读取的表格范围之外。`);
    // formatFromRow is pre-edit: shift it by the insertions already made at or above it.
    const fmtRow = ins.formatFromRow === undefined ? undefined : ins.formatFromRow + applied.filter((x) => x.at <= ins.formatFromRow!).reduce((s, x) => s + x.n, 0);
    const fmts = fmtRow === undefined ? [] : Object.entries(g.numFmts ?? {}).filter(([a]) => parseA1(a).row === fmtRow);
    g = shiftGridRows(g, { at, count: n });
    const newRows = ins.rows.map((r) => {
      for (let c = 0; c < Math.min(c0, r.length); c++) {
        if (!isBlankValue(r[c])) throw new EditError(`插入的第 ${c + 1} 列在读取的表格范围之外。`);
      }
      return r.slice(c0).map((v) => (v === undefined ? null : v)) as ScalarValue[];
    });
    while (g.values.length < at - r0) g.values.push([]);
    g.values.splice(at - r0, 0, ...newRows);
    if (fmts.length) {
      g.numFmts = { ...(g.numFmts ?? {}) };
      for (const [a, f] of fmts) {
        const col = parseA1(a).col;
        for (let k = 0; k < n; k++) g.numFmts[toA1(at + k, col)] = f;
      }
    }
    applied.push({ at, n });
  }
  const bands = placeBands(plan).filter((b) => b.count > 0);

  // 2. Merges: each listed range replaces the merges it overlaps; remember them for undo.
  const madeMerges: string[] = [];
  const replaced: string[] = [];
  for (const m of plan.insertions.flatMap((ins) => ins.merges ?? [])) {
    const range = parseRange(m);
    const kept: string[] = [];
    for (const existing of g.merges ?? []) {
      const e = parseRange(existing);
      if (!overlaps(range, e)) kept.push(existing);
      else if (contains(range, e)) replaced.push(existing);
      else throw new EditError(`合并区域 ${m} 与已有的合并区域 ${existing} 部分重叠，无法合并。`);
    }
    // Excel keeps only the top-left value of a merge: refuse to swallow content.
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        if (row === range.top && col === range.left) continue;
        if (!cellIsEmpty(g, toA1(row, col))) throw new EditError(`合并 ${m} 会覆盖单元格 ${toA1(row, col)} 的内容。`);
      }
    }
    const normal = rangeToA1(range);
    g.merges = [...kept, normal];
    madeMerges.push(normal);
  }

  // 3. Writes: only into empty cells, or appends that still see what the planner saw.
  const skipped: CellWrite[] = [];
  // `before` is undefined when the cell lay beyond its row's stored values.
  const written: Array<{ address: string; before: ScalarValue | undefined; value: ScalarValue; rowLength: number | undefined }> = [];
  for (const w of plan.writes) {
    const { row, col } = parseA1(w.address);
    const address = toA1(row, col);
    const current = cellValue(g, row, col);
    const empty = cellIsEmpty(g, address);
    const isAppend =
      w.previous !== undefined && w.previous !== null && !empty && !g.formulas?.[address] && !g.errors?.[address] &&
      current === w.previous && typeof w.value === 'string' && typeof current === 'string' && w.value.startsWith(current);
    const previousMatches = w.previous === undefined || w.previous === null || isBlankValue(w.previous) ? empty : isAppend;
    if (!previousMatches || row < r0 || col < c0) {
      skipped.push(w);
      continue;
    }
    const stored = g.values[row - r0];
    written.push({ address, before: stored?.[col - c0], value: w.value, rowLength: stored?.length });
    setCell(g, row, col, w.value);
  }

  const shape = {
    rows: data.values.length,
    hadFormulas: data.formulas !== undefined,
    hadNumFmts: data.numFmts !== undefined,
    hadErrors: data.errors !== undefined,
    hadMerges: data.merges !== undefined,
    merges: [...(data.merges ?? [])],
  };

  const undo = (current: GridData): GridData => {
    let u = cloneGrid(current);
    // Writes first (post-edit coordinates): only where the cell still holds what we wrote.
    for (const w of [...written].reverse()) {
      const { row, col } = parseA1(w.address);
      if (cellValue(u, row, col) !== w.value) continue;
      const r = u.values[row - r0];
      if (!r) continue;
      r[col - c0] = w.before === undefined ? null : w.before;
      const length = w.rowLength ?? 0;
      if (r.length > length && r.slice(length).every(isBlankValue)) r.length = length;
    }
    // Merges we made go; the ones they replaced come back (still in post-edit coordinates).
    if (madeMerges.length) {
      const made = new Set(madeMerges);
      u.merges = [...(u.merges ?? []).filter((m) => !made.has(m)), ...replaced];
    }
    // Rows we inserted go, bottom-up, shrinking whatever grew over them.
    for (const b of [...bands].sort((x, y) => y.start - x.start)) {
      u = shiftGridRows(u, { at: b.start, count: -b.count });
      u.values.splice(b.start - r0, b.count);
    }
    // Shape: trailing padding rows, absent records and the merge order as they were.
    while (u.values.length > shape.rows && u.values[u.values.length - 1].every(isBlankValue)) u.values.pop();
    if (!shape.hadFormulas && u.formulas && Object.keys(u.formulas).length === 0) delete u.formulas;
    if (!shape.hadNumFmts && u.numFmts && Object.keys(u.numFmts).length === 0) delete u.numFmts;
    if (!shape.hadErrors && u.errors && Object.keys(u.errors).length === 0) delete u.errors;
    if (u.merges) {
      const now = new Set(u.merges);
      const ordered = shape.merges.filter((m) => now.has(m));
      const known = new Set(ordered);
      u.merges = [...ordered, ...u.merges.filter((m) => !known.has(m))];
      if (!shape.hadMerges && u.merges.length === 0) delete u.merges;
    }
    return u;
  };

  return { grid: g, undo, skipped };
}
