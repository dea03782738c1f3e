// Last year's self-evaluation as a baseline for this year's form (issue 17): what the hosts hand to
// check(), and the pairing of the two years' indicators, cached per pair of models.

import { Grid, GridData } from '../grid/grid';
import { readForm, SheetScan } from '../forms';
import { FormModel } from '../model';
import { CategoryIndex } from '../profiles';
import { BaselineMatch, matchIndicators } from './match';

export interface BaselineInput {
  /** Last year's form, as read by readForm (usually a 绩效自评表 with 实际完成值). */
  model: FormModel;
  /** How messages name it: a file name, or "file › sheet". */
  label: string;
}

const cache = new WeakMap<FormModel, WeakMap<FormModel, BaselineMatch>>();

export function baselineMatch(current: FormModel, baseline: BaselineInput, categories?: CategoryIndex): BaselineMatch {
  let byPrevious = cache.get(current);
  if (!byPrevious) cache.set(current, (byPrevious = new WeakMap()));
  const hit = byPrevious.get(baseline.model);
  if (hit) return hit;
  const match = matchIndicators(current, baseline.model, categories);
  byPrevious.set(baseline.model, match);
  return match;
}

/** True when the form has at least one 实际完成值: it can serve as last year's results. */
export function hasResults(model: FormModel): boolean {
  return model.tables.some((t) => t.indicators.some((i) => i.values.some((v) => v.kind === 'actual' && v.text.trim() !== '')));
}

export { matchIndicators, indicatorNameKey, indicatorRefs } from './match';
export type { BaselineMatch, IndicatorPair, IndicatorRef } from './match';
export { summarizeMatch } from './summary';
export type { BaselineSummary, PairSide } from './summary';

/**
 * Last year's sheet as a baseline: read as a form (any layout), or undefined when the sheet is not
 * one. Hosts that hold a second sheet or workbook (the pane, the standalone page) call this.
 */
export function baselineFromGrid(input: Grid | GridData, label: string): BaselineInput | undefined {
  const grid = input instanceof Grid ? input : new Grid(input);
  const { model } = readForm(new SheetScan(grid));
  return model ? { model, label } : undefined;
}
