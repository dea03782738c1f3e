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
import { Msg, msg, quote } from '../../i18n/text';

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

/** The two values quoted, each after its column's header as the form names it ("年度指标值“≥200期”"). */
function values(c: Comparison): { target: Msg; result: Msg } {
  return {
    target: msg('ambition.labelled', { header: headerOf(c.targetValue.header, msg('ambition.header.target')), value: shownValue(c.targetValue.text, c.target) }),
    result: msg('ambition.labelled', { header: headerOf(c.resultValue.header, msg('ambition.header.result')), value: shownValue(c.resultValue.text, c.result) }),
  };
}


function cellsOf(ind: Indicator, ...first: Array<string | undefined>): string[] {
  return [...new Set([...first, ind.name?.cell].filter((c): c is string => !!c))];
}

function conservativeFinding({ indicator: ind, comparison: c }: ComparedIndicator): FindingInput {
  const v = values(c);
  const name = quote(ind.name!.text);
  const suggestion = msg('ambition.conservative.suggestion', { next: quote(suggestedTarget(c.result, c.direction.direction)) });
  const message =
    c.direction.direction === 'floor'
      ? msg('ambition.conservative.floor', { name, target: v.target, result: v.result, percent: percentText(c.ratio!), times: formatRatio(c.ratio!) })
      : msg('ambition.conservative.ceiling', { name, target: v.target, used: quote(formatMeasureValue(c.result.value, c.result)), result: v.result, percent: percentText(c.ratio!) });
  return { cell: c.resultValue.cell, cells: cellsOf(ind, c.resultValue.cell, c.targetValue.cell), message, suggestion };
}

function formatRatio(r: number): string {
  return (Math.round(r * 10) / 10).toFixed(1);
}

function missText(ind: Indicator, c: Comparison): Msg {
  const v = values(c);
  const how =
    c.target.kind === 'date'
      ? msg('ambition.miss.late')
      : c.ratio === null
        ? ''
        : msg(c.direction.direction === 'floor' ? 'ambition.miss.floor' : 'ambition.miss.ceiling', { percent: percentText(c.ratio) });
  return msg('ambition.miss', { name: quote(ind.name!.text), target: v.target, result: v.result, how });
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
      message: msg('ambition.unexplained.no-column', { miss: missText(ind, c) }),
      suggestion: msg('ambition.unexplained.no-column.suggestion'),
    };
  }
  const written = deviation.text.trim();
  return {
    cell,
    cells: cellsOf(ind, cell, c.resultValue.cell, c.targetValue.cell),
    message: msg('ambition.unexplained', { miss: missText(ind, c), written: written ? msg('ambition.unexplained.only', { text: quote(written) }) : msg('ambition.unexplained.empty') }),
    suggestion: msg('ambition.unexplained.suggestion'),
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
    message: msg('ambition.full-score', { miss: missText(ind, c), got, weight }),
    suggestion: msg('ambition.full-score.suggestion'),
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
      whyEn: 'Performance targets should be challenging and set with past levels in mind; a target met several times over asked for no effort, and audits and fiscal evaluations often list “targets that put no pressure on the unit” as a finding.',
    },
    ({ model, profile }) => {
      const out: FindingInput[] = [];
      const { errorMessage } = ambitionThresholds(profile);
      if (errorMessage) out.push({ rule: 'ambition-config', severity: 'error', cell: 'A1', cells: ['A1'], message: errorMessage, why: msg('ambition.config.why') });
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
      whyEn: 'A self-evaluation must analyse, indicator by indicator, why a target was missed and how to improve; one without that analysis is sent back or marked down.',
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
      whyEn: 'The score should reflect how far the target was met; full marks for a missed target is a scoring error, and the self-evaluation will be judged untrue.',
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
