// The guard a previewed edit plan carries to Host.applyEdit: the rows around every insertion point
// as the plan saw them. The preview does not block Excel, so between planning and 应用 the user may
// insert or delete rows (the planned row moves) or switch sheets; the host compares these rows in
// its first round trip and refuses, changing nothing, when they differ.

import type { Grid } from '../core/grid/grid';
import type { EditGuard, EditPlan } from './types';

/** The row above and the row at each insertion point (both when they exist), whole width of the grid. */
export function editGuard(grid: Grid, plan: EditPlan): EditGuard {
  const rows = new Set<number>();
  for (const ins of plan.insertions) {
    if (ins.beforeRow - 1 >= 0) rows.add(ins.beforeRow - 1);
    if (ins.beforeRow < grid.rowCount) rows.add(ins.beforeRow);
    if (ins.formatFromRow !== undefined && ins.formatFromRow < grid.rowCount) rows.add(ins.formatFromRow);
  }
  // Cells the plan writes into (after-edit addresses): the rows they were in before the plan.
  const starts = [...plan.insertions].sort((a, b) => a.beforeRow - b.beforeRow);
  for (const w of plan.writes) {
    const m = /^\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(w.address);
    if (!m) continue;
    let row = Number(m[1]) - 1;
    let shift = 0;
    let isNew = false;
    for (const ins of starts) {
      const start = ins.beforeRow + shift;
      if (row < start) break;
      if (row < start + ins.rows.length) isNew = true;
      shift += ins.rows.length;
    }
    row -= shift;
    if (!isNew && row >= 0 && row < grid.rowCount) rows.add(row);
  }
  const width = Math.max(1, grid.colCount);
  return {
    rows: [...rows]
      .sort((a, b) => a - b)
      .map((row) => ({ row, values: Array.from({ length: width }, (_, col) => grid.value(row, col)) })),
  };
}
