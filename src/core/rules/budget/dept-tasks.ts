// 部门整体绩效目标, task-based variant (seed 001): the income block in 元, where label and value
// often share one cell ("总额(元)：28,036,202.00").
//   总额 = 财政拨款收入 + 财政专户管理资金 + 其他收入

import { DeptTasksForm } from '../../model';
import { msg } from '../../i18n/text';
import { amount, money, Relation, Term, termValue } from './relation';
import { NamedAmount } from './values';
import { LayoutRelations } from './layout';
import { label, plus } from './phrases';

/** "总额(元)：" -> "总额": the unit is already in every number of the message. */
function plainLabel(label: string): string {
  return label.replace(/\s+/g, '').replace(/[:：]+$/, '').replace(/[（(](万元|元)[)）]$/, '');
}

export function deptTasksRelations(form: DeptTasksForm): LayoutRelations {
  const unit = form.unit;
  const byKey = (key: string): Term | undefined => {
    const cell = form.income.find((a) => a.key === key);
    return cell ? { cell, name: label(plainLabel(cell.label)) } : undefined;
  };
  const total = byKey('total');
  const parts = ['fiscal', 'specialAccount', 'other'].map(byKey).filter((t): t is Term => !!t);
  const relations: LayoutRelations['relations'] = [];
  if (total && parts.length) {
    const relation: Relation = {
      id: 'income-total',
      rule: 'budget-sum-mismatch',
      kind: 'equal',
      left: [total],
      right: parts,
      leftIsTotal: true,
      unit,
      title: msg('budget.title.dept-income', { total: total.name, parts: plus(parts.map((p) => p.name)) }),
    };
    const totalName = msg('budget.dept-income', { name: total.name });
    relations.push({
      relation,
      totalName,
      text: (o) => ({
        primary: total.cell.cell,
        clause: msg('budget.clause.sum-spelled', { total: totalName, left: money(o.left, unit), parts: plus(parts.map((p) => p.name)), right: money(o.right, unit), amounts: parts.map((p) => amount(termValue(p, unit), unit)).join(' + ') }),
        suggestion: msg('budget.why.dept-income', { total: total.name, right: money(o.right, unit) }),
      }),
    });
  }
  const amounts: NamedAmount[] = [
    ...form.income.map((a) => ({ cell: a, name: msg('budget.dept-income', { name: label(plainLabel(a.label)) }) })),
    ...form.tasks.filter((t) => t.funds).map((t) => ({ cell: t.funds!, name: msg('budget.task-index-funds', { n: t.index }) })),
  ];
  return { relations, findings: [], amounts };
}
