// Placement in indicator tables (一级/二级/三级 columns).
//
// Rules, in order:
// 1. An empty row for the 二级 exists (a 时效指标 label with nothing beside it, seed 000): the first
//    template item fills its blank cells; further items go in new rows right below it.
// 2. The 一级 group exists: the new rows go after the last row of the group whose 二级 comes no
//    later in the profile's order (or whose 二级 is unknown) — so 时效 lands after 数量/质量 and
//    before 成本; when every 二级 of the group comes later, after the group's last row.
// 3. The 一级 is absent: a new group after the last row of the 一级 groups that come before it
//    in the profile; before the first row when none does; right under the header in an empty table.
// Merges: merged 一级/二级 cells grow over the new rows when the rows continue their group; a new
// group of several rows gets its own merged label when the table merges labels; a side label
// merged down the whole table (seed 000's 绩效指标) grows; each new row repeats the format row's
// merges across columns (seed 001's 指标解释 over D:E). Nothing is ever written into a filled cell.

import { Grid } from '../grid/grid';
import { columnName, RangeRef, rangeToA1, toA1 } from '../grid/address';
import { ColumnRole, IndicatorTable } from '../model';
import { CategoryIndex, Level1, Level2 } from '../profiles';
import { CellWrite, RowInsertion } from './edit';
import { PLACEHOLDER, withPlaceholder } from './placeholder';
import { classifyRows, isEmptyCategoryRow, RowCategory } from './categories';
import { TemplateError, TemplateRow } from './request';

export interface TablePlan {
  insertion?: RowInsertion;
  writes: CellWrite[];
  /** Rows filled in place (zero-based) and first inserted row (post-edit), for the description. */
  filledRow?: number;
  insertedAt?: number;
  preview: string[];
}

const VALUE_ROLES: ColumnRole[] = ['period', 'annual', 'expected'];

function cellText(role: ColumnRole, t: TemplateRow): string | null {
  if (role === 'name') return withPlaceholder(t.item.name);
  if (VALUE_ROLES.includes(role)) return withPlaceholder(t.item.target);
  if (role === 'actual') return PLACEHOLDER;
  if (role === 'unit') return t.item.unit || null;
  if (role === 'explanation') return t.item.explanation ?? null;
  if (role === 'formula') return t.item.formula ?? null;
  return null;
}

/** Labels as the table already spells them (seed 001 writes 服务满意度指标), else the profile's names. */
function spelling(rows: RowCategory[], level1: Level1, level2?: Level2): string {
  if (level2) {
    const r = rows.find((x) => x.level2 === level2 && x.indicator.level2);
    return r ? r.indicator.level2!.text : level2.name;
  }
  const r = rows.find((x) => x.level1 === level1 && x.indicator.level1);
  return r ? r.indicator.level1!.text : level1.name;
}

export function planTable(table: IndicatorTable, grid: Grid, categories: CategoryIndex, template: TemplateRow[]): TablePlan {
  const cols = table.columns;
  if (cols.name === undefined) throw new TemplateError(`指标表（${table.owner}）没有“三级指标”列，无法插入模板行。`);
  const used = Object.values(cols) as number[];
  const tLeft = Math.min(...used);
  const tRight = Math.max(...used);
  const rows = classifyRows(table, categories);
  const bodyTop = table.headerRow + 1;

  const usesMerges = (col: number | undefined): boolean =>
    col !== undefined && grid.merges.some((m) => m.left <= col && col <= m.right && m.bottom > m.top && m.top >= bodyTop && m.top <= table.lastRow);

  const first = template[0];
  const sameCategory = template.every((t) => t.level1 === first.level1 && t.level2 === first.level2);
  const writes: CellWrite[] = [];
  const preview: string[] = [];
  let toInsert = template;
  let anchor: number; // last existing row above the new rows
  let continues1 = false;
  let continues2 = false;
  let filledRow: number | undefined;

  const emptyRow = sameCategory ? rows.find((r) => r.level2 === first.level2 && r.parent2 === first.level1 && isEmptyCategoryRow(r)) : undefined;
  const groupKey = (r: RowCategory) => r.level1 ?? r.parent2;
  const group = rows.filter((r) => groupKey(r) === first.level1);
  if (emptyRow) {
    // Rule 1: fill the empty category row, cell by cell, never over content.
    filledRow = emptyRow.indicator.row;
    const row = filledRow;
    const parts: string[] = [];
    for (const [role, col] of Object.entries(cols) as Array<[ColumnRole, number]>) {
      if (role === 'level1' || role === 'level2') continue;
      const value = cellText(role, first);
      if (!value || !grid.isBlank(row, col) || grid.isMergedTail(row, col) || grid.formula(row, col)) continue;
      writes.push({ address: toA1(row, col), value });
      parts.push(value);
    }
    preview.push(`第 ${row + 1} 行（填写空白单元格）：${first.level2.name} | ${parts.join(' | ')}`);
    toInsert = template.slice(1);
    anchor = row;
    continues1 = continues2 = true;
  } else if (group.length > 0) {
    // Rule 2: inside the 一级 group, in 二级 order.
    const target = first.level1.level2.indexOf(first.level2);
    const before = group.filter((r) => r.order2 <= target);
    const last = (before.length ? before : group)[(before.length ? before : group).length - 1];
    anchor = last.indicator.row;
    continues1 = true;
    continues2 = last.level2 === first.level2 && last.parent2 === first.level1;
  } else if (rows.length > 0) {
    // Rule 3: a new 一级 group in 一级 order.
    const target = categories.profile.level1.indexOf(first.level1);
    const order = (r: RowCategory) => (groupKey(r) ? categories.profile.level1.indexOf(groupKey(r)!) : -1);
    const before = rows.filter((r) => order(r) < target);
    if (before.length) anchor = before[before.length - 1].indicator.row;
    else anchor = rows[0].indicator.row - 1;
  } else {
    anchor = table.headerRow;
  }

  if (toInsert.length === 0) return { writes, filledRow, preview };

  const beforeRow = anchor + 1;
  const n = toInsert.length;
  const bodyAnchor = anchor >= bodyTop;
  const formatFromRow = bodyAnchor ? anchor : table.indicators.length ? table.indicators[0].row : undefined;
  const merges: RangeRef[] = [];

  // Label cells: which new rows show a 一级/二级 label, and which merges grow or appear.
  const show1 = new Array<boolean>(n).fill(false);
  const show2 = new Array<boolean>(n).fill(false);
  const runs = (key: (t: TemplateRow) => unknown) => {
    const out: Array<{ start: number; len: number }> = [];
    toInsert.forEach((t, i) => {
      if (i > 0 && key(t) === key(toInsert[i - 1])) out[out.length - 1].len++;
      else out.push({ start: i, len: 1 });
    });
    return out;
  };
  const continueColumn = (col: number | undefined, len: number) => {
    if (col === undefined) return;
    const m = grid.mergeAt(anchor, col);
    if (m) {
      if (m.bottom === anchor) merges.push({ ...m, bottom: anchor + len });
      return; // a merge reaching below the anchor grows by itself
    }
    if (usesMerges(col) && !grid.isBlank(anchor, col)) merges.push({ top: anchor, bottom: anchor + len, left: col, right: col });
    // Otherwise the blank cells below carry the label down, as the table already does.
  };
  const labelRuns = (col: number | undefined, key: (t: TemplateRow) => unknown, continues: boolean, show: boolean[]) => {
    for (const run of runs(key)) {
      if (run.start === 0 && continues) {
        continueColumn(col, run.len);
        continue;
      }
      show[run.start] = true;
      if (col !== undefined && run.len > 1 && usesMerges(col)) merges.push({ top: beforeRow + run.start, bottom: beforeRow + run.start + run.len - 1, left: col, right: col });
    }
  };
  labelRuns(cols.level1, (t) => t.level1, continues1, show1);
  labelRuns(cols.level2, (t) => `${t.level1.key}/${t.level2.key}`, continues1 && continues2, show2);

  // A side label merged down the table (绩效指标 in column A) grows when we append at its end.
  for (const m of grid.merges) {
    if (bodyAnchor && m.right < tLeft && m.bottom === anchor && m.top <= bodyTop && m.bottom > m.top) merges.push({ ...m, bottom: anchor + n });
  }

  // Merges across columns in the format row repeat on every new row.
  const across = formatFromRow === undefined ? [] : grid.merges.filter(
    (m) => m.top === formatFromRow && m.bottom === formatFromRow && m.right > m.left && m.left >= tLeft && m.right <= tRight &&
      ![cols.level1, cols.level2].some((c) => c !== undefined && m.left <= c && c <= m.right),
  );
  for (let k = 0; k < n; k++) for (const m of across) merges.push({ top: beforeRow + k, bottom: beforeRow + k, left: m.left, right: m.right });
  const tails = new Set<number>();
  for (const m of across) for (let c = m.left + 1; c <= m.right; c++) tails.add(c);

  let width = tRight + 1;
  for (const m of across) width = Math.max(width, m.right + 1);
  const values = toInsert.map((t, k) => {
    const row: Array<string | number | null> = new Array(width).fill(null);
    for (const [role, col] of Object.entries(cols) as Array<[ColumnRole, number]>) {
      if (tails.has(col)) continue;
      if (role === 'level1') row[col] = show1[k] ? spelling(rows, t.level1) : null;
      else if (role === 'level2') row[col] = show2[k] ? spelling(rows, t.level1, t.level2) : null;
      else row[col] = cellText(role, t);
    }
    return row;
  });
  values.forEach((v, k) => preview.push(`新第 ${beforeRow + k + 1} 行：${v.filter((x) => x !== null && x !== '').join(' | ')}`));

  const insertion: RowInsertion = {
    beforeRow,
    rows: values,
    ...(formatFromRow !== undefined ? { formatFromRow } : {}),
    ...(merges.length ? { merges: dedupe(merges).map(rangeToA1) } : {}),
    tableColumns: `${columnName(tLeft)}:${columnName(Math.max(tRight, width - 1))}`,
  };
  return { insertion, writes, filledRow, insertedAt: beforeRow, preview };
}

function dedupe(merges: RangeRef[]): RangeRef[] {
  const seen = new Set<string>();
  return merges.filter((m) => {
    const k = rangeToA1(m);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
