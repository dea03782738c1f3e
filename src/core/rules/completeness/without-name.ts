// A value (or a unit, an explanation, a formula) with no 三级 name: the target exists but nobody
// can say what it measures.

import { toA1 } from '../../grid/address';
import { defineRule, FindingInput } from '../types';
import { analyseTree, itemLabel, uniq } from '../hierarchy/resolve';
import { msg, quote } from '../../i18n/text';

export const indicatorWithoutName = defineRule(
  {
    id: 'indicator-without-name',
    category: 'completeness',
    severity: 'error',
    title: '指标值缺少三级指标名称',
    titleEn: 'Indicator value without a level-3 name',
    why: '没有名称的指标值无法判断衡量的是什么，审核和年终自评都无法对照。',
    whyEn: 'A value without a name says nothing about what it measures; neither the review nor the year-end self-evaluation can check against it.',
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
        const written = ind.name?.text.trim() ? msg('completeness.without-name.written', { text: quote(ind.name.text.trim()) }) : '';
        const what = ind.values[0] ? msg('completeness.without-name.value', { text: quote(ind.values[0].text) }) : msg('hierarchy.quoted', { name: quote(filled[0].text) });
        out.push({
          cell,
          cells: uniq([cell, ...filled.map((c) => c.cell)]),
          message: msg('completeness.without-name', { item: itemLabel(r), what, written }),
        });
      }
    }
    return out;
  },
);
