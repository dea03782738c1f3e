// 绩效自评表 / 自评报告 (seed 004): 执行率 = 执行数 ÷ 预算数 (to 0.01 percentage point), and the parts
// of 执行数 (and of 预算数, where the parts have one) add up, by source and by nature separately.
// 年末结转和结余 (group "other") is what was not spent: it is not a part of 执行数.

import { Grid } from '../../grid/grid';
import { parseA1 } from '../../grid/address';
import { AmountCell, ExecutionFigure, SelfEvaluationForm } from '../../model';
import { roundTo } from '../../parse/number';
import { convert, tolerance } from '../../parse/amount';
import { list, msg, Msg, Param, quote } from '../../i18n/text';
import { amount, BudgetFinding, money, Relation, Term, uniqueCells, termValue } from './relation';
import { parseRatioFormula } from './formula';
import { NamedAmount, rateName, rateValueFindings } from './values';
import { LayoutRelations, RelationSpec } from './layout';
import { joinWith, label as formLabel, plus } from './phrases';

/** 按资金来源 / 按支出性质, as phrases of the engine. */
const GROUP_NAME = { source: msg('budget.by-source'), nature: msg('budget.by-nature') } as const;

function partsOf(form: SelfEvaluationForm, group: 'source' | 'nature', column: 'budget' | 'executed'): AmountCell[] {
  return form.figures.filter((f) => f.group === group && f[column]).map((f) => f[column]!);
}

function label(f: ExecutionFigure): Param {
  const text = f.label.replace(/^按(资金来源|支出性质)分?[:：]?/, '').replace(/\s+/g, '');
  return text ? formLabel(text) : f.key;
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
      const colName = msg(column === 'executed' ? 'budget.executed-column' : 'budget.budget-column');
      const fullYear = msg('budget.full-year', { column: colName });
      const groups = (['source', 'nature'] as const).filter((g) => partsOf(form, g, column).some((p) => p.status !== 'blank'));
      for (const group of groups) {
        // Parts with no figure in this column at all (a 预算数 column left to the total) make no relation.
        const figures = form.figures.filter((f) => f.group === group && f[column]);
        const parts: Term[] = figures.map((f) => ({ cell: f[column]!, name: msg('budget.figure-column', { figure: label(f), column: colName }) }));
        const relation: Relation = {
          id: `${column}-${group}`,
          rule: 'budget-sum-mismatch',
          kind: 'equal',
          left: [{ cell: totalCell, name: fullYear }],
          right: parts,
          leftIsTotal: true,
          unit,
          title: msg('budget.title.group', { total: fullYear, group: GROUP_NAME[group] }),
        };
        const other = groups.find((g) => g !== group);
        relations.push({
          relation,
          totalName: fullYear,
          text: (o, all) => {
            // Both splits off by the same amount: the total itself is the likely culprit.
            const twin = other ? all.get(`${column}-${other}`) : undefined;
            const sameDiff = !!twin && twin.evaluated && !twin.holds && Math.abs(twin.diff - o.diff) <= tolerance(unit);
            return {
              primary: totalCell.cell,
              clause: msg('budget.clause.group', {
                total: fullYear,
                left: money(o.left, unit),
                group: GROUP_NAME[group],
                right: money(o.right, unit),
                spelled: plus(parts.map((p, i) => msg('budget.spelled-term', { name: label(figures[i]), amount: amount(termValue(p, unit), unit) }))),
              }),
              notes: sameDiff ? [msg('budget.note.same-difference', { other: GROUP_NAME[other!], total: fullYear })] : [],
              suggestion: msg('budget.why.group', { group: GROUP_NAME[group], total: fullYear }),
            };
          },
        });
      }
    }
  }

  for (const f of form.figures) findings.push(...rateFindings(f, grid));
  findings.push(...rateValueFindings(form.figures));

  const amounts: NamedAmount[] = form.figures.flatMap((f) => [
    ...(f.budget ? [{ cell: f.budget, name: msg('budget.figure-column', { figure: label(f), column: msg('budget.budget-column') }) }] : []),
    ...(f.executed ? [{ cell: f.executed, name: msg('budget.figure-column', { figure: label(f), column: msg('budget.executed-column') }) }] : []),
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
    const missing = joinWith('budget.and', [
      ...(!budget || budget.status === 'blank' ? [msg('budget.budget-column')] : []),
      ...(!executed || executed.status === 'blank' ? [msg('budget.executed-column')] : []),
    ]);
    return [
      {
        rule: 'budget-partly-blank',
        cell: rate.cell,
        cells: uniqueCells([rate.cell, budget?.cell, executed?.cell]),
        message: msg('budget.rate-without-figures', { name, cell: rate.cell, raw: quote(rate.raw), missing }),
        suggestion: msg('budget.rate-without-figures.fix', { missing }),
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
    const notes: Msg[] = [];
    if (wrongFormula) notes.push(msg('budget.rate-formula-note', { formula: quote(rate.formula!), executed: executed!.cell, budget: budget!.cell, expected: formulaText }));
    // A fraction typed into a General cell: 0.726 meant as 72.60%.
    const at = parseA1(rate.cell);
    const numeric = grid.value(at.row, at.col);
    if (!grid.numFmt(at.row, at.col)?.includes('%') && typeof numeric === 'number' && Math.abs(roundTo(expected, 2) - roundTo(numeric * 100, 2)) <= 0.005 + 1e-9) {
      notes.push(msg('budget.rate-fraction-note', { raw: quote(rate.raw), percent: (numeric * 100).toFixed(2) }));
    }
    out.push({
      rule: 'rate-mismatch',
      cell: rate.cell,
      cells,
      message: msg('budget.rate-mismatch', {
        name,
        value: rate.value.toFixed(2),
        cell: rate.cell,
        executed: money(e, budget!.unit),
        budget: money(b, budget!.unit),
        expected: expected.toFixed(2),
        diff: diff.toFixed(2),
        notes: notes.length ? msg('budget.more-sentences', { text: list(notes, 'concat') }) : '',
      }),
      suggestion: canUseFormula ? msg('budget.rate-mismatch.fix-formula', { value: expected.toFixed(2), formula: formulaText }) : msg('budget.rate-mismatch.fix', { value: expected.toFixed(2) }),
    });
  } else if (wrongFormula) {
    out.push({
      rule: 'formula-range',
      cell: rate.cell,
      cells,
      message: msg('budget.rate-formula', { name, cell: rate.cell, formula: quote(rate.formula!), executed: executed!.cell, budget: budget!.cell, expected: formulaText }),
      suggestion: msg('budget.rate-formula.fix', { expected: formulaText }),
    });
  }
  return out;
}
