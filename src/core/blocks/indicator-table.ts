// Indicator tables (一级/二级/三级 with target columns), shared by every layout that has them.
// Headers are recognised by normalised text in any column order; 一级/二级 are carried down through
// merged or blank cells within the table, never across a new 一级.

import { ColumnRole, Indicator, IndicatorTable, IndicatorValue, ReadIssue, ValueKind, CategoryCell, TextCell } from '../model';
import { toA1 } from '../grid/address';
import { CellMemo, SameOrNewList, sameItems } from '../grid/cell-memo';
import { SheetScan } from '../forms/scan';
import { normalizeLabel } from '../parse/text';
import { stripCategoryScore } from '../profiles';
import { msg, Param, quote } from '../i18n/text';

// Every column family of layouts.md gets a role. Order matters: the first pattern that matches wins.
const ROLE_PATTERNS: Array<[ColumnRole, RegExp]> = [
  ['level1', /^一级(指标)?(名称)?$/],
  ['level2', /^二级(指标)?(名称)?$/],
  ['name', /^(三级(指标)?(名称)?|指标名称|绩效指标名称|具体指标|指标内容)$/],
  ['period', /^(实施周期|中长期|中期)(指标值|目标值|目标|指标)?(\(.*\))?$/],
  ['annual', /^(年度|本年度|当年)(指标值|目标值|指标|目标)(\(.*\))?$/],
  ['expected', /^((本年度)?预期(指标|达到目标|目标值|指标值|目标|值)|(年初|绩效)?(指标值|目标值)(及单位)?|计划(目标值|指标值|值))(\(.*\))?$/],
  ['actual', /^(全年)?(实际完成值|实际值|完成值|实际完成情况|实际完成)/],
  ['unit', /^(计算单位|计量单位|度量单位|单位|指标单位|指标值单位)$/],
  ['comparator', /^(指标性质|指标方向|比较符|运算符号?)$/],
  ['valueType', /^(指标值类型|指标类型|值类型)$/],
  ['explanation', /^指标解释$/],
  ['formula', /^(指标)?说明(及公式?)?$|公式$/],
  ['weight', /^(指标)?(分值|权重)/],
  ['score', /^(自评)?得分/],
  ['deviation', /^(偏差原因|未完成原因|偏差(原因)?分析)/],
  ['standard', /^(评\(扣\)分标准|评分标准|扣分标准|评分依据|绩效标准)/],
  ['note', /^备注$/],
];

/** Sub-headers under a merged 指标值 header: "中期 | 年度". */
const SUB_HEADER_ROLES: Array<[ColumnRole, RegExp]> = [
  ['period', /^(中期|实施周期|中长期)/],
  ['annual', /^(年度|本年度|当年|全年)/],
];

const VALUE_ROLES: Array<[ColumnRole, ValueKind]> = [
  ['period', 'period'],
  ['annual', 'annual'],
  ['expected', 'expected'],
  ['actual', 'actual'],
];

/** Labels that end a table when they appear in a row below it (the next block of the form). */
const STOP_LABELS = /^(任务[0-9一二三四五六七八九十]+|任务名称|年度主要支出计划|其他需要说明的情况|填报人|填报日期|联系电话|审核人|单位负责人|财务负责人|其他)(:|$)/;

/**
 * Closing rows of a table: totals, the verdict and problems of a self-evaluation, signatures, notes
 * and instructions (layouts.md C). None of them is ever an indicator or a category.
 */
export const CLOSING_LABEL = /^(合计|总计|总分|小计|自评得分|总得分|得分合计|评价结论|自评结论|评价等级|自评等级|存在(的)?问题|(主要)?问题(及|和|与)?(原因|改进措施|整改措施)|改进(措施|建议|意见)|整改措施|下一步(改进)?措施|项目负责人|填表人|填报人|填表日期|填报日期|联系电话|联系人|审核人|单位负责人|财务负责人|部门负责人|分管领导|填表说明|说明|注\d*|备注|审核意见|审批意见|其他(需要)?说明(的)?(事项|情况|问题)?)(:|$|\(|\d|[,，、])/;
/** Sign-off rows ("主管部门意见（盖章）"): only a closing row when written where the 一级/二级 sit. */
const SIGN_OFF_LABEL = /^.{0,14}(意见|盖章|签字|签章|签名)(:|$|\()/;

/** Template placeholder rows left unfilled: "指标1：", "指标2", "……", "…". */
export const PLACEHOLDER_NAME = /^(指标[0-9一二三四五六七八九十]*|三级指标[0-9]*|[.…。．·\-—_\s]{2,}|…)$/;

export function isClosingLabel(text: string): boolean {
  return CLOSING_LABEL.test(normalizeLabel(text));
}


export function roleOfHeader(key: string): ColumnRole | undefined {
  for (const [role, re] of ROLE_PATTERNS) if (re.test(key)) return role;
  return undefined;
}

const HEADER_KEY = /^(一级|二级|三级)(指标)?(名称)?$/;

/** Rows that look like indicator-table headers: at least two of 一级/二级/三级 in one row. */
export function findIndicatorHeaderRows(scan: SheetScan): number[] {
  // Asked by form detection and again by the reader: the sheet is searched once per scan.
  let rows = headerRowsByScan.get(scan);
  if (!rows) headerRowsByScan.set(scan, (rows = searchIndicatorHeaderRows(scan)));
  return rows.slice();
}

const headerRowsByScan = new WeakMap<SheetScan, number[]>();

function searchIndicatorHeaderRows(scan: SheetScan): number[] {
  const rows = new Set<number>();
  for (const p of scan.findWhere((k) => HEADER_KEY.test(k))) rows.add(p.row);
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
  // Headers merged down from the row above ("实际完成值" over two header rows) belong to this row too.
  for (let col = 0, end = Math.min(scan.grid.colCount, Math.max(keys.length, scan.grid.rowEnd(row))); col < end; col++) {
    const m = scan.grid.mergeAt(row, col);
    if (!m || m.top >= row || m.left !== col) continue;
    const key = scan.key(m.top, m.left);
    const role = key ? roleOfHeader(key) : undefined;
    if (role && role !== 'level1' && role !== 'level2' && role !== 'name' && cols[role] === undefined) cols[role] = col;
  }
  return cols;
}

/**
 * A second header row under a merged "指标值" header ("中期 | 年度"), or column headers a form split
 * over two rows: returns the roles it adds, or undefined when the row below is data.
 */
function subHeaderColumns(scan: SheetScan, row: number, top: Partial<Record<ColumnRole, number>>): Partial<Record<ColumnRole, number>> | undefined {
  if (row >= scan.grid.rowCount) return undefined;
  const keys = scan.rowKeys(row);
  const added: Partial<Record<ColumnRole, number>> = {};
  let nonBlank = 0;
  for (let col = 0; col < keys.length; col++) {
    if (scan.grid.isBlank(row, col) || scan.grid.isMergedTail(row, col)) continue;
    nonBlank++;
    const key = keys[col];
    if (!key) return undefined;
    const role = roleOfHeader(key) ?? SUB_HEADER_ROLES.find(([, re]) => re.test(key))?.[0];
    if (!role) return undefined;
    if (top[role] === undefined && added[role] === undefined) added[role] = col;
  }
  return nonBlank > 0 && Object.keys(added).length > 0 ? added : undefined;
}

/** Level-1 names as forms write them, for tables that have no header row. */
const LEVEL1_KEY = /^(\d+[-.、])?(预期)?(产出|效益|效果|满意度|成本|社会公众或服务对象满意度|服务对象满意度)(指标)?(\(.*\))?(\d+分)?$/;

/**
 * Indicator tables with no 一级/二级/三级 header: a column holding at least two different 一级 names
 * (产出, 效益, 满意度), with the 二级, the 三级 and the values in the columns to its right.
 */
export function findHeaderlessTables(scan: SheetScan, claimed: (row: number) => boolean): Array<{ firstRow: number; columns: Partial<Record<ColumnRole, number>> }> {
  const byCol = new Map<number, Array<{ row: number; key: string }>>();
  for (const p of scan.findWhere((k) => LEVEL1_KEY.test(k))) {
    if (claimed(p.row)) continue;
    const list = byCol.get(p.col) ?? [];
    list.push({ row: p.row, key: stripCategoryScore(scan.key(p.row, p.col)).replace(/指标$/, '') });
    byCol.set(p.col, list);
  }
  const out: Array<{ firstRow: number; columns: Partial<Record<ColumnRole, number>> }> = [];
  for (const [col, hits] of byCol) {
    if (new Set(hits.map((h) => h.key)).size < 2) continue;
    const first = hits[0].row;
    // The columns right of the 一级 column, each past its merged area: 二级, 三级, then values.
    const level2 = scan.nextColumn(first, col);
    const name = scan.nextColumn(first, level2);
    const value = scan.nextColumn(first, name);
    if (value >= scan.grid.colCount) continue;
    out.push({ firstRow: first, columns: { level1: col, level2, name, expected: value } });
  }
  return out.sort((a, b) => a.firstRow - b.firstRow);
}

export interface TableReadOptions {
  id: string;
  owner: string;
  ownerCell?: string;
  headerRow: number;
  /** Exclusive row bound: the table never reads at or past it (next block). */
  endRow?: number;
  /** Columns for a table without a header row (headerRow is then the row above its first row). */
  columns?: Partial<Record<ColumnRole, number>>;
}

export function readIndicatorTable(scan: SheetScan, opts: TableReadOptions, issues: ReadIssue[]): IndicatorTable {
  const { grid } = scan;
  const columns = opts.columns ? { ...opts.columns } : headerColumns(scan, opts.headerRow);
  let firstDataRow = opts.headerRow + 1;
  // A table without a header row may start on the sheet's first row: its "header" is then that row.
  const headerRow = Math.max(0, opts.headerRow);
  if (!opts.columns) {
    const sub = subHeaderColumns(scan, firstDataRow, columns);
    if (sub) {
      Object.assign(columns, sub);
      firstDataRow++;
    }
  }
  if (!opts.columns) pickComparatorColumn(scan, opts.headerRow, columns);
  // A table whose only value column is 绩效标准 states its targets there.
  if (!VALUE_ROLES.some(([role]) => columns[role] !== undefined) && columns.standard !== undefined) {
    columns.expected = columns.standard;
    delete columns.standard;
  }
  const used = Object.values(columns) as number[];
  const left = Math.min(...used);
  const right = Math.max(...used);
  const end = Math.min(opts.endRow ?? grid.rowCount, grid.rowCount);
  const headerCell = toA1(opts.columns ? firstDataRow : headerRow, columns.level1 ?? left);
  const subHeader = firstDataRow > opts.headerRow + 1;
  // A value column's header text (read once per column, below).
  const readHeader = (col: number): string => {
    if (opts.columns) return '指标值';
    const own = scan.textCell(opts.headerRow, col).text;
    if (own) return own;
    // A header merged down from the row above, or a sub-header under a merged 指标值.
    const m = grid.mergeAt(opts.headerRow, col);
    if (m && (m.top !== opts.headerRow || m.left !== col)) return grid.text(m.top, m.left).trim();
    return subHeader ? scan.textCell(opts.headerRow + 1, col).text : '';
  };

  if (columns.name === undefined) {
    issues.push({
      code: 'missing-column',
      severity: 'error',
      cell: headerCell,
      message: msg('structure.no-level3-column', { owner: ownerName(opts.owner), column: quote('三级指标') }),
    });
  }
  if (!VALUE_ROLES.some(([role]) => columns[role] !== undefined)) {
    issues.push({
      code: 'missing-column',
      severity: 'warning',
      cell: headerCell,
      message: msg('structure.no-value-column', { owner: ownerName(opts.owner), annual: quote('年度指标值'), expected: quote('预期指标') }),
    });
  }

  const hasOptionalColumns = OPTIONAL_ROLES.some((role) => columns[role] !== undefined);
  // The value columns this table has, in VALUE_ROLES order, with their kinds and headers: read once, not on every row.
  const valueColumns: number[] = [];
  const valueKinds: ValueKind[] = [];
  const valueHeaders: string[] = [];
  for (const [role, kind] of VALUE_ROLES) {
    const col = columns[role];
    if (col === undefined) continue;
    valueColumns.push(col);
    valueKinds.push(kind);
    valueHeaders.push(readHeader(col));
  }
  // The kept table's rows list when the rows are the same objects again (no 20,000-entry list per check).
  const keptTable = indicatorTables.get(headerRow, left);
  const indicators = new SameOrNewList<Indicator>(keptTable?.indicators);
  const rowValues: IndicatorValue[] = [];
  const placeholders: string[] = [];
  let closingRow: number | undefined;
  let prev1: CategoryCell | null = null;
  let prev2: CategoryCell | null = null;
  let blankRun = 0;
  let lastRow = headerRow;

  for (let row = firstDataRow; row < end; row++) {
    if (rowStopsTable(scan, row)) break;
    if (rowClosesTable(scan, row, left, columns.name)) {
      closingRow = row;
      break;
    }
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

    let valueCount = 0;
    for (let v = 0; v < valueColumns.length; v++) {
      const col = valueColumns[v];
      if (grid.isBlank(row, col)) continue;
      rowValues[valueCount++] = valueCell(row, col, valueKinds[v], valueHeaders[v], grid.text(row, col).trim());
    }
    const values = valueList(row, left, rowValues, valueCount);
    const name = scan.optionalText(row, columns.name) ?? null;

    // "指标1：" / "……" rows a template left: one unfinished-template finding, not an indicator each.
    if (name && isPlaceholderRow(name.text, values)) {
      placeholders.push(name.cell);
      prev1 = l1;
      prev2 = l2;
      continue;
    }

    const unit = scan.optionalText(row, columns.unit);
    const explanation = scan.optionalText(row, columns.explanation);
    const formula = scan.optionalText(row, columns.formula);
    let optional: Array<TextCell | undefined> = NO_OPTIONAL;
    if (hasOptionalColumns) {
      optional = optionalScratch;
      for (let o = 0; o < OPTIONAL_ROLES.length; o++) {
        const col = columns[OPTIONAL_ROLES[o]];
        optional[o] = col === undefined ? undefined : scan.optionalText(row, col);
      }
    }
    // The row's object from the last check when every cell in it is the same object again (see CellMemo).
    const kept = indicatorRows.get(row, left);
    let indicator: Indicator;
    if (kept !== undefined && sameIndicator(kept, row, l1, l2, name, values, unit, explanation, formula, optional)) {
      indicator = kept;
    } else if (!hasOptionalColumns) {
      // All fields in one literal: `source` added afterwards would need a property store of its own per row.
      indicator = { row, level1: l1, level2: l2, name, values, unit, explanation, formula, source: 'table' };
      indicatorRows.set(row, left, indicator);
    } else {
      indicator = { row, level1: l1, level2: l2, name, values, unit, explanation, formula } as Indicator;
      // The optional cells go in before `source`, in the order they always had (no object spread per row).
      for (let o = 0; o < OPTIONAL_ROLES.length; o++) if (optional[o]) indicator[OPTIONAL_ROLES[o]] = optional[o];
      indicator.source = 'table';
      indicatorRows.set(row, left, indicator);
    }
    indicators.push(indicator);
    prev1 = l1;
    prev2 = l2;
  }

  if (indicators.length === 0 && placeholders.length === 0) {
    issues.push({
      code: 'empty-table',
      severity: 'error',
      cell: headerCell,
      message: msg('structure.empty-table', { owner: ownerName(opts.owner) }),
    });
  }

  const table: IndicatorTable = {
    id: opts.id,
    owner: opts.owner,
    ownerCell: opts.ownerCell,
    source: 'table',
    headerRow,
    lastRow,
    columns,
    indicators: indicators.result(),
    ...(placeholders.length ? { placeholders } : {}),
    ...(closingRow !== undefined ? { closingRow, ...closingTotals(scan, closingRow, columns) } : {}),
  };
  // The table's object from the last check when everything in it is the same (see CellMemo): what
  // the rules work out per table is then kept with it, and a re-check after an edit elsewhere on
  // the sheet (a budget figure, the department) does not work it out again.
  if (keptTable !== undefined && sameTable(keptTable, table)) return keptTable;
  indicatorTables.set(headerRow, left, table);
  return table;
}

const indicatorTables = new CellMemo<IndicatorTable>(10_000);

/** Two tables read alike: equal fields, the same row objects in the same order. */
function sameTable(a: IndicatorTable, b: IndicatorTable): boolean {
  const keys = Object.keys(b) as Array<keyof IndicatorTable>;
  if (Object.keys(a).length !== keys.length) return false;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (key === 'indicators' || key === 'placeholders') {
      if (!sameItems(x as unknown[], y as unknown[])) return false;
    } else if (key === 'columns' || key === 'closingTotals') {
      if (!sameFields(x as Record<string, unknown> | undefined, y as Record<string, unknown> | undefined)) return false;
    } else return false;
  }
  return true;
}

function sameFields(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): boolean {
  if (!a || !b) return false;
  const keys = Object.keys(b);
  if (Object.keys(a).length !== keys.length) return false;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

const COMPARATOR_HEADER = /^(指标性质|指标方向性?|指标属性|比较符|运算符号?)$/;
const COMPARATOR_VALUE = /^(＝|=|≥|≤|≧|≦|＞|＜|>|<|>=|<=|═|大于等于|小于等于|等于|大于|小于|不低于|不高于|不少于|不超过|定性)$/;

/**
 * 指标性质 and 指标方向 trade roles between provinces: one holds the comparator (≥, =), the other
 * 正向/反向. The comparator column is the one whose cells are comparators, whatever its header says.
 */
function pickComparatorColumn(scan: SheetScan, headerRow: number, columns: Partial<Record<ColumnRole, number>>): void {
  const keys = scan.rowKeys(headerRow);
  const candidates: number[] = [];
  for (let col = 0; col < keys.length; col++) if (keys[col] && COMPARATOR_HEADER.test(keys[col]!)) candidates.push(col);
  if (candidates.length < 2) return;
  const score = (col: number) => {
    let n = 0;
    for (let r = headerRow + 1; r < Math.min(scan.grid.rowCount, headerRow + 40); r++) if (COMPARATOR_VALUE.test(scan.grid.text(r, col).replace(/\s+/g, ''))) n++;
    return n;
  };
  const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
  if (score(best) > 0) columns.comparator = best;
}

function closingTotals(scan: SheetScan, row: number, columns: Partial<Record<ColumnRole, number>>): { closingTotals?: { weight?: TextCell; score?: TextCell } } {
  const weight = scan.optionalText(row, columns.weight);
  const score = scan.optionalText(row, columns.score);
  return weight || score ? { closingTotals: { ...(weight ? { weight } : {}), ...(score ? { score } : {}) } } : {};
}

const OPTIONAL_ROLES = ['comparator', 'valueType', 'weight', 'score', 'deviation', 'standard', 'note'] as const;


/** Rows, their value lists and category cells read by tables, shared by the checks of one process (bounded; see CellMemo). */
const indicatorRows = new CellMemo<Indicator>(120_000);
const valueLists = new CellMemo<IndicatorValue[]>(120_000);
const categoryCells = new CellMemo<CategoryCell>(120_000);
/** Category cells carried down from a written one, by the written one (kept as long as it is). */
const carriedCells = new WeakMap<CategoryCell, CategoryCell>();
const NO_OPTIONAL: Array<TextCell | undefined> = [];
const optionalScratch: Array<TextCell | undefined> = [];

/** The row's values as a list of their own size: the last check's list when it holds the same value objects. */
function valueList(row: number, col: number, values: IndicatorValue[], count: number): IndicatorValue[] {
  const kept = valueLists.get(row, col);
  if (kept !== undefined && kept.length === count) {
    let same = true;
    for (let i = 0; i < count && same; i++) same = kept[i] === values[i];
    if (same) return kept;
  }
  // Copied out at its size: a list grown by push keeps room for 17 values, on every row of the model.
  const made = values.slice(0, count);
  valueLists.set(row, col, made);
  return made;
}

function sameIndicator(
  kept: Indicator,
  row: number,
  l1: CategoryCell | null,
  l2: CategoryCell | null,
  name: TextCell | null,
  values: IndicatorValue[],
  unit: TextCell | undefined,
  explanation: TextCell | undefined,
  formula: TextCell | undefined,
  optional: Array<TextCell | undefined>,
): boolean {
  if (kept.row !== row || kept.level1 !== l1 || kept.level2 !== l2 || kept.name !== name || kept.values !== values) return false;
  if (kept.unit !== unit || kept.explanation !== explanation || kept.formula !== formula || kept.source !== 'table') return false;
  for (let o = 0; o < OPTIONAL_ROLES.length; o++) if (kept[OPTIONAL_ROLES[o]] !== (optional === NO_OPTIONAL ? undefined : optional[o])) return false;
  return true;
}

/** Value cells read by tables, shared by the checks of one process (bounded; see CellMemo). */
const valueCells = new CellMemo<IndicatorValue>(120_000);

/** The value cell's object: the last check's when the cell still says the same under the same header. */
function valueCell(row: number, col: number, kind: ValueKind, header: string, text: string): IndicatorValue {
  const kept = valueCells.get(row, col);
  if (kept !== undefined && kept.text === text && kept.kind === kind && kept.header === header) return kept;
  const made: IndicatorValue = { kind, header, text, cell: toA1(row, col) };
  valueCells.set(row, col, made);
  return made;
}

function isPlaceholderRow(name: string, values: IndicatorValue[]): boolean {
  const key = normalizeLabel(name);
  if (!PLACEHOLDER_NAME.test(key)) return false;
  // "指标1：" with a real target beside it is an indicator someone named lazily, not a leftover.
  return values.every((v) => v.kind === 'actual' || PLACEHOLDER_NAME.test(normalizeLabel(v.text)) || /^[.…。．\s]*$/.test(v.text));
}

const stopsTable = (key: string) => (HEADER_KEY.test(key) && key.includes('指标')) || STOP_LABELS.test(key);

function rowStopsTable(scan: SheetScan, row: number): boolean {
  return scan.rowHasKey(row, stopsTable);
}

/** The first text of the row, when it is a closing label (合计, 评价结论, signatures, notes). */
function rowClosesTable(scan: SheetScan, row: number, left: number, nameCol: number | undefined): boolean {
  const { grid } = scan;
  for (let col = 0, end = Math.min(grid.colCount, grid.rowEnd(row)); col < end; col++) {
    if (grid.isBlank(row, col) || grid.isMergedTail(row, col)) continue;
    const text = grid.text(row, col).trim();
    const key = normalizeLabel(text.slice(0, 40));
    if (CLOSING_LABEL.test(key)) return true;
    return col < (nameCol ?? left + 2) && SIGN_OFF_LABEL.test(key);
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
    return top ? categoryCell(merge.top, merge.left, top, true) : prev && carriedDown(prev);
  }
  if (!grid.isBlank(row, col)) return categoryCell(row, col, grid.text(row, col).trim(), false);
  return prev ? carriedDown(prev) : null;
}

/** A written category cell (or the top of a merge, `inherited`): the last check's object when it still says the same. */
function categoryCell(row: number, col: number, text: string, inherited: boolean): CategoryCell {
  // Merge tops are kept apart from cells written in place (one cell may be either, in two checks).
  const memoCol = inherited ? col + 16 : col;
  const kept = categoryCells.get(row, memoCol);
  if (kept !== undefined && kept.text === text && kept.inherited === inherited) return kept;
  // Built field by field (as scan.textCell would, plus the flag): spreading a fresh object per row showed on large tables.
  const made: CategoryCell = { text, cell: toA1(row, col), row, col, inherited };
  if (col < 16) categoryCells.set(row, memoCol, made);
  return made;
}

/** The category above, carried down to a blank or merged cell. */
function carriedDown(prev: CategoryCell): CategoryCell {
  // Already carried: the rows below share it (equal in every field, never changed after reading),
  // rather than one copy per row that each check's collections would have to move.
  if (prev.inherited) return prev;
  let carried = carriedCells.get(prev);
  if (!carried) {
    carried = prev.code !== undefined ? { ...prev, inherited: true } : { text: prev.text, cell: prev.cell, row: prev.row, col: prev.col, inherited: true };
    carriedCells.set(prev, carried);
  }
  return carried;
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
  message: msg('structure.no-indicator-table', { header: quote('一级指标、二级指标、三级指标') }),
};

/**
 * How the issues name a table's owner: the readers' own names ("部门整体", "指标表2") are phrases
 * of the engine; anything else is a task or project name read from the form.
 */
function ownerName(owner: string): Param {
  if (owner === '部门整体') return msg('structure.owner.department');
  const numbered = /^指标表(\d*)$/.exec(owner);
  if (numbered) return numbered[1] ? msg('structure.owner.table-n', { n: numbered[1] }) : msg('structure.owner.table');
  return quote(owner);
}
