// 部门整体预算绩效目标申报表 (seeds 000, 002): budget block, overall target, key tasks, one
// indicator table.

import { AmountCell, DeptOverallForm, KeyTask, ReadIssue } from '../model';
import { toA1 } from '../grid/address';
import { AmountSpec, amountAt, findAmount, findLabelledText, unitAbove } from './amounts';
import { findIndicatorHeaderRows, NO_TABLE_ISSUE, readDepartmentTables } from '../blocks/indicator-table';
import { SheetScan } from './scan';
import { findDepartment, findTitle } from './common';
import { unitInLabel } from '../parse/text';
import { list, msg, quote } from '../i18n/text';

export const BUDGET_ITEMS: AmountSpec[] = [
  { key: 'basic', labels: ['基本支出'] },
  { key: 'project', labels: ['项目支出'] },
  { key: 'special', labels: ['财政专项资金'] },
  { key: 'otherDev', labels: ['其他事业发展性支出'] },
  { key: 'fiscal', labels: ['财政拨款'] },
  { key: 'other', labels: ['其他资金'] },
  { key: 'districtLevel', labels: ['区本级使用资金', '本级使用资金', '市本级使用资金', '县本级使用资金'] },
  { key: 'transfer', labels: ['拟用于对下转移支付资金', '对下转移支付资金'] },
];

export function readDeptOverall(scan: SheetScan): DeptOverallForm {
  const issues: ReadIssue[] = [];
  const title = findTitle(scan, /绩效目标申报表|绩效目标表/);
  const headerRows = findIndicatorHeaderRows(scan);
  const tableRow = headerRows[0];

  // The budget block sits above the tasks and the indicator table.
  const blockLabel = scan.findExact('预算整体情况')[0];
  const tasksHeader = findTasksHeader(scan);
  const budgetBottom = Math.min(tasksHeader?.row ?? Infinity, tableRow ?? Infinity, scan.grid.rowCount) - 1;
  const region = { top: blockLabel ? blockLabel.row : 0, bottom: budgetBottom };

  const budget: AmountCell[] = [];
  for (const spec of BUDGET_ITEMS) {
    const a = findAmount(scan, spec, '万元', region);
    if (a) budget.push(a);
  }
  const missing = BUDGET_ITEMS.filter((s) => !budget.some((b) => b.key === s.key)).map((s) => s.labels[0]);
  if (budget.length === 0) {
    issues.push({
      code: 'missing-block',
      severity: 'error',
      cell: blockLabel ? toA1(blockLabel.row, blockLabel.col) : 'A1',
      message: msg('structure.no-budget-block'),
    });
  } else if (missing.length > 0) {
    issues.push({
      code: 'missing-label',
      severity: 'warning',
      cell: budget[0].labelCell,
      message: msg('structure.budget-items-missing', { items: list(missing.map(quote)) }),
    });
  }

  const overallTarget = findLabelledText(scan, ['总体绩效目标']);
  const tasks = tasksHeader ? readTasks(scan, tasksHeader, tableRow ?? scan.grid.rowCount, issues) : [];
  if (!tasksHeader) {
    issues.push({ code: 'missing-block', severity: 'warning', cell: 'A1', message: msg('structure.no-tasks-table') });
  }

  const tables = readDepartmentTables(scan, headerRows, issues);
  if (tables.length === 0) {
    issues.push({ ...NO_TABLE_ISSUE });
  }

  return {
    form: 'dept-overall',
    title: title?.text,
    titleCell: title?.cell,
    department: findDepartment(scan),
    unit: '万元',
    budget,
    overallTarget,
    tasks,
    tasksHeaderRow: tasksHeader?.row,
    tables,
    issues,
  };
}

interface TasksHeader {
  row: number;
  name?: number;
  content?: number;
  funds?: number;
  goal?: number;
}

// Patterns tested against every label of the sheet live outside the closures: a regex literal in a
// closure is a new RegExp object on every call.
const FUNDS_HEADER = /^拟投入(的)?资金/;

function findTasksHeader(scan: SheetScan): TasksHeader | undefined {
  for (const pos of scan.findWhere((k) => FUNDS_HEADER.test(k))) {
    const h: TasksHeader = { row: pos.row, funds: pos.col };
    const keys = scan.rowKeys(pos.row);
    for (let col = 0; col < keys.length; col++) {
      const k = keys[col] ?? '';
      if (/^(任务)?名称$/.test(k)) h.name = col;
      else if (/^主要实施内容/.test(k)) h.content = col;
      else if (/^期望达到的目标/.test(k)) h.goal = col;
    }
    if (h.name !== undefined) return h;
  }
  return undefined;
}

function readTasks(scan: SheetScan, h: TasksHeader, endRow: number, issues: ReadIssue[]): KeyTask[] {
  const { grid } = scan;
  const unit = unitInLabel(grid.text(h.row, h.funds!)) ?? unitAbove(scan, h.row + 1, h.funds!) ?? '万元';
  const tasks: KeyTask[] = [];
  let blankRun = 0;
  const from = h.name!;
  const to = Math.max(h.name!, h.content ?? 0, h.funds ?? 0, h.goal ?? 0);
  for (let row = h.row + 1; row < endRow; row++) {
    if (scan.rowIsBlank(row, from, to)) {
      if (++blankRun >= 3) break;
      continue;
    }
    blankRun = 0;
    const name = scan.optionalText(row, h.name);
    const content = scan.optionalText(row, h.content);
    const goal = scan.optionalText(row, h.goal);
    const fundsBlank = h.funds === undefined || grid.isBlank(row, h.funds);
    // The optional "其他需完成的任务（可选填）" row is a prompt, not a task, unless filled in.
    if (name && /^其他需完成的任务/.test(scan.key(row, h.name!)) && !content && !goal && fundsBlank) continue;
    if (name && /^(一级|二级|三级)指标$|^绩效指标$/.test(scan.key(row, h.name!))) break;
    const funds = h.funds !== undefined ? amountAt(scan, { key: 'taskFunds', label: '拟投入的资金', labelCell: toA1(h.row, h.funds) }, { row, col: h.funds }, unit) : undefined;
    if (!name) {
      issues.push({ code: 'task-without-name', severity: 'warning', cell: toA1(row, h.name!), message: msg('structure.task-without-name', { row: row + 1 }) });
    }
    tasks.push({ row, index: tasks.length + 1, name: name ?? null, content, goal, funds });
  }
  return tasks;
}
