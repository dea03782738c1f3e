// 部门整体预算绩效目标申报表 (seeds 000, 002): the budget block and the key tasks' funds.
//   基本支出 + 项目支出 + 财政专项资金 + 其他事业发展性支出 = 财政拨款 + 其他资金
//   财政拨款 + 其他资金 = 区本级使用资金 + 拟用于对下转移支付资金
//   Σ 拟投入的资金 ≤ 项目支出 + 财政专项资金 + 其他事业发展性支出 (the spending a task can draw on:
//   项目支出 plus the 事业发展性支出 block; 基本支出 keeps the department running and funds no task)
//   every key task states its funds

import { DeptOverallForm, KeyTask } from '../../model';
import { msg, Param } from '../../i18n/text';
import { BudgetFinding, money, Relation, Term } from './relation';
import { NamedAmount } from './values';
import { LayoutRelations } from './layout';
import { spelled } from './composed';
import { label, quoted, unitText } from './phrases';

const EXPENDITURE = ['basic', 'project', 'special', 'otherDev'];
const INCOME = ['fiscal', 'other'];
const LEVELS = ['districtLevel', 'transfer'];
const DEVELOPMENT = ['project', 'special', 'otherDev'];

function taskName(t: KeyTask): Param {
  const name = t.name?.text.replace(/\s+/g, '') ?? '';
  return name ? quoted(name.length > 20 ? `${name.slice(0, 20)}…` : name) : msg('budget.row', { row: t.row + 1 });
}

export function deptOverallRelations(form: DeptOverallForm): LayoutRelations {
  const unit = form.unit;
  const term = (key: string): Term | undefined => {
    const cell = form.budget.find((b) => b.key === key);
    return cell ? { cell, name: label(cell.label.replace(/\s+/g, '')) } : undefined;
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
      title: msg('budget.title.expenditure-income'),
    };
    relations.push({
      relation: rel,
      text: (o) => ({
        primary: income[0].cell.cell,
        clause: msg('budget.clause.expenditure-income', { left: money(o.left, unit), expenditure: spelled(expenditure, unit), right: money(o.right, unit), income: spelled(income, unit) }),
        suggestion: msg('budget.why.expenditure-income'),
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
      title: msg('budget.title.income-levels'),
    };
    relations.push({
      relation: rel,
      text: (o) => ({
        primary: levels[0].cell.cell,
        clause: msg('budget.clause.income-levels', { left: money(o.left, unit), income: spelled(income, unit), right: money(o.right, unit), levels: spelled(levels, unit) }),
        suggestion: msg('budget.why.income-levels'),
      }),
    });
  }

  const funded = form.tasks.filter((t) => t.funds);
  if (funded.length && development.length) {
    // Blank task funds are reported by task-without-funds; here they simply add nothing.
    const taskTerms: Term[] = funded.map((t) => ({ cell: t.funds!, name: msg('budget.task', { name: taskName(t) }), optional: true }));
    const rel: Relation = {
      id: 'overall-task-funds',
      rule: 'task-funds-exceed',
      kind: 'lte',
      left: taskTerms,
      right: development,
      unit,
      title: msg('budget.title.task-funds'),
    };
    relations.push({
      relation: rel,
      text: (o) => {
        const n = taskTerms.filter((t) => t.cell.status === 'ok').length;
        return {
          primary: taskTerms.find((t) => t.cell.status === 'ok')?.cell.cell ?? taskTerms[0].cell.cell,
          clause: msg('budget.clause.task-funds', { n, left: money(o.left, unit), right: money(o.right, unit), development: spelled(development, unit) }),
          suggestion: msg('budget.why.task-funds'),
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
      message: msg('budget.task-without-funds', { name: taskName(t), row: t.row + 1, cell: t.funds.cell }),
      suggestion: msg('budget.task-without-funds.fix', { unit: unitText(unit) }),
    });
  }

  const amounts: NamedAmount[] = [
    ...form.budget.map((b) => ({ cell: b, name: label(b.label.replace(/\s+/g, '')) })),
    ...funded.map((t) => ({ cell: t.funds!, name: msg('budget.task-funds', { name: taskName(t) }) })),
  ];
  return { relations, findings, amounts };
}
