// The same 三级 twice in one table: usually a copy-paste, and it double-counts in scoring.

import { normalizeLabel } from '../../parse/text';
import { defineRule, FindingInput } from '../types';
import { list, msg, quote } from '../../i18n/text';
import { analyseTree, ownerName, repeatedGroups, uniq } from './resolve';

export const duplicateIndicator = defineRule(
  {
    id: 'duplicate-indicator',
    category: 'hierarchy',
    severity: 'warning',
    severityNote: '同一张指标表中三级指标名称重复为警告（可能是有意分列的不同口径，需人工确认）。',
    title: '三级指标重复',
    titleEn: 'Level-3 indicator repeated within a table',
    why: '重复的指标在评分时会被重复计算，也说明表格可能是复制粘贴后未修改。',
    whyEn: 'A repeated indicator is counted twice when the form is scored, and suggests rows were copied and pasted without being edited.',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    const out: FindingInput[] = [];
    for (const { rows } of tables) {
      const named = rows.filter((r) => r.hasName);
      for (const dup of repeatedGroups(named, (r) => normalizeLabel(r.ind.name!.text))) {
        if (dup.length < 2) continue;
        const name = dup[0].ind.name!.text;
        const where = list(dup.map((r) => (r.ind.source === 'packed' ? msg('hierarchy.duplicate.item', { n: String(r.ind.packedIndex) }) : r.ind.name!.cell)));
        const cells = uniq(dup.map((r) => r.ind.name!.cell));
        const scope = dup[0].table.source === 'packed' ? msg('hierarchy.duplicate.in-project', { project: ownerName(dup[0].table) }) : msg('hierarchy.duplicate.in-table');
        out.push({
          cell: cells[0],
          cells,
          message: msg('hierarchy.duplicate', { name: quote(name), scope, count: dup.length, where }),
        });
      }
    }
    return out;
  },
);
