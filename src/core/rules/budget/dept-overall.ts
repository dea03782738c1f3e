// 部门整体预算绩效目标申报表 (seeds 000, 002): the budget block and the key tasks' funds.
//   基本支出 + 项目支出 + 财政专项资金 + 其他事业发展性支出 = 财政拨款 + 其他资金
//   财政拨款 + 其他资金 = 区本级使用资金 + 拟用于对下转移支付资金
//   Σ 拟投入的资金 ≤ 项目支出 + 财政专项资金 + 其他事业发展性支出 (the spending a task can draw on:
//   项目支出 plus the 事业发展性支出 block; 基本支出 keeps the department running and funds no task)
//   every key task states its funds

import { DeptOverallForm, KeyTask } from '../../model';
import { MoneyUnit } from '../../parse/amount';
import { amount, BudgetFinding, money, Relation, Term, termValue } from './relation';
import { NamedAmount } from './values';
import { LayoutRelations } from './layout';

const EXPENDITURE = ['basic', 'project', 'special', 'otherDev'];
const INCOME = ['fiscal', 'other'];
const LEVELS = ['districtLevel', 'transfer'];
const DEVELOPMENT = ['project', 'special', 'otherDev'];

/** "1,561.17 + 5,200.00 + 0.00 + 332.72": a sum written out so the reader can redo it. */
function spelled(terms: Term[], unit: MoneyUnit): string {
  return terms.map((t) => `${t.name} ${t.cell.status === 'ok' ? amount(termValue(t, unit), unit) : '（空）'}`).join(' + ');
}

function taskName(t: KeyTask): string {
  const name = t.name?.text.replace(/\s+/g, '') ?? '';
  return name ? `“${name.length > 20 ? `${name.slice(0, 20)}…` : name}”` : `第 ${t.row + 1} 行`;
}

export function deptOverallRelations(form: DeptOverallForm): LayoutRelations {
  const unit = form.unit;
  const term = (key: string): Term | undefined => {
    const cell = form.budget.find((b) => b.key === key);
    return cell ? { cell, name: cell.label.replace(/\s+/g, '') } : undefined;
  };
  const terms = (keys: string[]) => keys.map(term).filter((t): t is Term => !!t);
  const expenditure = terms(EXPENDITURE);
  const income = terms(INCOME);
  const levels = terms(LEVELS);
  const development = terms(DEVELOPMENT);

  const relations: LayoutRelations['relations'] = [];
  if (expenditure.length && income.length) {
    const rel: Relation = {
      id: 'overall-expenditure-income',
      rule: 'budget-sum-mismatch',
      kind: 'equal',
      left: expenditure,
      right: income,
      unit,
      title: '部门预算支出合计 = 收入来源合计',
    };
    relations.push({
      relation: rel,
      text: (o) => ({
        primary: income[0].cell.cell,
        clause: `部门预算支出合计 ${money(o.left, unit)}（${spelled(expenditure, unit)}），但收入来源合计 ${money(o.right, unit)}（${spelled(income, unit)}）`,
        suggestion: '支出按用途（基本支出、项目支出、事业发展性支出）与收入按来源（财政拨款、其他资金）是同一笔预算的两种分法，两者合计必须相等。',
      }),
    });
  }
  if (income.length && levels.length) {
    const rel: Relation = {
      id: 'overall-income-levels',
      rule: 'budget-sum-mismatch',
      kind: 'equal',
      left: income,
      right: levels,
      unit,
      title: '收入来源合计 = 按预算级次划分合计',
    };
    relations.push({
      relation: rel,
      text: (o) => ({
        primary: levels[0].cell.cell,
        clause: `收入来源合计 ${money(o.left, unit)}（${spelled(income, unit)}），但按预算级次划分合计 ${money(o.right, unit)}（${spelled(levels, unit)}）`,
        suggestion: '按预算级次划分（本级使用、对下转移支付）与按收入来源划分是同一笔预算，两者合计必须相等。',
      }),
    });
  }

  const funded = form.tasks.filter((t) => t.funds);
  if (funded.length && development.length) {
    // Blank task funds are reported by task-without-funds; here they simply add nothing.
    const taskTerms: Term[] = funded.map((t) => ({ cell: t.funds!, name: `任务${taskName(t)}`, optional: true }));
    const rel: Relation = {
      id: 'overall-task-funds',
      rule: 'task-funds-exceed',
      kind: 'lte',
      left: taskTerms,
      right: development,
      unit,
      title: '年度重点工作任务拟投入资金合计 ≤ 项目支出 + 事业发展性支出',
    };
    relations.push({
      relation: rel,
      text: (o) => {
        const n = taskTerms.filter((t) => t.cell.status === 'ok').length;
        return {
          primary: taskTerms.find((t) => t.cell.status === 'ok')?.cell.cell ?? taskTerms[0].cell.cell,
          clause: `${n} 项年度重点工作任务的拟投入资金合计 ${money(o.left, unit)}，超过了可用于任务的项目支出与事业发展性支出之和 ${money(o.right, unit)}（${spelled(development, unit)}）`,
          suggestion: '重点工作任务的资金来自项目支出和事业发展性支出，合计不能超过它们之和；请核对各任务金额或预算整体情况。',
        };
      },
    });
  }

  const findings: BudgetFinding[] = [];
  for (const t of form.tasks) {
    if (!t.funds || t.funds.status !== 'blank') continue;
    findings.push({
      rule: 'task-without-funds',
      cell: t.funds.cell,
      cells: [t.funds.cell, ...(t.name ? [t.name.cell] : [])],
      message: `年度重点工作任务${taskName(t)}（第 ${t.row + 1} 行）没有填写拟投入的资金（${t.funds.cell}）。`,
      suggestion: `请填写该任务拟投入的资金（${unit}）；确实不安排资金的，请填写 0.00 并在主要实施内容中说明。`,
    });
  }

  const amounts: NamedAmount[] = [
    ...form.budget.map((b) => ({ cell: b, name: b.label.replace(/\s+/g, '') })),
    ...funded.map((t) => ({ cell: t.funds!, name: `任务${taskName(t)}的拟投入资金` })),
  ];
  return { relations, findings, amounts };
}
