// A known 二级 under another 一级: seed 001 puts 服务满意度指标 under 效益指标; seed 002 leaves the
// 一级 cell blank so 社会效益指标 is carried under 产出指标; under mof2021 成本指标 is itself a 一级
// and may not sit under 产出指标.

import { toA1 } from '../../grid/address';
import { defineRule, FindingInput, RuleContext } from '../types';
import { analyseTree, groupBy, groupKey, itemLabel, nameCells, ResolvedIndicator, uniq } from './resolve';
import { packedCodeProblems } from './packed-code';
import { level2List, level2Options, profileName, written } from './describe';
import { msg, quote } from '../../i18n/text';

export const level2WrongLevel1 = defineRule(
  {
    id: 'level2-wrong-level1',
    category: 'hierarchy',
    severity: 'error',
    severityNote: '二级指标放在不属于它的一级指标下（含一级单元格空白而沿用了上方的一级）为错误。',
    title: '二级指标放错了一级指标',
    titleEn: 'Level-2 category under the wrong level-1',
    why: '二级指标归属错误时，产出、效益、满意度的完整性和权重都会算错，财政部门会退回修改。',
    whyEn: 'With a level-2 category under the wrong level-1, the completeness and weights of outputs, benefits and satisfaction are all miscounted, and the finance bureau sends the form back.',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    const out: FindingInput[] = [];
    for (const { rows } of tables) {
      const misplaced = rows.filter((r) => {
        if (r.l1Name?.level !== 1 || !r.l2Name) return false;
        // Packed items with codes are judged by packed-code-mismatch, which names both codes.
        if (packedCodeProblems(r).length > 0) return false;
        return r.l2Name.level1.key !== r.l1Name.level1.key;
      });
      for (const group of groupBy(misplaced, (r) => groupKey(r, 2))) out.push(describe(group, ctx));
    }
    return out;
  },
);

function describe(group: ResolvedIndicator[], ctx: RuleContext): FindingInput {
  const r = group[0];
  const { grid, categories } = ctx;
  const l1 = r.ind.level1!;
  const l2 = r.ind.level2!;
  const target = r.l2Name!.level1;
  const item = itemLabel(r);
  const col1 = r.table.columns.level1;
  // Where the 一级 of this group is (or should be) typed: the 二级's own row in the 一级 column.
  const l1Here = r.ind.source === 'table' && col1 !== undefined ? toA1(l2.row, col1) : l1.cell;
  const cells = uniq([l2.cell, l1.cell, l1Here, ...nameCells(group)]);

  const profile = profileName(categories.profile);
  const suggestion = msg('hierarchy.wrong-level1.suggestion', { name: quote(target.name) });
  if (r.l2Name!.level === 1) {
    return {
      cell: l2.cell,
      cells,
      message: msg('hierarchy.wrong-level1.is-level1', { item, profile, target: quote(target.name), children: level2List(target), under: quote(l1.text), options: level2Options(target) }),
      suggestion,
    };
  }
  const carried = r.ind.source === 'table' && l1.inherited && col1 !== undefined && !grid.mergeAt(l2.row, col1);
  const what = msg('hierarchy.wrong-level1.what', { item, level2: written(l2.text, r.l2Name), target: quote(target.name) });
  const message = carried
    ? msg('hierarchy.wrong-level1.carried', { what, here: l1Here, from: l1.cell, under: quote(l1.text), target: quote(target.name) })
    : msg('hierarchy.wrong-level1.misplaced', { what, under: quote(l1.text), target: quote(target.name) });
  return { cell: l2.cell, cells, message, suggestion };
}
