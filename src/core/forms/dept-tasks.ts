// 部门整体绩效目标, task-based variant (seed 001): income block in 元 (label and value often in one
// cell), a department indicator table, then 任务1…N each with its own small indicator table.

import { AmountCell, DeptTasksForm, IndicatorTable, KeyTask, ReadIssue } from '../model';
import { toA1 } from '../grid/address';
import { AmountSpec, clipRaw, findAmount, findLabelledText } from './amounts';
import { findIndicatorHeaderRows, NO_TABLE_ISSUE, readIndicatorTable } from '../blocks/indicator-table';
import { Pos, SheetScan } from './scan';
import { findDepartment, findTitle } from './common';
import { msg } from '../i18n/text';

export const INCOME_ITEMS: AmountSpec[] = [
  { key: 'total', labels: ['总额', '收入总额', '合计'] },
  { key: 'fiscal', labels: ['财政拨款收入', '财政拨款'] },
  { key: 'specialAccount', labels: ['财政专户管理资金', '财政专户管理资金收入', '财政专户拨款'] },
  { key: 'other', labels: ['其他收入', '其他资金'] },
];

const TASK_LABEL = /^任务([0-9]+|[一二三四五六七八九十]+)$/;
const CN_DIGITS = '一二三四五六七八九十';

export function readDeptTasks(scan: SheetScan): DeptTasksForm {
  const issues: ReadIssue[] = [];
  const title = findTitle(scan, /部门整体绩效目标/);
  const incomeLabel = scan.findExact('本年度部门预算收入')[0];
  const taskMarks = scan.findWhere((k) => TASK_LABEL.test(k));
  const headerRows = findIndicatorHeaderRows(scan);

  const incomeRegion = incomeLabel ? { top: incomeLabel.row, bottom: incomeLabel.row + 8 } : undefined;
  const income: AmountCell[] = [];
  for (const spec of INCOME_ITEMS) {
    // Without units in the label, this layout's amounts are in 元 (the seed writes 总额(元)).
    const a = findAmount(scan, spec, '元', incomeRegion);
    if (a) income.push(a);
  }
  if (income.length === 0) {
    issues.push({
      code: 'missing-block',
      severity: 'error',
      cell: incomeLabel ? toA1(incomeLabel.row, incomeLabel.col) : 'A1',
      message: msg('structure.no-income-block'),
    });
  }

  const goal = findLabelledText(scan, ['部门整体支出目标', '年度目标']);
  const firstTaskRow = taskMarks[0]?.row ?? Infinity;

  const tables: IndicatorTable[] = [];
  const tasks: KeyTask[] = [];
  headerRows.forEach((row, i) => {
    const end = headerRows[i + 1];
    if (row < firstTaskRow) {
      tables.push(readIndicatorTable(scan, { id: tables.some((t) => t.id === 'dept') ? `dept-${i + 1}` : 'dept', owner: '部门整体', headerRow: row, endRow: end }, issues));
    }
  });

  taskMarks.forEach((mark, i) => {
    const nextMark = taskMarks[i + 1]?.row ?? scan.grid.rowCount;
    const index = taskIndex(scan.key(mark.row, mark.col)) ?? i + 1;
    const task = readTaskBlock(scan, mark, nextMark, index);
    const tableRow = headerRows.find((r) => r > mark.row && r < nextMark);
    if (tableRow !== undefined) {
      const owner = `任务${index}${task.name ? ` ${clipRaw(task.name.text)}` : ''}`;
      const table = readIndicatorTable(scan, { id: `task-${index}`, owner, ownerCell: toA1(mark.row, mark.col), headerRow: tableRow, endRow: nextMark }, issues);
      tables.push(table);
      task.tableId = table.id;
    } else {
      issues.push({ code: 'missing-block', severity: 'error', cell: toA1(mark.row, mark.col), message: msg('structure.task-without-table', { n: index }) });
    }
    tasks.push(task);
  });

  if (tables.length === 0) {
    issues.push({ ...NO_TABLE_ISSUE });
  }

  return {
    form: 'dept-overall-tasks',
    title: title?.text,
    titleCell: title?.cell,
    department: findDepartment(scan),
    unit: '元',
    income,
    goal,
    tasks,
    tables,
    issues,
  };
}

function taskIndex(key: string): number | undefined {
  const m = TASK_LABEL.exec(key);
  if (!m) return undefined;
  if (/^\d+$/.test(m[1])) return Number(m[1]);
  if (m[1] === '十') return 10;
  return CN_DIGITS.indexOf(m[1]) + 1 || undefined;
}

/** 任务名称 | 任务的绩效目标 | 主要实施项目 header with the values on the next non-blank row. */
function readTaskBlock(scan: SheetScan, mark: Pos, endRow: number, index: number): KeyTask {
  const task: KeyTask = { row: mark.row, index, name: null };
  for (let row = mark.row; row < Math.min(endRow, mark.row + 6); row++) {
    const cols: Record<string, number> = {};
    const keys = scan.rowKeys(row);
    for (let col = 0; col < keys.length; col++) {
      const k = keys[col] ?? '';
      if (k === '任务名称') cols.name = col;
      else if (/^任务的?绩效目标$/.test(k)) cols.goal = col;
      else if (/^主要实施(项目|内容)$/.test(k)) cols.projects = col;
    }
    if (cols.name === undefined) continue;
    let valueRow = row + 1;
    while (valueRow < endRow && scan.rowIsBlank(valueRow)) valueRow++;
    task.name = scan.optionalText(valueRow, cols.name) ?? null;
    task.goal = scan.optionalText(valueRow, cols.goal);
    task.projects = scan.optionalText(valueRow, cols.projects);
    break;
  }
  return task;
}
