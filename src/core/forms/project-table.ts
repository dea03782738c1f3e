// 项目支出绩效目标表 (seed 003): one row per project with 总计 / 财政拨款 / 财政专户拨款 / 其他资金,
// unit subtotal rows above their projects, a 合计 row, and each project's indicators either packed
// into a 绩效指标 cell or in separate indicator tables.

import { AmountCell, IndicatorTable, ProjectForm, ProjectRow, ReadIssue } from '../model';
import { toA1 } from '../grid/address';
import { MoneyUnit } from '../parse/amount';
import { unitInLabel } from '../parse/text';
import { amountAt, clipRaw } from './amounts';
import { findIndicatorHeaderRows, readIndicatorTable } from '../blocks/indicator-table';
import { isPackedIndicatorText, parsePacked } from './packed';
import { SheetScan } from './scan';
import { findDepartment, findTitle } from './common';
import { msg, quote } from '../i18n/text';

export const PROJECT_AMOUNT_COLUMNS: Array<{ key: string; label: string; test: RegExp }> = [
  { key: 'total', label: '总计', test: /^(总计|合计|金额合计|资金总额)(\((万元|元)\))?$/ },
  { key: 'fiscal', label: '财政拨款', test: /^财政拨款(资金)?(\((万元|元)\))?$/ },
  { key: 'specialAccount', label: '财政专户拨款', test: /^财政专户(拨款|管理资金)(\((万元|元)\))?$/ },
  { key: 'other', label: '其他资金', test: /^其他资金(\((万元|元)\))?$/ },
];

// A funding unit's name ends like an organisation, not like a project ("…经费", "…项目").
const ORG_NAME = /(委员会|宣传部|党委|政府|部|局|委|办公室|办|中心|院|所|站|馆|处|室|会|社|团|队|厅|署|公司|学校|医院|大学|学院|集团)$/;
const PROJECT_NAME = /(经费|资金|项目|补助|补贴|费|工作|建设|活动|奖励|专项)$/;

export function readProjectTable(scan: SheetScan): ProjectForm | undefined {
  const header = findHeader(scan);
  if (!header) return undefined;
  const issues: ReadIssue[] = [];
  const { grid } = scan;
  const { row: headerRow, columns } = header;
  const unit = formUnit(scan, headerRow, columns);
  const lastCol = Math.max(...Object.values(columns));

  const rows: ProjectRow[] = [];
  const tables: IndicatorTable[] = [];
  let currentUnit: ProjectRow | undefined;
  let blankRun = 0;
  const indicatorHeaders = findIndicatorHeaderRows(scan).filter((r) => r > headerRow);
  const endRow = indicatorHeaders[0] ?? grid.rowCount;

  for (let row = headerRow + 1; row < endRow; row++) {
    if (scan.rowIsBlank(row, 0, lastCol)) {
      if (++blankRun >= 3) break;
      continue;
    }
    blankRun = 0;
    const nameKey = scan.key(row, columns.name);
    if (/^-{3,}$/.test(nameKey) || /^单位:(万元|元)$/.test(nameKey)) break;
    const amounts: AmountCell[] = PROJECT_AMOUNT_COLUMNS.filter((c) => columns[c.key] !== undefined).map((c) =>
      amountAt(scan, { key: c.key, label: c.label, labelCell: toA1(headerRow, columns[c.key]) }, { row, col: columns[c.key] }, unit),
    );
    const goal = scan.optionalText(row, columns.goal);
    const indicatorCell = scan.optionalText(row, columns.indicators);
    const nameBlank = grid.isBlank(row, columns.name);
    const amountsBlank = amounts.every((a) => a.status === 'blank');

    if (nameBlank && amountsBlank) {
      // A wrapped continuation line of the row above: its text belongs to that row.
      const prev = rows[rows.length - 1];
      if (prev && goal) prev.goal = prev.goal ? { ...prev.goal, text: prev.goal.text + goal.text } : goal;
      if (prev && indicatorCell) prev.indicatorCell = prev.indicatorCell ? { ...prev.indicatorCell, text: prev.indicatorCell.text + indicatorCell.text } : indicatorCell;
      continue;
    }

    const name = scan.textCell(row, columns.name);
    const kind = classify(nameKey, !!goal, !!indicatorCell);
    if (nameBlank) {
      issues.push({ code: 'project-without-name', severity: 'warning', cell: name.cell, message: msg('structure.project-without-name', { row: row + 1 }) });
    }
    const entry: ProjectRow = { kind, row, name, amounts, goal, indicatorCell };
    if (kind === 'unit') currentUnit = entry;
    if (kind === 'project' && currentUnit) entry.unitRow = currentUnit.row;
    rows.push(entry);
  }

  // Packed indicators, once continuation lines have been joined.
  if (columns.indicators !== undefined) {
    for (const r of rows) {
      if (r.kind !== 'project') continue;
      const table: IndicatorTable = {
        id: `project-r${r.row + 1}`,
        owner: clipRaw(r.name.text) || `第 ${r.row + 1} 行项目`,
        ownerCell: r.name.cell,
        source: 'packed',
        headerRow: r.row,
        lastRow: r.row,
        columns: {},
        cell: toA1(r.row, columns.indicators),
        indicators: [],
      };
      if (r.indicatorCell) {
        if (!isPackedIndicatorText(r.indicatorCell.text)) {
          issues.push({ code: 'packed-unreadable', severity: 'warning', cell: r.indicatorCell.cell, message: msg('structure.packed-unreadable-project', { owner: quote(table.owner), format: quote('序号、代码-指标名称；…') }) });
        } else {
          const packed = parsePacked(r.indicatorCell);
          table.indicators = packed.indicators;
          issues.push(...packed.issues);
        }
      }
      r.tableId = table.id;
      tables.push(table);
    }
  }

  // Separate indicator tables below the project list.
  indicatorHeaders.forEach((hr, i) => {
    tables.push(readIndicatorTable(scan, { id: `table-${i + 1}`, owner: `指标表${i + 1}`, headerRow: hr, endRow: indicatorHeaders[i + 1] }, issues));
  });

  if (!rows.some((r) => r.kind === 'project')) {
    issues.push({ code: 'missing-block', severity: 'error', cell: toA1(headerRow, columns.name), message: msg('structure.no-project-rows') });
  }
  if (columns.indicators === undefined && indicatorHeaders.length === 0) {
    issues.push({ code: 'missing-block', severity: 'error', cell: toA1(headerRow, columns.name), message: msg('structure.no-indicators', { column: quote('绩效指标') }) });
  }

  const title = findTitle(scan, /项目支出绩效目标表/);
  return {
    form: 'project-expenditure',
    title: title?.text,
    titleCell: title?.cell,
    department: findDepartment(scan),
    unit,
    headerRow,
    columns,
    rows,
    tables,
    issues,
  };
}

// Tested against every label of the sheet: one RegExp, not a new one per label (a literal in a closure is rebuilt on each call).
const PROJECT_NAME_LABEL = /^项目名称/;

function findHeader(scan: SheetScan): { row: number; columns: Record<string, number> } | undefined {
  for (const pos of scan.findWhere((k) => PROJECT_NAME_LABEL.test(k))) {
    const columns: Record<string, number> = { name: pos.col };
    const keys = scan.rowKeys(pos.row);
    for (let col = 0; col < keys.length; col++) {
      const k = keys[col] ?? '';
      if (!k || col === pos.col) continue;
      for (const c of PROJECT_AMOUNT_COLUMNS) if (c.test.test(k) && columns[c.key] === undefined) columns[c.key] = col;
      if (/^(绩效目标|项目绩效目标|年度绩效目标)$/.test(k)) columns.goal = col;
      else if (/^(绩效指标|项目绩效指标)$/.test(k)) columns.indicators = col;
    }
    if (columns.total !== undefined || columns.fiscal !== undefined) return { row: pos.row, columns };
  }
  return undefined;
}

// Tested against every label of the sheet: one RegExp, not a new one per label (a literal in a closure is rebuilt on each call).
const UNIT_NOTE = /^(单位|金额单位):(万元|元)$/;

function formUnit(scan: SheetScan, headerRow: number, columns: Record<string, number>): MoneyUnit {
  for (const c of PROJECT_AMOUNT_COLUMNS) {
    const col = columns[c.key];
    if (col === undefined) continue;
    const u = unitInLabel(scan.grid.text(headerRow, col));
    if (u) return u;
  }
  const note = scan.first((k) => UNIT_NOTE.test(k));
  if (note) return /万元$/.test(scan.key(note.row, note.col)) ? '万元' : '元';
  return '万元';
}

function classify(nameKey: string, hasGoal: boolean, hasIndicators: boolean): ProjectRow['kind'] {
  if (/^(合计|总计|总合计)$/.test(nameKey)) return 'total';
  const bare = nameKey.replace(/\([^)]*\)$/, '');
  if (!hasGoal && !hasIndicators && ORG_NAME.test(bare) && !PROJECT_NAME.test(bare)) return 'unit';
  return 'project';
}
