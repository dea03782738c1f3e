// The `ambition` rules (category `vague`: targets that cannot show progress): in a self-evaluation,
// every quantitative target is judged against its result in the indicator's direction. A target met
// many times over was set too low (conservative-target); a miss needs a 偏差原因 (unexplained-miss)
// and cannot earn full marks (full-score-on-miss). The across-years rules live in ./baseline.ts.

import { toA1 } from '../../grid/address';
import { Grid } from '../../grid/grid';
import { FormModel, Indicator, IndicatorTable } from '../../model';
import { formatMeasureValue } from '../../parse/measure';
import { parseNumber } from '../../parse/number';
import { compact } from '../../parse/text';
import { Profile } from '../../profiles';
import { defineRule, FindingInput } from '../types';
import { compareIndicator, Comparison } from './compare';
import { headerOf, percentText, shownValue, suggestedTarget } from './messages';
import { ambitionThresholds, AmbitionThresholds } from './thresholds';
import { baselineRules } from './baseline';

export interface ComparedIndicator {
  table: IndicatorTable;
  indicator: Indicator;
  comparison: Comparison;
}

const cache = new WeakMap<FormModel, WeakMap<Profile, ComparedIndicator[]>>();

/** Every 三级 indicator with a target and a comparable result, judged once per form and profile. */
export function compareForm(model: FormModel, profile: Profile): ComparedIndicator[] {
  let byProfile = cache.get(model);
  if (!byProfile) cache.set(model, (byProfile = new WeakMap()));
  const hit = byProfile.get(profile);
  if (hit) return hit;
  const { thresholds } = ambitionThresholds(profile);
  const out: ComparedIndicator[] = [];
  for (const table of model.tables) {
    for (const indicator of table.indicators) {
      if (!indicator.name?.text.trim()) continue;
      const comparison = compareIndicator(indicator, thresholds);
      if (comparison) out.push({ table, indicator, comparison });
    }
  }
  byProfile.set(profile, out);
  return out;
}

const q = (s: string) => `“${s}”`;

/** The two values quoted, each after its column's header as the form names it ("年度指标值“≥200期”"). */
function values(c: Comparison): { target: string; result: string } {
  return {
    target: `${headerOf(c.targetValue.header, '年度指标值')}${q(shownValue(c.targetValue.text, c.target))}`,
    result: `${headerOf(c.resultValue.header, '实际完成值')}${q(shownValue(c.resultValue.text, c.result))}`,
  };
}


function cellsOf(ind: Indicator, ...first: Array<string | undefined>): string[] {
  return [...new Set([...first, ind.name?.cell].filter((c): c is string => !!c))];
}

function conservativeFinding({ indicator: ind, comparison: c }: ComparedIndicator): FindingInput {
  const v = values(c);
  const name = q(ind.name!.text);
  const suggestion = `下一年度可参照本年实际完成值设定目标，如${q(suggestedTarget(c.result, c.direction.direction))}；若本年超额完成有一次性原因，请在偏差原因中说明。`;
  const message =
    c.direction.direction === 'floor'
      ? `${name}${v.target}，${v.result}，完成目标的 ${percentText(c.ratio!)}（${formatRatio(c.ratio!)} 倍）：目标设置偏保守。`
      : `${name}${v.target}是上限，实际只用到 ${formatMeasureValue(c.result.value, c.result)}（${v.result}），为上限的 ${percentText(c.ratio!)}：上限设置过宽。`;
  return { cell: c.resultValue.cell, cells: cellsOf(ind, c.resultValue.cell, c.targetValue.cell), message, suggestion };
}

function formatRatio(r: number): string {
  return (Math.round(r * 10) / 10).toFixed(1);
}

function missText(ind: Indicator, c: Comparison): string {
  const v = values(c);
  const how =
    c.target.kind === 'date' ? '，晚于完成时限' : c.ratio === null ? '' : c.direction.direction === 'floor' ? `，完成目标的 ${percentText(c.ratio)}` : `，为上限的 ${percentText(c.ratio)}`;
  return `${q(ind.name!.text)}${v.target}，${v.result}${how}，未达到目标`;
}

/**
 * The 偏差原因 cell of an indicator and what it says. A reason merged down over several rows (one
 * explanation for a group of indicators) counts for every row it covers.
 */
function deviationOf(grid: Grid, table: IndicatorTable, ind: Indicator): { cell?: string; text: string } {
  if (ind.deviation) return { cell: ind.deviation.cell, text: ind.deviation.text };
  const col = table.columns.deviation;
  if (col === undefined) return { text: '' };
  const merge = grid.mergeAt(ind.row, col);
  const text = merge ? grid.text(merge.top, merge.left) : '';
  return { cell: toA1(merge?.top ?? ind.row, merge?.left ?? col), text };
}

function explains(text: string, thresholds: AmbitionThresholds): boolean {
  const t = compact(text);
  return t !== '' && !thresholds.emptyDeviation.includes(t);
}

function unexplainedFinding({ indicator: ind, comparison: c }: ComparedIndicator, deviation: { cell?: string; text: string }): FindingInput {
  const cell = deviation.cell;
  if (!cell) {
    return {
      severity: 'info',
      cell: c.resultValue.cell,
      cells: cellsOf(ind, c.resultValue.cell, c.targetValue.cell),
      message: `${missText(ind, c)}，表中没有“偏差原因分析”栏说明原因。`,
      suggestion: '在表格中增加“偏差原因分析及改进措施”栏，写明未完成的原因和改进措施。',
    };
  }
  const written = deviation.text.trim();
  return {
    cell,
    cells: cellsOf(ind, cell, c.resultValue.cell, c.targetValue.cell),
    message: `${missText(ind, c)}，但偏差原因分析${written ? `只写了${q(written)}` : '为空'}。`,
    suggestion: '写明未达到目标的原因（客观因素或管理问题）和改进措施；如目标本身定得不合理，也请说明并在下一年度调整。',
  };
}

function score(text: string | undefined): number | null {
  if (!text) return null;
  return parseNumber(compact(text).replace(/分$/, ''));
}

function fullScoreFinding({ indicator: ind, comparison: c }: ComparedIndicator): FindingInput | undefined {
  const weight = score(ind.weight?.text);
  const got = score(ind.score?.text);
  if (weight === null || got === null || weight <= 0 || got < weight - 1e-9) return undefined;
  return {
    cell: ind.score!.cell,
    cells: cellsOf(ind, ind.score!.cell, ind.weight!.cell, c.resultValue.cell, c.targetValue.cell),
    message: `${missText(ind, c)}，得分却为满分 ${got} 分（分值 ${weight} 分）。`,
    suggestion: '未完成的指标应按完成程度扣分（如按实际完成值÷年度指标值×分值计分），并在偏差原因中说明。',
  };
}

export const ambitionRules = [
  defineRule(
    {
      id: 'conservative-target',
      category: 'vague',
      severity: 'warning',
      severityNote: '阈值（默认：下限类指标完成 150% 以上、上限类指标只用到 50% 以下）可在指标体系文件的 extensions.ambition 中按单位调整；阈值配置有误为错误。',
      title: '目标设置偏保守',
      titleEn: 'Target met many times over: set too low',
      why: '绩效目标应有挑战性、参考历史水平设定；成倍超额完成说明目标没有压力，审计和财政评价常把“设置无压力的绩效目标”列为问题。',
    },
    ({ model, profile }) => {
      const out: FindingInput[] = [];
      const { error } = ambitionThresholds(profile);
      if (error) out.push({ rule: 'ambition-config', severity: 'error', cell: 'A1', cells: ['A1'], message: error, why: '阈值配置有误时，目标挑战性检查按默认阈值进行。' });
      for (const c of compareForm(model, profile)) if (c.comparison.outcome === 'conservative') out.push(conservativeFinding(c));
      return out;
    },
  ),
  defineRule(
    {
      id: 'unexplained-miss',
      category: 'vague',
      severity: 'warning',
      severityNote: '表格没有偏差原因栏时为提示。',
      title: '未完成目标且未说明原因',
      titleEn: 'Target missed without a reason (偏差原因)',
      why: '自评要求对未完成的指标逐项分析偏差原因并提出改进措施，没有说明的自评会被退回或扣分。',
    },
    ({ grid, model, profile }) => {
      const { thresholds } = ambitionThresholds(profile);
      const out: FindingInput[] = [];
      for (const c of compareForm(model, profile)) {
        if (c.comparison.outcome !== 'missed') continue;
        const deviation = deviationOf(grid, c.table, c.indicator);
        if (!explains(deviation.text, thresholds)) out.push(unexplainedFinding(c, deviation));
      }
      return out;
    },
  ),
  defineRule(
    {
      id: 'full-score-on-miss',
      category: 'vague',
      severity: 'error',
      severityNote: '得分等于或超过分值、而实际完成值未达到年度指标值时为错误；得分已按完成程度扣减的不报告。',
      title: '未完成目标却得满分',
      titleEn: 'Full score on a missed target',
      why: '得分应反映完成程度；未完成的指标得满分是评分错误，自评结果会被认定为不实。',
    },
    ({ model, profile }) =>
      compareForm(model, profile)
        .filter((c) => c.comparison.outcome === 'missed')
        .map(fullScoreFinding)
        .filter((f): f is FindingInput => !!f),
  ),
  ...baselineRules,
];

export { compareIndicator, targetValueOf, resultValueOf } from './compare';
export type { Comparison, Outcome } from './compare';
export { ambitionThresholds, DEFAULT_THRESHOLDS } from './thresholds';
