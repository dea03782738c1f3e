// Running the ambition rules over a sheet spec, and building single indicators for unit tests.

import { check, CheckOptions } from '../../../src/core/check';
import { Finding } from '../../../src/core/report';
import { Indicator, IndicatorValue } from '../../../src/core/model';
import { SheetSpec, specToGrid } from '../../fixtures/sheet-spec';

export const AMBITION_RULES = ['conservative-target', 'unexplained-miss', 'full-score-on-miss', 'ambition-config'];

export function ambitionFindings(spec: SheetSpec, options: CheckOptions = {}): Finding[] {
  return check(specToGrid(spec), options).findings.filter((f) => AMBITION_RULES.includes(f.rule));
}

/** `rule cell` of each finding, sorted: the shape most assertions need. */
export function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.cell}`).sort();
}

export interface IndicatorSpec {
  name: string;
  target: string;
  result: string;
  comparator?: string;
  unit?: string;
  valueType?: string;
  weight?: string;
  score?: string;
  deviation?: string;
}

let row = 0;
/** An Indicator as a reader would build it, with only the columns given. */
export function indicator(spec: IndicatorSpec): Indicator {
  const r = row++;
  const cell = (col: string) => `${col}${r + 1}`;
  const text = (t: string | undefined, col: string, c: number) => (t === undefined ? {} : { text: t, cell: cell(col), row: r, col: c });
  const values: IndicatorValue[] = [
    { kind: 'annual', header: '年度指标值', text: spec.target, cell: cell('E') },
    { kind: 'actual', header: '实际完成值', text: spec.result, cell: cell('G') },
  ];
  const opt = <K extends string>(key: K, t: string | undefined, col: string, c: number) => (t === undefined ? {} : { [key]: text(t, col, c) });
  return {
    row: r,
    level1: null,
    level2: null,
    name: { text: spec.name, cell: cell('C'), row: r, col: 2 },
    values,
    ...opt('comparator', spec.comparator, 'D', 3),
    ...opt('unit', spec.unit, 'F', 5),
    ...opt('valueType', spec.valueType, 'K', 10),
    ...opt('weight', spec.weight, 'H', 7),
    ...opt('score', spec.score, 'I', 8),
    ...opt('deviation', spec.deviation, 'J', 9),
    source: 'table',
  } as Indicator;
}
