// What a layout module hands the budget analysis: its relations (with the sentence each one says
// when it does not add up), findings it can decide alone, and every amount cell for the value checks.

import { BudgetFinding, Outcome, Relation } from './relation';
import { NamedAmount } from './values';

export interface MismatchText {
  /** The layout's own sentence without the difference: "宣传部小计 5,805.56 万元，但其下 20 个项目合计 5,955.56 万元". */
  clause: string;
  primary: string;
  suggestion?: string;
  /** Extra sentences: where a cascade may start, what else changes with it. */
  notes?: string[];
  /** Cells to name instead of every cell of the relation. */
  cells?: string[];
}

export interface RelationSpec {
  relation: Relation;
  /** Called after every relation of the form was evaluated, so notes can refer to the others. */
  text: (o: Outcome, all: ReadonlyMap<string, Outcome>) => MismatchText;
  /** How a formula finding names the total (whose formula is judged when `relation.leftIsTotal`). */
  totalName?: string;
}

export interface LayoutRelations {
  relations: RelationSpec[];
  findings: BudgetFinding[];
  amounts: NamedAmount[];
}
