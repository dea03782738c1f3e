// Building indicators for vague-rule tests from plain texts, the way the readers would.

import { Indicator, IndicatorValue } from '../../../src/core/model';
import { CategoryIndex, getProfile, Profile } from '../../../src/core/profiles';
import { categoryKind, judgeIndicator, IndicatorJudgement } from '../../../src/core/rules/vague';
import { vagueConfig } from '../../../src/core/rules/vague/schema';

export interface IndicatorSpec {
  name: string;
  level1?: string;
  level2?: string;
  period?: string;
  annual?: string;
  expected?: string;
  unit?: string;
}

const HEADERS = { period: '实施周期指标值', annual: '年度指标值', expected: '预期指标' } as const;

let row = 0;
export function indicator(spec: IndicatorSpec): Indicator {
  const r = row++;
  const cat = (text: string | undefined, col: number) => (text ? { text, cell: `${'AB'[col]}${r + 1}`, row: r, col, inherited: false } : null);
  const values: IndicatorValue[] = (['period', 'annual', 'expected'] as const)
    .filter((k) => spec[k] !== undefined)
    .map((k, i) => ({ kind: k, header: HEADERS[k], text: spec[k]!, cell: `${'DEF'[i]}${r + 1}` }));
  return {
    row: r,
    level1: cat(spec.level1, 0),
    level2: cat(spec.level2, 1),
    name: { text: spec.name, cell: `C${r + 1}`, row: r, col: 2 },
    values,
    ...(spec.unit ? { unit: { text: spec.unit, cell: `G${r + 1}`, row: r, col: 6 } } : {}),
    source: 'table',
  };
}

export const GUANGDONG = getProfile('guangdong')!;

/** Judges one indicator (or one of a group of siblings) under a profile, as the rule would. */
export function judge(spec: IndicatorSpec | Indicator, siblings?: Indicator[], profile: Profile = GUANGDONG): IndicatorJudgement {
  const ind = 'values' in spec ? spec : indicator(spec);
  const categories = new CategoryIndex(profile);
  return judgeIndicator(ind, { config: vagueConfig(profile).config, category: categoryKind(ind, categories), siblings: siblings ?? [ind] });
}

/** Shorthand: the verdict of a single value under a name and a 二级 category. */
export function verdictOf(name: string, value: string, level2 = '数量指标', level1 = '产出指标', profile: Profile = GUANGDONG) {
  return judge({ name, level1, level2, annual: value }, undefined, profile).verdict;
}
