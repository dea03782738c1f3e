// What a template leaves behind when nobody finished the form: placeholder rows ("指标1：", "……"),
// one finding per table, not one per row: the message is "finish the form", not dozens of complaints
// about its rows. (Instructions left in cells are the text rule template-instruction.)

import { toA1 } from '../../grid/address';
import { defineRule, FindingInput } from '../types';
import { ownerName } from '../hierarchy/resolve';
import { list, Msg, msg, quote } from '../../i18n/text';

export const templateUnfinished = defineRule(
  {
    id: 'template-unfinished',
    category: 'completeness',
    severity: 'error',
    title: '模板占位行未填写',
    titleEn: 'Template placeholder rows left unfilled',
    why: '模板的占位行没有替换为具体指标，说明表单尚未填完，财政部门会退回。',
    whyEn: 'Placeholder rows of the template not replaced by real indicators show the form is unfinished; the finance bureau sends it back.',
  },
  ({ model }) => {
    const out: FindingInput[] = [];
    for (const t of model.tables) {
      const cells = t.placeholders ?? [];
      if (!cells.length) continue;
      out.push({
        cell: cells[0],
        cells,
        message: msg('completeness.placeholders', { owner: ownerName(t), count: cells.length, a: quote('指标1：'), b: quote('……'), cells: list(cells.slice(0, 8)), more: cells.length > 8 ? msg('completeness.and-more') : '' }),
        suggestion: msg('completeness.placeholders.suggestion'),
      });
    }
    return out;
  },
);

/**
 * A self-evaluation's indicator rows with no 实际完成值 (or, where the table scores, no 得分): the
 * evaluation is not done. One finding per table, every empty cell listed.
 */
export const selfEvaluationBlank = defineRule(
  {
    id: 'self-evaluation-blank',
    category: 'completeness',
    severity: 'warning',
    severityNote: '警告：个别指标确实无法在年底取得完成值时，应在偏差原因栏说明。',
    title: '自评表未填写实际完成值或得分',
    titleEn: 'Self-evaluation rows without result or score',
    why: '自评就是用实际完成值对照年度指标值打分；没有完成值和得分，自评无法审核。',
    whyEn: 'A self-evaluation scores each actual result against its annual target; without results and scores it cannot be reviewed.',
  },
  ({ model }) => {
    const out: FindingInput[] = [];
    for (const t of model.tables) {
      if (t.source !== 'table' || t.columns.actual === undefined) continue;
      const rows = t.indicators.filter((i) => i.name && i.values.some((v) => v.kind !== 'actual'));
      const noActual = rows.filter((i) => !i.values.some((v) => v.kind === 'actual'));
      const noScore = t.columns.score !== undefined ? rows.filter((i) => !i.score) : [];
      if (!noActual.length && !noScore.length) continue;
      const cells = [...noActual.map((i) => toA1(i.row, t.columns.actual!)), ...noScore.map((i) => toA1(i.row, t.columns.score!))];
      const parts = [noActual.length ? msg('completeness.self-evaluation.no-actual', { count: noActual.length }) : undefined, noScore.length ? msg('completeness.self-evaluation.no-score', { count: noScore.length }) : undefined].filter((p): p is Msg => !!p);
      out.push({
        cell: cells[0],
        cells,
        message: msg('completeness.self-evaluation', { owner: ownerName(t), count: rows.length, parts: parts.length === 2 ? msg('completeness.self-evaluation.both', { a: parts[0], b: parts[1] }) : parts[0] }),
        suggestion: msg('completeness.self-evaluation.suggestion'),
      });
    }
    return out;
  },
);
