// 绩效自评表 / 自评报告 (seed 004): 执行率 = 执行数 ÷ 预算数 (to 0.01 percentage point), and the parts
// of 执行数 (and of 预算数, where the parts have one) add up, by source and by nature separately.
// 年末结转和结余 (group "other") is what was not spent: it is not a part of 执行数.

import { Grid } from '../../grid/grid';
import { parseA1 } from '../../grid/address';
import { AmountCell, ExecutionFigure, SelfEvaluationForm } from '../../model';
import { roundTo } from '../../parse/number';
import { convert, tolerance } from '../../parse/amount';
import { amount, BudgetFinding, money, Relation, Term, uniqueCells, termValue } from './relation';
import { parseRatioFormula } from './formula';
import { NamedAmount, rateName, rateValueFindings } from './values';
import { LayoutRelations, RelationSpec } from './layout';

const GROUP_NAME = { source: '按资金来源', nature: '按支出性质' } as const;

function partsOf(form: SelfEvaluationForm, group: 'source' | 'nature', column: 'budget' | 'executed'): AmountCell[] {
  return form.figures.filter((f) => f.group === group && f[column]).map((f) => f[column]!);
}

function label(f: ExecutionFigure): string {
  return f.label.replace(/^按(资金来源|支出性质)分?[:：]?/, '').replace(/\s+/g, '') || f.key;
}

export function selfEvaluationRelations(form: SelfEvaluationForm, grid: Grid): LayoutRelations {
  const unit = form.unit;
  const total = form.figures.find((f) => f.group === 'total');
  const relations: RelationSpec[] = [];
  const findings: BudgetFinding[] = [];

  if (total) {
    for (const column of ['executed', 'budget'] as const) {
      const totalCell = total[column];
      if (!totalCell) continue;
      const colName = column === 'executed' ? '执行数' : '预算数';
      const groups = (['source', 'nature'] as const).filter((g) => partsOf(form, g, column).some((p) => p.status !== 'blank'));
      for (const group of groups) {
        // Parts with no figure in this column at all (a 预算数 column left to the total) make no relation.
        const parts: Term[] = form.figures
          .filter((f) => f.group === group && f[column])
          .map((f) => ({ cell: f[column]!, name: `${label(f)}${colName}` }));
        const relation: Relation = {
          id: `${column}-${group}`,
          rule: 'budget-sum-mismatch',
          kind: 'equal',
          left: [{ cell: totalCell, name: `全年${colName}` }],
          right: parts,
          leftIsTotal: true,
          unit,
          title: `全年${colName} = ${GROUP_NAME[group]}各项之和`,
        };
        const other = groups.find((g) => g !== group);
        relations.push({
          relation,
          totalName: `全年${colName}`,
          text: (o, all) => {
            // Both splits off by the same amount: the total itself is the likely culprit.
            const twin = other ? all.get(`${column}-${other}`) : undefined;
            const sameDiff = !!twin && twin.evaluated && !twin.holds && Math.abs(twin.diff - o.diff) <= tolerance(unit);
            return {
              primary: totalCell.cell,
              clause: `全年${colName} ${money(o.left, unit)}，但${GROUP_NAME[group]}各项之和 ${money(o.right, unit)}（${parts.map((p) => `${p.name.replace(colName, '')} ${amount(termValue(p, unit), unit)}`).join(' + ')}）`,
              notes: sameDiff ? [`${GROUP_NAME[other!]}的各项之和也相差同样的金额，全年${colName}本身很可能填错了。`] : [],
              suggestion: `${GROUP_NAME[group]}的各项是对全年${colName}的一种完整划分，合计必须等于全年${colName}。`,
            };
          },
        });
      }
    }
  }

  for (const f of form.figures) findings.push(...rateFindings(f, grid));
  findings.push(...rateValueFindings(form.figures));

  const amounts: NamedAmount[] = form.figures.flatMap((f) => [
    ...(f.budget ? [{ cell: f.budget, name: `${label(f)}预算数` }] : []),
    ...(f.executed ? [{ cell: f.executed, name: `${label(f)}执行数` }] : []),
  ]);
  return { relations, findings, amounts };
}

/** 执行率 = 执行数 ÷ 预算数, compared to the hundredth of a percentage point as forms print it. */
function rateFindings(f: ExecutionFigure, grid: Grid): BudgetFinding[] {
  const rate = f.rate;
  if (!rate || rate.value === null) return [];
  const name = rateName(f);
  const budget = f.budget;
  const executed = f.executed;
  const inputs = [budget, executed];
  if (inputs.some((a) => a?.status === 'invalid')) return [];
  if (inputs.some((a) => !a || a.status === 'blank')) {
    const missing = [!budget || budget.status === 'blank' ? '预算数' : null, !executed || executed.status === 'blank' ? '执行数' : null].filter(Boolean);
    return [
      {
        rule: 'budget-partly-blank',
        cell: rate.cell,
        cells: uniqueCells([rate.cell, budget?.cell, executed?.cell]),
        message: `${name}（${rate.cell}）已填写 ${rate.raw}，但${missing.join('和')}为空，无法核对执行率。`,
        suggestion: `请补填${missing.join('和')}。`,
      },
    ];
  }
  const out: BudgetFinding[] = [];
  const b = budget!.value!;
  const e = convert(executed!.value!, executed!.unit, budget!.unit);
  if (b === 0) return out; // No rate is defined; a 0 budget is for the budget sums to judge.
  const expected = (e / b) * 100;
  const cells = uniqueCells([rate.cell, executed!.cell, budget!.cell]);
  const ratio = rate.formula ? parseRatioFormula(rate.formula) : undefined;
  const wrongFormula = !!ratio && (ratio.numerator !== executed!.cell || ratio.denominator !== budget!.cell);
  const formulaText = `=${executed!.cell}/${budget!.cell}`;
  // Figures read from prose share one paragraph cell: a formula cannot be suggested there.
  const canUseFormula = !executed!.inline && !budget!.inline && executed!.cell !== budget!.cell;
  if (Math.abs(roundTo(expected, 2) - roundTo(rate.value, 2)) > 0.005 + 1e-9) {
    const diff = Math.abs(roundTo(expected, 2) - roundTo(rate.value, 2));
    const notes: string[] = [];
    if (wrongFormula) notes.push(`该单元格的公式 ${rate.formula} 没有用执行数（${executed!.cell}）除以预算数（${budget!.cell}），应为 ${formulaText}。`);
    // A fraction typed into a General cell: 0.726 meant as 72.60%.
    const at = parseA1(rate.cell);
    const numeric = grid.value(at.row, at.col);
    if (!grid.numFmt(at.row, at.col)?.includes('%') && typeof numeric === 'number' && Math.abs(roundTo(expected, 2) - roundTo(numeric * 100, 2)) <= 0.005 + 1e-9) {
      notes.push(`如果 ${rate.raw} 表示 ${(numeric * 100).toFixed(2)}%，请把该单元格设为百分比格式。`);
    }
    out.push({
      rule: 'rate-mismatch',
      cell: rate.cell,
      cells,
      message: `${name}填写为 ${rate.value.toFixed(2)}%（${rate.cell}），但执行数 ${money(e, budget!.unit)} ÷ 预算数 ${money(b, budget!.unit)} = ${expected.toFixed(2)}%，相差 ${diff.toFixed(2)} 个百分点。${notes.join('')}`,
      suggestion: canUseFormula ? `请改为 ${expected.toFixed(2)}%，或使用公式 ${formulaText} 并设为百分比格式。` : `请改为 ${expected.toFixed(2)}%。`,
    });
  } else if (wrongFormula) {
    out.push({
      rule: 'formula-range',
      cell: rate.cell,
      cells,
      message: `${name}（${rate.cell}）的公式 ${rate.formula} 没有用执行数（${executed!.cell}）除以预算数（${budget!.cell}），应为 ${formulaText}。目前数值恰好相符，但以后修改金额时执行率不会正确更新。`,
      suggestion: `请把公式改为 ${formulaText}。`,
    });
  }
  return out;
}
