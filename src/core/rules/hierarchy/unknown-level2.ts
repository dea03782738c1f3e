// 二级 cells that name no single 二级 of the profile: typos, blanks and "-", several categories
// bundled into one label (seed 001: "数量、质量、时效、成本方面的指标"), or the 一级 name repeated.

import { Level1 } from '../../profiles';
import { defineRule, FindingInput, RuleContext } from '../types';
import { analyseTree, categoryCell, groupBy, groupKey, hasContent, itemLabel, nameCells, ResolvedIndicator, uniq } from './resolve';
import { matchName, namedCategories, nearestCategory, quoteList } from './suggest';
import { level2Options, mainLevel2 } from './describe';
import { isCountName } from './wording';

export const unknownLevel2 = defineRule(
  {
    id: 'unknown-level2',
    category: 'hierarchy',
    severity: 'error',
    severityNote: '二级指标名称不在所选指标体系中、合并了多个类别，或未填写，均为错误。',
    title: '二级指标名称不规范',
    titleEn: 'Unknown, bundled or missing level-2 category',
    why: '二级指标决定三级指标按数量、质量、时效、成本等类别审核；名称不规范或几类混填时无法逐类核对。',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    const out: FindingInput[] = [];
    for (const { table, rows } of tables) {
      if (table.source === 'table' && table.columns.level2 === undefined) continue;
      const candidates = rows.filter((r) => r.l2Blank || !r.l2Name || (r.l2Name.level === 1 && r.l1Name?.level === 1 && r.l2Name.level1.key === r.l1Name.level1.key));
      for (const group of groupBy(candidates, (r) => groupKey(r, 2))) {
        const f = describe(group, ctx);
        if (f) out.push(f);
      }
    }
    return out;
  },
);

function describe(group: ResolvedIndicator[], ctx: RuleContext): FindingInput | undefined {
  const r = group[0];
  const profile = ctx.categories.profile;
  const cell = categoryCell(r, 2);
  const cells = uniq([cell, ...nameCells(group)]);
  const item = itemLabel(r);
  const own: Level1 | undefined = r.l1Name?.level === 1 ? r.l1Name.level1 : r.level1;
  const under = own ? `“${own.name}”下的二级指标（${level2Options(own)}）` : '二级指标';

  if (r.l2Blank) {
    // A row with a category and nothing else is an empty category, reported by completeness.
    if (!group.some(hasContent)) return undefined;
    const shown = r.ind.level2 && r.ind.level2.text.trim() ? `（“${r.ind.level2.text.trim()}”）` : '';
    const guess = own ? guessFromNames(group, own, ctx) : undefined;
    return {
      cell,
      cells,
      message: `${item}二级指标未填写${shown}：请填写${under}${guess ? `；这些三级指标统计的是数量，应为“${guess}”` : ''}。`,
      ...(guess ? { suggestion: guess } : {}),
    };
  }

  const text = r.ind.level2!.text;
  if (r.l2Name?.level === 1) {
    const l2 = mainLevel2(r.l2Name.level1);
    return {
      cell,
      cells,
      message: `${item}二级指标写成了一级指标名称“${text}”：请填写${under}。`,
      suggestion: l2.name,
    };
  }

  const bundle = namedCategories(text, ctx.categories, own?.key);
  const parts = [...bundle.level2.map((m) => m.level2.name), ...bundle.level1.map((l1) => l1.name)];
  if (parts.length >= 2) {
    const separate = bundle.level1.map((l1) => `“${l1.name}”`).join('');
    const ownLevel1 = separate ? `（${separate}在${profile.name}中是单独的一级指标，相应的三级指标应放在一级指标${separate}下）` : '';
    return {
      cell,
      cells,
      message: `${item}二级指标“${text}”把 ${parts.length} 类指标合在一个名称里：请拆分为${quoteList(bundle.level2.map((m) => m.level2.name))}，并把每个三级指标放到对应的类别下${ownLevel1}。`,
      suggestion: `拆分为：${parts.join('、')}`,
    };
  }
  if (bundle.level2.length === 1) {
    const name = bundle.level2[0].level2.name;
    return { cell, cells, message: `${item}二级指标“${text}”不是${profile.name}中的名称，是否应为“${name}”？`, suggestion: name };
  }
  if (r.l2Code?.level === 2) {
    const name = r.l2Code.level2.name;
    return { cell, cells, message: `${item}二级指标“${text}”不是${profile.name}中的名称：代码 ${r.ind.level2!.code} 对应“${name}”。`, suggestion: name };
  }
  const near = nearestCategory(text, ctx.categories, 2, own?.key);
  if (near) {
    const name = matchName(near.match);
    return { cell, cells, message: `${item}二级指标“${text}”不是${profile.name}中的名称，是否应为“${name}”？`, suggestion: name };
  }
  return { cell, cells, message: `${item}二级指标“${text}”不是${profile.name}中的名称：请填写${under}。` };
}

/** When every 三级 of the group is a count, the 二级 is evidently the count category. */
function guessFromNames(group: ResolvedIndicator[], own: Level1, ctx: RuleContext): string | undefined {
  const { words } = analyseTree(ctx);
  const named = group.filter((g) => g.hasName);
  if (named.length === 0 || !named.every((g) => isCountName(g.ind.name!.text, words))) return undefined;
  if (own.key !== words.countCategory.level1) return undefined;
  return own.level2.find((l2) => l2.key === words.countCategory.level2)?.name;
}
