// 一级 cells that name no 一级 of the profile: typos, 二级 names typed one column left, blanks.

import { defineRule, FindingInput, RuleContext } from '../types';
import { analyseTree, categoryCell, groupBy, groupKey, hasContent, itemLabel, nameCells, ResolvedIndicator, uniq } from './resolve';
import { nearestCategory } from './suggest';
import { stripCategoryScore } from '../../profiles';
import { level1Options } from './describe';

export const unknownLevel1 = defineRule(
  {
    id: 'unknown-level1',
    category: 'hierarchy',
    severity: 'error',
    severityNote: '一级指标名称不在所选指标体系中，或未填写，均为错误。',
    title: '一级指标名称不规范',
    titleEn: 'Unknown or missing level-1 category',
    why: '一级指标必须使用指标体系规定的名称，财政部门按一级指标归类审核。',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    const out: FindingInput[] = [];
    for (const { table, rows } of tables) {
      if (table.source === 'table' && table.columns.level1 === undefined) continue;
      const candidates = rows.filter((r) => r.l1Blank || !r.l1Name || r.l1Name.level !== 1);
      // Blank 一级 cells are grouped under their 二级 (each blank row would otherwise be reported).
      for (const group of groupBy(candidates, (r) => (r.l1Blank && r.ind.source === 'table' ? `blank|${r.ind.level2?.cell ?? r.ind.row}` : groupKey(r, 1)))) {
        const f = describe(group, ctx.categories.profile.name, level1Options(ctx.categories.profile), ctx);
        if (f) out.push(f);
      }
    }
    return out;
  },
);

/**
 * 一级 names of evaluation systems (评价指标体系) rather than target forms (layouts.md): read them,
 * say which system they belong to, never call them typos.
 */
const EVALUATION_LEVEL1: Array<[RegExp, string]> = [
  [/^(投入|过程|决策|管理)(指标)?$/, '绩效评价指标体系（决策、过程、产出、效益）'],
  [/^(履职效能|管理效率|运行成本|社会效应|可持续发展能力)(指标)?$/, '部门整体支出绩效评价指标体系'],
  [/^实施效果(指标)?$/, '中央预算内投资项目绩效目标表（实施效果指标下分产出、效益指标）'],
];

export function evaluationSystemOf(text: string): string | undefined {
  const key = stripCategoryScore(text.normalize('NFKC').replace(/\s+/g, ''));
  return EVALUATION_LEVEL1.find(([re]) => re.test(key))?.[1];
}

function describe(group: ResolvedIndicator[], profileName: string, options: string, ctx: RuleContext): FindingInput | undefined {
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
      message: `${item}一级指标未填写${guess ? `：按二级指标“${r.ind.level2?.text}”，应填写“${guess.name}”` : `：应填写${options}`}。`,
      ...(guess ? { suggestion: guess.name } : {}),
    };
  }
  const text = r.ind.level1!.text;
  const system = evaluationSystemOf(text);
  if (system) {
    return {
      cell,
      cells,
      severity: 'info',
      message: `${item}一级指标“${text}”属于${system}，不是${profileName}（绩效目标）中的一级指标；这一组按原样读取，不按目标表的一级指标校验。`,
      suggestion: `如果这是绩效目标表，一级指标应为${options}。`,
    };
  }
  if (r.l1Name?.level === 2) {
    const { level1, level2 } = r.l1Name;
    return {
      cell,
      cells,
      message: `${item}“${text}”在${profileName}中是“${level1.name}”下的二级指标，不是一级指标：一级指标应填“${level1.name}”，二级指标填“${level2.name}”。`,
      suggestion: level1.name,
    };
  }
  if (r.l1Code?.level === 1) {
    return {
      cell,
      cells,
      message: `${item}一级指标“${text}”不是${profileName}中的名称：代码 ${r.ind.level1!.code} 对应“${r.l1Code.level1.name}”。`,
      suggestion: r.l1Code.level1.name,
    };
  }
  const near = nearestCategory(text, ctx.categories, 1);
  return {
    cell,
    cells,
    message: `${item}一级指标“${text}”不是${profileName}中的名称${near ? `，是否应为“${near.match.level1.name}”？` : `：一级指标应为${options}。`}`,
    ...(near ? { suggestion: near.match.level1.name } : {}),
  };
}
