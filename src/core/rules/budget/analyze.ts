// One pass over a form's budget: build the layout's relations, evaluate them all, then turn the
// outcomes into findings. The budget rules share this pass (memoised per model) and each keeps
// the findings carrying its own id.

import { Grid } from '../../grid/grid';
import { FormModel } from '../../model';
import { coverage, Coverage, evaluate, formulaFinding, mismatchFinding, Outcome, partlyBlankFinding, BudgetFinding } from './relation';
import { LayoutRelations } from './layout';
import { amountValueFindings } from './values';
import { deptOverallRelations } from './dept-overall';
import { deptTasksRelations } from './dept-tasks';
import { projectTableRelations } from './project-table';
import { selfEvaluationRelations } from './self-evaluation';
import { composedRelations } from './composed';

function layoutOf(model: FormModel, grid: Grid): LayoutRelations {
  switch (model.form) {
    case 'dept-overall':
      return deptOverallRelations(model);
    case 'dept-overall-tasks':
      return deptTasksRelations(model);
    case 'project-expenditure':
      return projectTableRelations(model);
    case 'self-evaluation':
      return selfEvaluationRelations(model, grid);
    default:
      return composedRelations(model);
  }
}

/** Every budget relation of the form with its outcome, by relation id (tests and the pane's detail view). */
export function budgetOutcomes(model: FormModel, grid: Grid): Map<string, Outcome> {
  return evaluateAll(layoutOf(model, grid));
}

function evaluateAll(layout: LayoutRelations): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  for (const spec of layout.relations) outcomes.set(spec.relation.id, evaluate(spec.relation));
  return outcomes;
}

export function analyzeBudget(model: FormModel, grid: Grid): BudgetFinding[] {
  const layout = layoutOf(model, grid);
  const findings: BudgetFinding[] = [...amountValueFindings(layout.amounts), ...layout.findings];
  const outcomes = evaluateAll(layout);

  // Blank cells shared by several relations are named once, by the first relation (rows before
  // subtotals before totals, as the layouts list them). Cells a layout already reported count too.
  const reportedBlank = new Set<string>(findings.filter((f) => f.rule === 'budget-partly-blank').flatMap((f) => f.cells));
  const coverages = judgedFormulas(layout, grid);
  const formulaReported = new Set<string>();
  for (const spec of layout.relations) {
    const o = outcomes.get(spec.relation.id)!;
    if (o.allBlank) continue;
    const blank = partlyBlankFinding(o, reportedBlank);
    if (blank) findings.push(blank);
    const total = spec.relation.leftIsTotal ? spec.relation.left[0].cell : undefined;
    const cov = o.invalid.length === 0 ? coverages.get(spec.relation.id) : undefined;
    if (o.evaluated && !o.holds) {
      findings.push(mismatchFinding(o, { ...spec.text(o, outcomes), coverage: cov }));
      if (cov) formulaReported.add(total!.cell);
    } else if (cov && !cov.ok && !formulaReported.has(total!.cell)) {
      formulaReported.add(total!.cell);
      findings.push(formulaFinding(total!, spec.totalName ?? total!.label, cov));
    }
  }
  return findings;
}

/**
 * The formula coverage of each relation whose total is judged. A total can sit in several
 * relations — a unit's 总计 is both its row's sum across and its projects' sum down; 全年执行数 is
 * split by source and by nature — but its formula can follow only one of them: judge it against
 * the relation whose parts it resembles most, and leave the others alone.
 */
function judgedFormulas(layout: LayoutRelations, grid: Grid): Map<string, Coverage> {
  const best = new Map<string, { id: string; cov: Coverage; score: number }>();
  for (const spec of layout.relations) {
    const r = spec.relation;
    if (!r.leftIsTotal) continue;
    const total = r.left[0].cell;
    const cov = coverage(total, r.right, grid);
    if (!cov) continue;
    const score = cov.missing.length + cov.extra.length + cov.duplicated.length + (cov.circular ? 1 : 0);
    const prev = best.get(total.cell);
    if (!prev || score < prev.score) best.set(total.cell, { id: r.id, cov, score });
  }
  return new Map([...best.values()].map((b) => [b.id, b.cov]));
}

const cache = new WeakMap<FormModel, BudgetFinding[]>();

/** The budget findings of a model, computed once however many budget rules ask. */
export function budgetFindings(model: FormModel, grid: Grid): BudgetFinding[] {
  let found = cache.get(model);
  if (!found) {
    found = analyzeBudget(model, grid);
    cache.set(model, found);
  }
  return found;
}
