// 部门整体绩效目标, task-based variant (seed 001): the income block in 元, where label and value
// often share one cell ("总额(元)：28,036,202.00").
//   总额 = 财政拨款收入 + 财政专户管理资金 + 其他收入

import { DeptTasksForm } from '../../model';
import { amount, money, Relation, Term, termValue } from './relation';
import { NamedAmount } from './values';
import { LayoutRelations } from './layout';

/** "总额(元)：" -> "总额": the unit is already in every number of the message. */
function plainLabel(label: string): string {
  return label.replace(/\s+/g, '').replace(/[:：]+$/, '').replace(/[（(](万元|元)[)）]$/, '');
}

export function deptTasksRelations(form: DeptTasksForm): LayoutRelations {
  const unit = form.unit;
  const byKey = (key: string): Term | undefined => {
    const cell = form.income.find((a) => a.key === key);
    return cell ? { cell, name: plainLabel(cell.label) } : undefined;
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
      title: `本年度部门预算收入：${total.name} = ${parts.map((p) => p.name).join(' + ')}`,
    };
    relations.push({
      relation,
      totalName: `本年度部门预算收入${total.name}`,
      text: (o) => ({
        primary: total.cell.cell,
        clause: `本年度部门预算收入${total.name} ${money(o.left, unit)}，但${parts.map((p) => p.name).join(' + ')} = ${money(o.right, unit)}（${parts.map((p) => amount(termValue(p, unit), unit)).join(' + ')}）`,
        suggestion: `若各项收入无误，${total.name}应为 ${money(o.right, unit)}。`,
      }),
    });
  }
  const amounts: NamedAmount[] = [
    ...form.income.map((a) => ({ cell: a, name: `本年度部门预算收入${plainLabel(a.label)}` })),
    ...form.tasks.filter((t) => t.funds).map((t) => ({ cell: t.funds!, name: `任务${t.index}的资金` })),
  ];
  return { relations, findings: [], amounts };
}
