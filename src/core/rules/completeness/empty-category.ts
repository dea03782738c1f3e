// A category row with no 三级 under it (seed 000: 时效指标, 成本指标, 经济效益指标, 生态效益指标,
// 可持续影响指标 are rows with nothing but the label).

import { defineRule, FindingInput } from '../types';
import { analyseTree, categoryCell, groupBy, groupKey, hasContent, itemLabel, ResolvedIndicator, uniq } from '../hierarchy/resolve';
import { coverageOf } from './coverage';
import { emptyCategoryRows } from '../../templates/categories';
import { INSERT_TEMPLATE_FIX } from '../../templates/request';
import { msg, quote } from '../../i18n/text';

export const emptyCategory = defineRule(
  {
    id: 'empty-category',
    category: 'completeness',
    severity: 'warning',
    severityNote: '空的类别行为警告；若该类别在指标体系中为必填，且表中没有其他三级指标填补，则为错误。',
    title: '指标类别下没有三级指标',
    titleEn: 'Category row with no level-3 indicator',
    why: '只列类别、不填具体指标，等于没有设定这一类目标；不适用的类别应删除该行，而不是留空。',
    whyEn: 'A category listed without specific indicators sets no target of that kind; a category that does not apply should be deleted, not left empty.',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    // Rows the template planner can fill (a known 二级 with nothing under it), by the label's cell.
    const fillable = new Map(emptyCategoryRows(ctx.model, ctx.profile).map((e) => [e.cell, e]));
    const out: FindingInput[] = [];
    for (const { rows } of tables) {
      const cov = coverageOf(rows);
      for (const group of groupsWithoutContent(rows)) {
        const r = group[0];
        const level = r.l2Blank ? 1 : 2;
        const cat = level === 2 ? r.ind.level2 : r.ind.level1;
        if (!cat || (level === 1 && r.l1Blank)) continue;
        const cell = categoryCell(r, level);
        const known = level === 2 ? r.level2 ?? (r.l2Name?.level === 1 ? r.l2Name.level1 : undefined) : r.level1;
        const requirement = known?.requirement ?? 'optional';
        const filledElsewhere = r.level2 && level === 2 ? cov.level2.has(`${r.level1!.key}/${r.level2.key}`) : r.level1 ? cov.level1.has(r.level1.key) : false;
        const required = requirement === 'required' && !filledElsewhere;
        const fill = level === 2 ? fillable.get(cell) : undefined;
        const note = requirement === 'required' ? msg('completeness.empty.note-required', { name: quote(known!.name) }) : requirement === 'recommended' ? msg('completeness.empty.note-recommended', { name: quote(known!.name) }) : undefined;
        const action = required ? msg('completeness.empty.action-required', { note: note! }) : msg('completeness.empty.action', { note: note ? msg('completeness.empty.note-paren', { note }) : '' });
        out.push({
          cell,
          cells: uniq([cell, ...group.map((g) => g.ind.name?.cell)]),
          message: msg(level === 2 ? 'completeness.empty.level2' : 'completeness.empty.level1', { item: itemLabel(r), name: quote(cat.text), action }),
          ...(required ? { severity: 'error' as const } : {}),
          // The pane fills the empty row's blank cells with the category's first template row.
          ...(fill ? { fix: { kind: INSERT_TEMPLATE_FIX, label: msg('completeness.fix.fill-row'), data: { tableId: fill.tableId, level1Key: fill.level1Key, level2Key: fill.level2Key } } } : {}),
        });
      }
    }
    return out;
  },
);

/**
 * The groups of rows sharing one written category (groupKey) in which no row has content, in order of
 * first appearance. Groups are listed only for such keys: a filled table of 10,000 rows builds none.
 */
function groupsWithoutContent(rows: readonly ResolvedIndicator[]): ResolvedIndicator[][] {
  const filled = new Map<string, boolean>();
  for (const r of rows) {
    const k = groupKey(r, 2);
    if (!filled.get(k)) filled.set(k, hasContent(r));
  }
  const empty = rows.filter((r) => filled.get(groupKey(r, 2)) === false);
  return groupBy(empty, (r) => groupKey(r, 2));
}
