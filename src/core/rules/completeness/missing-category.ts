// Required categories (产出, 效益, 满意度 and 服务对象满意度) missing from a table, task or project,
// and recommended ones (时效, 成本) as warnings. The finding carries a fix the pane applies by
// inserting a template row (contract with the templates planner: tableId + profile keys).

import { defineRule, FindingInput } from '../types';
import { analyseTree, ownerLabel, ResolvedIndicator } from '../hierarchy/resolve';
import { packedPrefix } from '../hierarchy/describe';
import { coverageOf, tableAnchor } from './coverage';
import { Level1, Level2 } from '../../profiles';
import { IndicatorTable } from '../../model';

const REQUIREMENT = { required: '必填', recommended: '建议填写' } as const;

export const missingCategory = defineRule(
  {
    id: 'missing-category',
    category: 'completeness',
    severity: 'error',
    severityNote: '指标体系中“必填”的类别缺失为错误，“建议填写”的类别（如时效、成本）缺失为警告；没有任何指标的项目只报一次（no-indicators）。',
    title: '缺少必填或建议填写的指标类别',
    titleEn: 'Required or recommended category missing',
    why: '绩效目标须同时设置产出、效益和满意度指标；缺少任一类，财政部门不予通过。',
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
        ? `请在绩效指标中添加“${packedPrefix(l1)}；三级指标；年度指标值：…”一项`
        : `应添加在${after ? `“${after.name}”之后` : '指标表最前面'}`;
      out.push(finding(table, anchor, l1, undefined, `${ownerLabel(table)}缺少${REQUIREMENT[l1.requirement]}的一级指标“${l1.name}”（至少需要一项三级指标）：${placement}。`));
      return;
    }
    if (cov.unclear.has(l1.key)) return; // 二级 names must be fixed first (unknown-level2)
    for (const l2 of l1.level2) {
      if (l2.requirement === 'optional') continue;
      const k2 = `${l1.key}/${l2.key}`;
      if (cov.level2.has(k2) || cov.declared2.has(k2)) continue;
      const firstRow = rows.find((r) => r.level1?.key === l1.key);
      const cell = table.source === 'table' && firstRow?.ind.level1 && !firstRow.l1Blank ? firstRow.ind.level1.cell : anchor;
      const placement = table.source === 'packed' ? `请添加“${packedPrefix(l1, l2.key)}；三级指标；年度指标值：…”一项` : `请在“${l1.name}”下添加二级指标“${l2.name}”及其三级指标`;
      out.push(finding(table, cell, l1, l2, `${ownerLabel(table)}的“${l1.name}”下缺少${REQUIREMENT[l2.requirement]}的二级指标“${l2.name}”：${placement}。`));
    }
  });
  return out;
}

function finding(table: IndicatorTable, cell: string, l1: Level1, l2: Level2 | undefined, message: string): FindingInput {
  const requirement = (l2 ?? l1).requirement;
  return {
    cell,
    cells: [...new Set([cell, ...(table.ownerCell ? [table.ownerCell] : [])])],
    message,
    severity: requirement === 'required' ? 'error' : 'warning',
    fix: { kind: 'insert-template', label: '插入模板行', data: { tableId: table.id, level1Key: l1.key, ...(l2 ? { level2Key: l2.key } : {}) } },
  };
}
