// What a layout module hands the budget analysis: its relations (with the sentence each one says
// when it does not add up), findings it can decide alone, and every amount cell for the value checks.

import type { Msg, Param } from '../../i18n/text';
import { BudgetFinding, Outcome, Relation } from './relation';
import { NamedAmount } from './values';

export interface MismatchText {
  /** The layout's own sentence without the difference: "宣传部小计 5,805.56 万元，但其下 20 个项目合计 5,955.56 万元". */
  clause: Param;
  primary: string;
  suggestion?: Msg;
  /** Extra sentences: where a cascade may start, what else changes with it. */
  notes?: Param[];
  /** Cells to name instead of every cell of the relation. */
  cells?: string[];
}

export interface RelationSpec {
  relation: Relation;
  /** Called after every relation of the form was evaluated, so notes can refer to the others. */
  text: (o: Outcome, all: ReadonlyMap<string, Outcome>) => MismatchText;
  /** How a formula finding names the total (whose formula is judged when `relation.leftIsTotal`). */
  totalName?: Param;
}

export interface LayoutRelations {
  relations: RelationSpec[];
  findings: BudgetFinding[];
  amounts: NamedAmount[];
}
