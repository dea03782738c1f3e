// Across years: this year's targets against last year's results (check's `baseline` option, the CLI's
// --baseline FILE). A target at or below what was already achieved asks for no progress
// (target-below-last-year); an indicator of last year's that is gone may hide a result nobody wants
// to repeat (indicator-dropped). Every finding names the paired cells of both years.

import { BaselineInput, baselineMatch, IndicatorPair, IndicatorRef } from '../../baseline';
import { toA1 } from '../../grid/address';
import { FormModel, Indicator } from '../../model';
import { formatMeasureValue, parseMeasures } from '../../parse/measure';
import { Profile } from '../../profiles';
import { defineRule, FindingInput } from '../types';
import { pairMeasures, resultValueOf, targetValueOf } from './compare';
import { directionOf, isQualitative } from './direction';
import { headerOf, suggestedTarget } from './messages';
import { ambitionThresholds } from './thresholds';

const q = (s: string) => `“${s}”`;

/** "上年《2022自评.xlsx》F12" — where last year's cell is. */
function there(baseline: BaselineInput, cell: string): string {
  return `上年${baseline.label ? `《${baseline.label}》` : ''}${cell}`;
}

function pairingNote(pair: IndicatorPair): string {
  const now = pair.current.indicator.name!;
  const before = pair.previous.indicator.name!;
  const how = pair.by === 'category' ? `同在二级指标${q(pair.current.categoryName || '—')}下` : `二级指标不同（今年${q(pair.current.categoryName || '—')}，上年${q(pair.previous.categoryName || '—')}），按名称配对`;
  return `配对：今年 ${now.cell}${q(now.text)} ↔ 上年 ${before.cell}${q(before.text)}，${how}；配对有误时请核对指标名称。`;
}

function belowFinding(pair: IndicatorPair, baseline: BaselineInput, profile: Profile): FindingInput | undefined {
  const ind: Indicator = pair.current.indicator;
  const prev: Indicator = pair.previous.indicator;
  if (isQualitative(ind)) return undefined;
  const target = targetValueOf(ind);
  const result = resultValueOf(prev);
  if (!target || !result) return undefined;
  const pairs = pairMeasures(parseMeasures(target.text, { unitColumn: ind.unit?.text }), parseMeasures(result.text, { unitColumn: prev.unit?.text }));
  if (pairs.length !== 1) return undefined;
  const { target: t, result: r } = pairs[0];
  const { thresholds } = ambitionThresholds(profile);
  const direction = directionOf(ind, t, thresholds).direction;
  const eps = 1e-9 * Math.max(1, Math.abs(r.value));
  let level: 'below' | 'equal' | undefined;
  if (direction === 'floor') {
    // A rate already at 100% cannot be asked to rise further.
    if (t.kind === 'percent' && t.value >= 100 - eps) return undefined;
    if (t.value < r.value - eps) level = 'below';
    else if (Math.abs(t.value - r.value) <= eps && !thresholds.completeWords.some((w) => target.text.includes(w))) level = 'equal';
  } else {
    if (t.value === 0) return undefined;
    if (t.value > r.value + eps) level = 'below';
    // A deadline on the day last year's work was done is no finding: dates only when strictly later.
    else if (Math.abs(t.value - r.value) <= eps && t.kind !== 'date') level = 'equal';
  }
  if (!level) return undefined;
  const name = q(ind.name!.text);
  const targetText = q(target.text.trim());
  const resultText = q(result.text.trim());
  const where = `${there(baseline, result.cell)}`;
  const message =
    direction === 'floor'
      ? `${name}今年${headerOf(target.header, '年度指标值')}${targetText}${level === 'below' ? '低于' : '等于'}上年实际完成值${resultText}（${where}）：目标没有体现进步。${pairingNote(pair)}`
      : `${name}今年的上限${targetText}${level === 'below' ? '高于' : '等于'}上年实际水平${resultText}（${where}）：上限没有收紧。${pairingNote(pair)}`;
  const suggestion =
    t.kind === 'date'
      ? `参考上年实际完成时间（${formatMeasureValue(r.value, r)}），把完成时限提前；如今年任务量更大，请在指标说明中写明。`
      : `参考历史水平，把目标设为${direction === 'floor' ? '不低于' : '不高于'}上年实际完成值，如${q(suggestedTarget({ ...r, written: t.written }, direction, true))}；如今年任务量确有减少，请在指标说明中写明原因。`;
  return {
    severity: level === 'below' ? 'warning' : 'info',
    cell: target.cell,
    cells: [...new Set([target.cell, ind.name!.cell])],
    message,
    suggestion,
  };
}

function droppedFinding(ref: IndicatorRef, current: FormModel, all: IndicatorRef[], baseline: BaselineInput): FindingInput {
  const prev = ref.indicator;
  const sibling = all.find((r) => r.categoryKey === ref.categoryKey && r.categoryKey !== '');
  const firstTable = current.tables[0];
  const cell =
    sibling?.indicator.level2?.cell ??
    sibling?.indicator.name?.cell ??
    (firstTable ? toA1(firstTable.headerRow, firstTable.columns.name ?? firstTable.columns.level1 ?? 0) : 'A1');
  const result = resultValueOf(prev);
  const category = ref.categoryName ? `二级指标${q(ref.categoryName)}下的` : '';
  return {
    cell,
    cells: [cell],
    message: `上年${baseline.label ? `《${baseline.label}》` : ''}${category}三级指标${q(prev.name!.text)}（${prev.name!.cell}${result ? `，上年实际完成值${q(result.text.trim())}` : ''}）在今年的表中没有找到。`,
    suggestion: '如该指标已不适用（任务已完成或调整），可忽略；如只是改了名称或类别，请核对配对；持续性工作的指标宜保留，以便逐年比较。',
  };
}

export const baselineRules = [
  defineRule(
    {
      id: 'target-below-last-year',
      category: 'vague',
      severity: 'warning',
      severityNote: '今年目标低于上年实际完成值（上限类指标：高于上年实际）为警告；与上年实际持平为提示。只在给出上年自评表（命令行 --baseline）时检查。',
      title: '目标不高于上年实际',
      titleEn: "Target at or below last year's result",
      why: '绩效目标应参考历史水平设定，体现进步；低于上年已达到的水平的目标没有压力。',
    },
    ({ model, profile, categories, baseline }) => {
      if (!baseline) return [];
      return baselineMatch(model, baseline, categories)
        .pairs.map((p) => belowFinding(p, baseline, profile))
        .filter((f): f is FindingInput => !!f);
    },
  ),
  defineRule(
    {
      id: 'indicator-dropped',
      category: 'vague',
      severity: 'info',
      severityNote: '只在给出上年自评表（命令行 --baseline）时检查。',
      title: '上年指标今年不见了',
      titleEn: "Last year's indicator missing this year",
      why: '去掉上年未完成或难以完成的指标，会让目标失去可比性；持续性工作的指标宜逐年保留。',
    },
    ({ model, categories, baseline }) => {
      if (!baseline) return [];
      const match = baselineMatch(model, baseline, categories);
      const all = [...match.pairs.map((p) => p.current), ...match.added];
      return match.dropped.map((d) => droppedFinding(d, model, all, baseline));
    },
  ),
];

