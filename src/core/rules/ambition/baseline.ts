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
import { dateText, headerOf, suggestedTarget } from './messages';
import { Msg, msg, Param, quote } from '../../i18n/text';
import { ambitionThresholds } from './thresholds';

/** "《2022自评.xlsx》": last year's file, when the host named it. */
function fileOf(baseline: BaselineInput): Param {
  return baseline.label ? msg('ambition.file', { label: quote(baseline.label) }) : '';
}

/** "上年《2022自评.xlsx》F12" — where last year's cell is. */
function there(baseline: BaselineInput, cell: string): Msg {
  return msg('ambition.last-year-cell', { file: fileOf(baseline), cell });
}

function pairingNote(pair: IndicatorPair): Msg {
  const now = pair.current.indicator.name!;
  const before = pair.previous.indicator.name!;
  const how =
    pair.by === 'category'
      ? msg('ambition.pairing.by-category', { category: quote(pair.current.categoryName || '—') })
      : msg('ambition.pairing.by-name', { now: quote(pair.current.categoryName || '—'), before: quote(pair.previous.categoryName || '—') });
  return msg('ambition.pairing', { nowCell: now.cell, now: quote(now.text), beforeCell: before.cell, before: quote(before.text), how });
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
  const name = quote(ind.name!.text);
  const targetText = quote(target.text.trim());
  const resultText = quote(result.text.trim());
  const where = there(baseline, result.cell);
  const pairing = pairingNote(pair);
  const message =
    direction === 'floor'
      ? msg('ambition.below.floor', { name, header: headerOf(target.header, msg('ambition.header.target')), target: targetText, cmp: msg(level === 'below' ? 'ambition.cmp.below' : 'ambition.cmp.equal'), result: resultText, where, pairing })
      : msg('ambition.below.ceiling', { name, target: targetText, cmp: msg(level === 'below' ? 'ambition.cmp.above' : 'ambition.cmp.equal'), result: resultText, where, pairing });
  const suggestion =
    t.kind === 'date'
      ? msg('ambition.below.date.suggestion', { when: r.kind === 'date' ? dateText(r.value) : quote(formatMeasureValue(r.value, r)) })
      : msg('ambition.below.suggestion', {
          cmp: msg(direction === 'floor' ? 'ambition.not-below' : 'ambition.not-above'),
          next: quote(suggestedTarget({ ...r, written: t.written }, direction, true)),
        });
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
  const category = ref.categoryName ? msg('ambition.dropped.category', { category: quote(ref.categoryName) }) : '';
  return {
    cell,
    cells: [cell],
    message: msg('ambition.dropped', {
      file: fileOf(baseline),
      category,
      name: quote(prev.name!.text),
      cell: prev.name!.cell,
      result: result ? msg('ambition.dropped.result', { value: quote(result.text.trim()) }) : '',
    }),
    suggestion: msg('ambition.dropped.suggestion'),
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
      whyEn: 'Performance targets should be set with past levels in mind and show progress; a target below what was already reached last year puts no pressure on the unit.',
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
      whyEn: 'Dropping indicators that were missed or hard to meet last year makes the targets incomparable across years; indicators of ongoing work should be kept year after year.',
    },
    ({ model, categories, baseline }) => {
      if (!baseline) return [];
      const match = baselineMatch(model, baseline, categories);
      const all = [...match.pairs.map((p) => p.current), ...match.added];
      return match.dropped.map((d) => droppedFinding(d, model, all, baseline));
    },
  ),
];

