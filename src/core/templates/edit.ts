// Edit plans: what the template planner produces and every host applies (Excel through Office.js,
// the file host through exceljs, tests through applyEditToGrid). They live in the engine so the
// planner never imports from a host; src/host/types.ts re-exports them.
//
// Coordinates, once for all hosts:
// - `RowInsertion.beforeRow` and `formatFromRow` are zero-based rows of the sheet as it was read
//   (before this plan). Insertions are whole-row inserts (like Excel's "insert entire row") and are
//   applied bottom-up, so each `beforeRow` stays valid while the others are applied.
// - `RowInsertion.merges` and every `CellWrite.address` are in the sheet as it is after all of the
//   plan's insertions. Merges are applied after the insertions, writes last.

/** One planned block of new rows. */
export interface RowInsertion {
  /** Zero-based sheet row before which the new rows go (pre-edit coordinates). */
  beforeRow: number;
  /** Cell values of the new rows, from column 0 (null leaves a cell empty). Values, never formulas. */
  rows: Array<Array<string | number | null>>;
  /** Row whose formatting (borders, fills, fonts, number formats) the new rows copy, pre-edit coordinates. */
  formatFromRow?: number;
  /**
   * Merged areas to grow or create, as A1 ranges in post-edit coordinates. A listed range replaces
   * every merged area it overlaps (those lie inside it: the planner only grows merges). Merges that
   * already span the insertion point grow by themselves, as in Excel, and are not listed.
   */
  merges?: string[];
  /** The table's columns as an A1 column range ("B:F"), for hosts that draw borders themselves. */
  tableColumns?: string;
}

/** A value written into one cell (post-edit A1 address, no sheet name). */
export interface CellWrite {
  address: string;
  value: string | number | null;
  /**
   * The value the planner saw in the cell. Absent means the cell was empty. A host must refuse the
   * write when the cell no longer holds this value (the user typed meanwhile). A write into a
   * non-empty cell is only ever an append: `value` starts with `previous`.
   */
  previous?: string | number | null;
}

export interface EditPlan {
  insertions: RowInsertion[];
  writes: CellWrite[];
  /** Shown in the preview: "在第 41 行后插入 2 行（时效指标）". */
  description: string;
  /** One line per new or filled row, for the preview (describePlan shows them). */
  preview?: string[];
  /** What the plan fills, so the pane can tie it back to a finding. */
  source?: {
    kind: 'category' | 'block';
    tableId: string;
    level1Key?: string;
    level2Key?: string;
    layout: 'table' | 'packed';
  };
}

/** An edit that cannot be applied as planned; `message` is Chinese and safe to show. */
export class EditError extends Error {}

/** Maps a pre-edit row to its row after the plan's insertions (for hosts and tests). */
export function mapRowThroughPlan(plan: Pick<EditPlan, 'insertions'>, row: number): number {
  let shift = 0;
  for (const ins of plan.insertions) if (ins.beforeRow <= row) shift += ins.rows.length;
  return row + shift;
}
