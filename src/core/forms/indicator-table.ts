// Indicator tables (一级/二级/三级 with target columns), shared by every layout that has them.
// Headers are recognised by normalised text in any column order; 一级/二级 are carried down through
// merged or blank cells within the table, never across a new 一级.

import { ColumnRole, Indicator, IndicatorTable, IndicatorValue, ReadIssue, ValueKind, CategoryCell } from '../model';
import { toA1 } from '../grid/address';
import { SheetScan } from './scan';

const ROLE_PATTERNS: Array<[ColumnRole, RegExp]> = [
  ['level1', /^一级指标(名称)?$/],
  ['level2', /^二级指标(名称)?$/],
  ['name', /^(三级指标(名称)?|指标名称|绩效指标名称)$/],
  ['period', /^(实施周期|中长期)(指标值|目标值|目标|指标)?$/],
  ['annual', /^(年度)(指标值|目标值|指标|目标)$/],
  ['expected', /^((本年度)?预期(指标|达到目标|目标值|指标值|目标|值)|指标值|目标值)$/],
  ['actual', /^(全年)?(实际完成值|实际值|完成值|实际完成情况)/],
  ['unit', /^(计算单位|计量单位|单位)$/],
  ['explanation', /^指标解释$/],
  ['formula', /^(指标)?说明(及公式?)?$|公式$/],
  ['weight', /^(分值|权重)/],
  ['score', /^得分/],
  ['deviation', /^偏差原因/],
];

const VALUE_ROLES: Array<[ColumnRole, ValueKind]> = [
  ['period', 'period'],
  ['annual', 'annual'],
  ['expected', 'expected'],
  ['actual', 'actual'],
];

/** Labels that end a table when they appear in a row below it. */
const STOP_LABELS = /^(任务[0-9一二三四五六七八九十]+|任务名称|年度主要支出计划|其他需要说明的情况|填报人|填报日期|联系电话|审核人|单位负责人|财务负责人|其他)(:|$)/;

export function roleOfHeader(key: string): ColumnRole | undefined {
  for (const [role, re] of ROLE_PATTERNS) if (re.test(key)) return role;
  return undefined;
}

/** Rows that look like indicator-table headers: at least two of 一级/二级/三级 in one row. */
export function findIndicatorHeaderRows(scan: SheetScan): number[] {
  const rows = new Set<number>();
  for (const p of scan.findWhere((k) => /^(一级|二级|三级)指标(名称)?$/.test(k))) rows.add(p.row);
  return [...rows]
    .filter((row) => {
      const roles = headerColumns(scan, row);
      return [roles.level1, roles.level2, roles.name].filter((c) => c !== undefined).length >= 2;
    })
    .sort((a, b) => a - b);
}

export function headerColumns(scan: SheetScan, row: number): Partial<Record<ColumnRole, number>> {
  const cols: Partial<Record<ColumnRole, number>> = {};
  const keys = scan.rowKeys(row);
  for (let col = 0; col < keys.length; col++) {
    const key = keys[col];
    if (!key) continue;
    const role = roleOfHeader(key);
    if (role && cols[role] === undefined) cols[role] = col;
  }
  return cols;
}

export interface TableReadOptions {
  id: string;
  owner: string;
  ownerCell?: string;
  headerRow: number;
  /** Exclusive row bound: the table never reads at or past it (next block). */
  endRow?: number;
}

export function readIndicatorTable(scan: SheetScan, opts: TableReadOptions, issues: ReadIssue[]): IndicatorTable {
  const { grid } = scan;
  const columns = headerColumns(scan, opts.headerRow);
  const used = Object.values(columns) as number[];
  const left = Math.min(...used);
  const right = Math.max(...used);
  const end = Math.min(opts.endRow ?? grid.rowCount, grid.rowCount);
  const headerCell = toA1(opts.headerRow, columns.level1 ?? left);

  if (columns.name === undefined) {
    issues.push({
      code: 'missing-column',
      severity: 'error',
      cell: headerCell,
      message: `指标表（${opts.owner}）缺少“三级指标”列，无法读取具体指标。`,
    });
  }
  if (!VALUE_ROLES.some(([role]) => columns[role] !== undefined)) {
    issues.push({
      code: 'missing-column',
      severity: 'warning',
      cell: headerCell,
      message: `指标表（${opts.owner}）没有指标值列（如“年度指标值”“预期指标”），无法读取指标值。`,
    });
  }

  const indicators: Indicator[] = [];
  let prev1: CategoryCell | null = null;
  let prev2: CategoryCell | null = null;
  let blankRun = 0;
  let lastRow = opts.headerRow;

  for (let row = opts.headerRow + 1; row < end; row++) {
    if (rowStopsTable(scan, row)) break;
    if (scan.rowIsBlank(row, left, right)) {
      // One stray blank row inside a table is common; two in a row end it.
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    lastRow = row;

    const l1 = categoryAt(scan, row, columns.level1, prev1);
    // A new 一级 starts a new group: its 二级 is not carried over from the previous group.
    const l1Changed = !!l1 && !l1.inherited && (!prev1 || l1.text !== prev1.text);
    const l2 = categoryAt(scan, row, columns.level2, l1Changed ? null : prev2);

    const values: IndicatorValue[] = [];
    for (const [role, kind] of VALUE_ROLES) {
      const col = columns[role];
      if (col === undefined || grid.isBlank(row, col)) continue;
      values.push({ kind, header: scan.textCell(opts.headerRow, col).text, text: grid.text(row, col).trim(), cell: toA1(row, col) });
    }

    indicators.push({
      row,
      level1: l1,
      level2: l2,
      name: scan.optionalText(row, columns.name) ?? null,
      values,
      unit: scan.optionalText(row, columns.unit),
      explanation: scan.optionalText(row, columns.explanation),
      formula: scan.optionalText(row, columns.formula),
      source: 'table',
    });
    prev1 = l1;
    prev2 = l2;
  }

  if (indicators.length === 0) {
    issues.push({
      code: 'empty-table',
      severity: 'error',
      cell: headerCell,
      message: `指标表（${opts.owner}）表头下没有任何指标行。`,
    });
  }

  return {
    id: opts.id,
    owner: opts.owner,
    ownerCell: opts.ownerCell,
    source: 'table',
    headerRow: opts.headerRow,
    lastRow,
    columns,
    indicators,
  };
}

function rowStopsTable(scan: SheetScan, row: number): boolean {
  const keys = scan.rowKeys(row);
  for (let col = 0; col < keys.length; col++) {
    const key = keys[col];
    if (!key) continue;
    if (/^(一级|二级|三级)指标(名称)?$/.test(key)) return true;
    if (STOP_LABELS.test(key)) return true;
  }
  return false;
}

function categoryAt(scan: SheetScan, row: number, col: number | undefined, prev: CategoryCell | null): CategoryCell | null {
  if (col === undefined) return null;
  const { grid } = scan;
  const merge = grid.mergeAt(row, col);
  if (merge && (merge.top !== row || merge.left !== col)) {
    // A merged tail shows the top-left value; that is where the user reads the category from.
    const top = grid.text(merge.top, merge.left).trim();
    return top ? { text: top, cell: toA1(merge.top, merge.left), row: merge.top, col: merge.left, inherited: true } : prev && { ...prev, inherited: true };
  }
  if (!grid.isBlank(row, col)) return { ...scan.textCell(row, col), inherited: false };
  return prev ? { ...prev, inherited: true } : null;
}

/** The department's tables of a one-table layout: the first is the department's, any further ones are numbered. */
export function readDepartmentTables(scan: SheetScan, headerRows: number[], issues: ReadIssue[]): IndicatorTable[] {
  return headerRows.map((row, i) =>
    readIndicatorTable(scan, { id: i === 0 ? 'dept' : `table-${i + 1}`, owner: i === 0 ? '部门整体' : `指标表${i + 1}`, headerRow: row, endRow: headerRows[i + 1] }, issues),
  );
}

/** The reader's note for a form that has no indicator table at all. */
export const NO_TABLE_ISSUE: ReadIssue = {
  code: 'missing-block',
  severity: 'error',
  cell: 'A1',
  message: '未找到绩效指标表（缺少“一级指标、二级指标、三级指标”表头）。',
};
