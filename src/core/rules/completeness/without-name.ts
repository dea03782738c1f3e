// A value (or a unit, an explanation, a formula) with no 三级 name: the target exists but nobody
// can say what it measures.

import { toA1 } from '../../grid/address';
import { defineRule, FindingInput } from '../types';
import { analyseTree, itemLabel, uniq } from '../hierarchy/resolve';

export const indicatorWithoutName = defineRule(
  {
    id: 'indicator-without-name',
    category: 'completeness',
    severity: 'error',
    title: '指标值缺少三级指标名称',
    titleEn: 'Indicator value without a level-3 name',
    why: '没有名称的指标值无法判断衡量的是什么，审核和年终自评都无法对照。',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    const out: FindingInput[] = [];
    for (const { table, rows } of tables) {
      for (const r of rows) {
        if (r.hasName || !(r.hasValues || r.hasDetails)) continue;
        const { ind } = r;
        const filled = [...ind.values, ind.unit, ind.explanation, ind.formula].filter((c): c is NonNullable<typeof c> => !!c && c.text.trim() !== '');
        const cell = ind.source === 'packed' ? (table.cell ?? filled[0].cell) : table.columns.name !== undefined ? toA1(ind.row, table.columns.name) : filled[0].cell;
        const written = ind.name?.text.trim() ? `（只写了“${ind.name.text.trim()}”）` : '';
        const what = ind.values[0] ? `指标值“${ind.values[0].text}”` : `“${filled[0].text}”`;
        out.push({
          cell,
          cells: uniq([cell, ...filled.map((c) => c.cell)]),
          message: `${itemLabel(r)}${what}没有对应的三级指标名称${written}：请填写三级指标名称，说明这个值衡量的是什么。`,
        });
      }
    }
    return out;
  },
);
