// Required categories (产出, 效益, 满意度 and 服务对象满意度) missing from a table, task or project,
// and recommended ones (时效, 成本) as warnings. The finding carries a fix the pane applies by
// inserting a template row (contract with the templates planner: tableId + profile keys).

import { defineRule, FindingInput } from '../types';
import { analyseTree, ownerLabel, ResolvedIndicator } from '../hierarchy/resolve';
import { packedPrefix } from '../hierarchy/describe';
import { coverageOf, tableAnchor } from './coverage';
import { Level1, Level2 } from '../../profiles';
import { IndicatorTable } from '../../model';
import { Msg, msg, quote } from '../../i18n/text';

const REQUIREMENT = { required: msg('completeness.required'), recommended: msg('completeness.recommended') } as const;

export const missingCategory = defineRule(
  {
    id: 'missing-category',
    category: 'completeness',
    severity: 'error',
    severityNote: '指标体系中“必填”的类别缺失为错误，“建议填写”的类别（如时效、成本）缺失为警告；没有任何指标的项目只报一次（no-indicators）。',
    title: '缺少必填或建议填写的指标类别',
    titleEn: 'Required or recommended category missing',
    why: '绩效目标须同时设置产出、效益和满意度指标；缺少任一类，财政部门不予通过。',
    whyEn: 'Performance targets must set output, benefit and satisfaction indicators together; if any of them is missing, the finance bureau does not approve the form.',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    const out: FindingInput[] = [];
    for (const { table, rows } of tables) {
      // A table with nothing in it is one finding (no-indicators / the reader's empty-table), not one per category.
      if (!rows.some((r) => r.hasName)) continue;
      out.push(...missingIn(table, rows, ctx.categories.profile.level1));
    }
    return out;
  },
);

function missingIn(table: IndicatorTable, rows: ResolvedIndicator[], profileLevel1: Level1[]): FindingInput[] {
  const cov = coverageOf(rows);
  const out: FindingInput[] = [];
  const anchor = tableAnchor(table);
  profileLevel1.forEach((l1, i) => {
    if (!cov.level1.has(l1.key)) {
      if (l1.requirement === 'optional' || cov.declared1.has(l1.key)) return;
      const after = profileLevel1.slice(0, i).reverse().find((p) => cov.level1.has(p.key));
      const placement = table.source === 'packed'
        ? msg('completeness.missing.level1-packed', { item: quote(`${packedPrefix(l1)}；三级指标；年度指标值：…`) })
        : after
          ? msg('completeness.missing.after', { name: quote(after.name) })
          : msg('completeness.missing.first');
      out.push(finding(table, anchor, l1, undefined, msg('completeness.missing.level1', { owner: ownerLabel(table), requirement: REQUIREMENT[l1.requirement], name: quote(l1.name), placement })));
      return;
    }
    if (cov.unclear.has(l1.key)) return; // 二级 names must be fixed first (unknown-level2)
    for (const l2 of l1.level2) {
      if (l2.requirement === 'optional') continue;
      const k2 = `${l1.key}/${l2.key}`;
      if (cov.level2.has(k2) || cov.declared2.has(k2)) continue;
      const firstRow = rows.find((r) => r.level1?.key === l1.key);
      const cell = table.source === 'table' && firstRow?.ind.level1 && !firstRow.l1Blank ? firstRow.ind.level1.cell : anchor;
      const placement = table.source === 'packed'
        ? msg('completeness.missing.level2-packed', { item: quote(`${packedPrefix(l1, l2.key)}；三级指标；年度指标值：…`) })
        : msg('completeness.missing.level2-table', { level1: quote(l1.name), level2: quote(l2.name) });
      out.push(finding(table, cell, l1, l2, msg('completeness.missing.level2', { owner: ownerLabel(table), level1: quote(l1.name), requirement: REQUIREMENT[l2.requirement], level2: quote(l2.name), placement })));
    }
  });
  return out;
}

function finding(table: IndicatorTable, cell: string, l1: Level1, l2: Level2 | undefined, message: Msg): FindingInput {
  const requirement = (l2 ?? l1).requirement;
  return {
    cell,
    cells: [...new Set([cell, ...(table.ownerCell ? [table.ownerCell] : [])])],
    message,
    severity: requirement === 'required' ? 'error' : 'warning',
    fix: { kind: 'insert-template', label: msg('completeness.fix.insert-row'), data: { tableId: table.id, level1Key: l1.key, ...(l2 ? { level2Key: l2.key } : {}) } },
  };
}
