// A project with no indicators at all (seed 003: 黄埔区创文补助经费), or a form with no indicator
// table: one finding, not one per missing category.

import { FormModel } from '../../model';
import { Profile } from '../../profiles';
import { defineRule, FindingInput } from '../types';
import { tableAnchor } from './coverage';
import { issueText } from '../../forms/issue-text';

export const noIndicators = defineRule(
  {
    id: 'no-indicators',
    category: 'completeness',
    severity: 'error',
    severityNote: '项目或表单没有任何绩效指标为错误；自评报告未附指标表为警告（报告正文可能另附指标表）。',
    title: '没有任何绩效指标',
    titleEn: 'No indicators at all',
    why: '没有绩效指标就无法衡量资金使用效果，项目不能申报，自评也无从对照目标。',
  },
  ({ model, categories }) => {
    const out: FindingInput[] = [];
    if (model.tables.length === 0 && !readerReportedNoTable(model)) {
      const cell = model.titleCell ?? 'A1';
      const selfEval = model.form === 'self-evaluation';
      out.push({
        cell,
        cells: [cell],
        severity: selfEval ? 'warning' : 'error',
        message: selfEval
          ? '未找到绩效指标表（一级指标、二级指标、三级指标、年度指标值、实际完成值）：无法核对各项指标的完成情况，请附上绩效自评表。'
          : '未找到绩效指标表（一级指标、二级指标、三级指标）：无法核对指标是否完整。',
      });
    }
    const reportedCells = new Set(model.issues.map((i) => i.cell));
    for (const table of model.tables) {
      // Tables with a header but no rows are already reported by the reader (empty-table); a packed
      // cell the reader could not split is reported as packed-unreadable.
      if (table.source !== 'packed' || table.indicators.length > 0) continue;
      if (table.cell && reportedCells.has(table.cell)) continue;
      const cell = tableAnchor(table);
      out.push({
        cell,
        cells: [...new Set([cell, ...(table.ownerCell ? [table.ownerCell] : [])])],
        message: `项目“${table.owner}”没有填写任何绩效指标：至少需要${requiredNames(categories.profile)}各一项三级指标。`,
        // No category keys: the templates planner reads this as a request for a whole indicator block.
        fix: { kind: 'insert-template', label: '插入整套指标模板', data: { tableId: table.id } },
      });
    }
    return out;
  },
);

/** The readers report "no indicator table" themselves (missing-block); do not say it twice. */
function readerReportedNoTable(model: FormModel): boolean {
  return model.issues.some((i) => i.code === 'missing-block' && /绩效指标/.test(issueText(i)));
}

function requiredNames(profile: Profile): string {
  return profile.level1
    .filter((l1) => l1.requirement === 'required')
    .map((l1) => `“${l1.name}”`)
    .join('');
}
