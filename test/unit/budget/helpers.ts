// Shared by the budget tests: run the checker on a sheet spec and keep the budget findings.

import { checkWithModel } from '../../../src/core/check';
import { Grid } from '../../../src/core/grid/grid';
import { budgetOutcomes } from '../../../src/core/rules/budget/analyze';
import { Outcome } from '../../../src/core/rules/budget/relation';
import { Finding } from '../../../src/core/report';
import { fixture } from '../../fixtures/catalog';
import { SheetSpec, setCells, specToGrid } from '../../fixtures/sheet-spec';

export function budgetFindings(spec: SheetSpec): Finding[] {
  return checkWithModel(specToGrid(spec)).report.findings.filter((f) => f.category === 'budget');
}

export function budgetOf(name: string): Finding[] {
  return budgetFindings(fixture(name));
}

/** "rule@cell" per finding, in report order: the short form most assertions need. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.cell}`);
}

/** A1 addresses of a column between two rows, inclusive ("B", 6, 25 -> B6…B25). */
export function columnCells(col: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= to; r++) out.push(`${col}${r}`);
  return out;
}

/** Seed 003 with the 宣传部 subtotal and the 合计 corrected, so every relation holds. */
export function huangpuCorrected(): SheetSpec {
  return setCells(fixture('seed-003'), { B5: 5955.56, C5: 5955.56, B4: 8927.2, C4: 8927.2 });
}

/** Every budget relation of a fixture with its outcome, by relation id. */
export function outcomesOf(spec: SheetSpec): Map<string, Outcome> {
  const grid = new Grid(specToGrid(spec));
  const { model } = checkWithModel(grid);
  if (!model) throw new Error(`${spec.name} was not recognised as a form`);
  return budgetOutcomes(model, grid);
}

/** [left, right] of an evaluated relation, rounded to the cent. */
export function sides(outcomes: Map<string, Outcome>, id: string): [number, number] {
  const o = outcomes.get(id);
  if (!o) throw new Error(`no relation ${id}; have ${[...outcomes.keys()].join(', ')}`);
  return [Math.round(o.left * 100) / 100, Math.round(o.right * 100) / 100];
}
