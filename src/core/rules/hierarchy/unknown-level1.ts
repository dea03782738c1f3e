// 一级 cells that name no 一级 of the profile: typos, 二级 names typed one column left, blanks.

import { defineRule, FindingInput, RuleContext } from '../types';
import { analyseTree, categoryCell, groupBy, groupKey, hasContent, itemLabel, nameCells, ResolvedIndicator, uniq } from './resolve';
import { nearestCategory } from './suggest';
import { stripCategoryScore } from '../../profiles';
import { level1Options, profileName, writeAs } from './describe';
import { Msg, msg, Param, quote } from '../../i18n/text';

export const unknownLevel1 = defineRule(
  {
    id: 'unknown-level1',
    category: 'hierarchy',
    severity: 'error',
    severityNote: '一级指标名称不在所选指标体系中，或未填写，均为错误。',
    title: '一级指标名称不规范',
    titleEn: 'Unknown or missing level-1 category',
    why: '一级指标必须使用指标体系规定的名称，财政部门按一级指标归类审核。',
    whyEn: 'Level-1 indicators must use the names the indicator system prescribes; the finance bureau reviews indicators grouped by level-1 category.',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    const out: FindingInput[] = [];
    for (const { table, rows } of tables) {
      if (table.source === 'table' && table.columns.level1 === undefined) continue;
      const candidates = rows.filter((r) => r.l1Blank || !r.l1Name || r.l1Name.level !== 1);
      // Blank 一级 cells are grouped under their 二级 (each blank row would otherwise be reported).
      for (const group of groupBy(candidates, (r) => (r.l1Blank && r.ind.source === 'table' ? `blank|${r.ind.level2?.cell ?? r.ind.row}` : groupKey(r, 1)))) {
        const f = describe(group, profileName(ctx.categories.profile), level1Options(ctx.categories.profile), ctx);
        if (f) out.push(f);
      }
    }
    return out;
  },
);

/**
 * 一级 names of evaluation systems (评价指标体系) rather than target forms (layouts.md): read them,
 * say which system they belong to, never call them typos. The value is the system's catalogue id.
 */
const EVALUATION_LEVEL1: Array<[RegExp, string]> = [
  [/^(投入|过程|决策|管理)(指标)?$/, 'hierarchy.system.evaluation'],
  [/^(履职效能|管理效率|运行成本|社会效应|可持续发展能力)(指标)?$/, 'hierarchy.system.dept-evaluation'],
  [/^实施效果(指标)?$/, 'hierarchy.system.central-investment'],
];

export function evaluationSystemOf(text: string): Msg | undefined {
  const key = stripCategoryScore(text.normalize('NFKC').replace(/\s+/g, ''));
  const id = EVALUATION_LEVEL1.find(([re]) => re.test(key))?.[1];
  return id ? msg(id) : undefined;
}

function describe(group: ResolvedIndicator[], profile: Param, options: Param, ctx: RuleContext): FindingInput | undefined {
  const r = group[0];
  const cell = categoryCell(r, 1);
  const cells = uniq([cell, ...nameCells(group)]);
  const item = itemLabel(r);
  if (r.l1Blank) {
    // Nothing to report for a row with no content at all; the empty-category rule covers it.
    if (!group.some((g) => hasContent(g) || !g.l2Blank)) return undefined;
    const guess = r.level1;
    return {
      cell,
      cells,
      message: guess
        ? msg('hierarchy.level1.blank-guess', { item, level2: quote(`${r.ind.level2?.text}`), name: quote(guess.name) })
        : msg('hierarchy.level1.blank', { item, options }),
      ...(guess ? { suggestion: writeAs(guess.name) } : {}),
    };
  }
  const text = r.ind.level1!.text;
  const system = evaluationSystemOf(text);
  if (system) {
    return {
      cell,
      cells,
      severity: 'info',
      message: msg('hierarchy.level1.evaluation-system', { item, text: quote(text), system, profile }),
      suggestion: msg('hierarchy.level1.evaluation-system.suggestion', { options }),
    };
  }
  if (r.l1Name?.level === 2) {
    const { level1, level2 } = r.l1Name;
    return {
      cell,
      cells,
      message: msg('hierarchy.level1.is-level2', { item, text: quote(text), profile, level1: quote(level1.name), level2: quote(level2.name) }),
      suggestion: writeAs(level1.name),
    };
  }
  if (r.l1Code?.level === 1) {
    return {
      cell,
      cells,
      message: msg('hierarchy.level1.by-code', { item, text: quote(text), profile, code: `${r.ind.level1!.code}`, name: quote(r.l1Code.level1.name) }),
      suggestion: writeAs(r.l1Code.level1.name),
    };
  }
  const near = nearestCategory(text, ctx.categories, 1);
  return {
    cell,
    cells,
    message: near
      ? msg('hierarchy.level1.near', { item, text: quote(text), profile, name: quote(near.match.level1.name) })
      : msg('hierarchy.level1.unknown', { item, text: quote(text), profile, options }),
    ...(near ? { suggestion: writeAs(near.match.level1.name) } : {}),
  };
}
