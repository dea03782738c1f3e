// A project with no indicators at all (seed 003: 黄埔区创文补助经费), or a form with no indicator
// table: one finding, not one per missing category.

import { FormModel } from '../../model';
import { Profile } from '../../profiles';
import { defineRule, FindingInput } from '../types';
import { tableAnchor } from './coverage';
import { quotedRun } from '../hierarchy/describe';
import { msg, Param } from '../../i18n/text';
import { ownerName } from '../hierarchy/resolve';

export const noIndicators = defineRule(
  {
    id: 'no-indicators',
    category: 'completeness',
    severity: 'error',
    severityNote: '项目或表单没有任何绩效指标为错误；自评报告未附指标表为警告（报告正文可能另附指标表）。',
    title: '没有任何绩效指标',
    titleEn: 'No indicators at all',
    why: '没有绩效指标就无法衡量资金使用效果，项目不能申报，自评也无从对照目标。',
    whyEn: 'Without performance indicators the effect of the funds cannot be measured: the project cannot be submitted, and a self-evaluation has no targets to compare against.',
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
        message: msg(selfEval ? 'completeness.no-table.self-evaluation' : 'completeness.no-table'),
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
        message: msg('completeness.no-indicators.project', { project: ownerName(table), names: requiredNames(categories.profile) }),
        // No category keys: the templates planner reads this as a request for a whole indicator block.
        fix: { kind: 'insert-template', label: msg('completeness.fix.insert-block'), data: { tableId: table.id } },
      });
    }
    return out;
  },
);

/** The readers' own notes that a form or a task has no indicators (structure findings). */
const NO_TABLE_MESSAGES = new Set(['structure.no-indicators', 'structure.no-indicator-table', 'structure.task-without-table']);

/** The readers report "no indicator table" themselves (missing-block); do not say it twice. */
function readerReportedNoTable(model: FormModel): boolean {
  return model.issues.some((i) => i.code === 'missing-block' && NO_TABLE_MESSAGES.has(i.message.id));
}

function requiredNames(profile: Profile): Param {
  return quotedRun(profile.level1.filter((l1) => l1.requirement === 'required').map((l1) => l1.name));
}
