// Text a template put in the form for the filler, still there: instructions ("对照年度目标，说明…
// （100字以内）"), fill-in hints inside indicator names ("(≥**%)", "≤××万元"), and, in a
// self-evaluation, a 实际完成值 that restates the target or a status instead of the result.

import { FormModel, Indicator, TextCell } from '../../model';
import { defineRule, FindingInput } from '../types';
import { msg, quote } from '../../i18n/text';

/** "**", "××", "XX" standing for a number the filler was to write. */
const FILL_IN = /[≥≤<>=＞＜]?\s*(\*\*|××|ＸＸ|XX|xx|□□|＿＿|__)\s*(%|％|个|人|万元|元|次|天|年|月|项|户|亩|公里|米|家|篇|场)?/;

/**
 * A character every FILL_IN mark is made of: a quick test that lets the (unanchored) pattern skip
 * the names and targets that hold none, which is nearly all of them, on every row of every check.
 */
const FILL_IN_MARK = /[*×ＸXx□＿_]/;

/** Long cell text cut for a message, as the user's text. */
const clip = (t: string) => quote(t.length > 40 ? `${t.slice(0, 40)}…` : t);

export const templateInstruction = defineRule(
  {
    id: 'template-instruction',
    category: 'text',
    severity: 'error',
    title: '模板填写说明未替换',
    titleEn: 'Template instructions or fill-in hints left in the form',
    why: '填写说明和“≥**%”之类的提示是给填表人看的，留在表中说明表单尚未填完，财政部门会退回。',
    whyEn: 'Instructions and hints like “≥**%” are for the person filling in the form; left in, they show the form is unfinished, and the finance bureau sends it back.',
  },
  ({ model }) => {
    const out: FindingInput[] = [];
    if ('leftovers' in model) {
      for (const c of model.leftovers) {
        out.push({
          cell: c.cell,
          cells: [c.cell],
          message: msg('text.instruction', { cell: c.cell, text: clip(c.text) }),
          suggestion: msg('text.instruction.suggestion'),
        });
      }
    }
    // Fill-in hints left in indicator names or targets: one finding per table, every cell listed.
    for (const t of model.tables) {
      const hits: Array<{ cell: string; text: string; hint: string }> = [];
      const visit = (c: { text: string; cell: string } | null) => {
        const m = c && FILL_IN_MARK.test(c.text) ? FILL_IN.exec(c.text) : null;
        if (c && m) hits.push({ cell: c.cell, text: c.text, hint: m[0].trim() });
      };
      for (const ind of t.indicators) {
        visit(ind.name);
        for (const v of ind.values) if (v.kind !== 'actual') visit(v);
      }
      if (!hits.length) continue;
      out.push({
        cell: hits[0].cell,
        cells: hits.map((h) => h.cell),
        message: msg(hits.length > 1 ? 'text.fill-in.many' : 'text.fill-in', { count: hits.length, text: clip(hits[0].text), hint: quote(hits[0].hint) }),
        suggestion: msg('text.fill-in.suggestion'),
      });
    }
    return out;
  },
);

/** A comparator or a bare status where the measured result belongs. */
const RESTATED = /^\s*(≥|≤|>=|<=|＞|＜|>|<|不低于|不少于|不超过|不高于|大于等于|小于等于)/;
const STATUS = /^(达成预期(指标|目标)?|完成预期(指标|目标)?|已完成|完成|已达标|达标|达到预期|符合要求|按计划完成|已落实|良好|好)$/;

function restatesTarget(ind: Indicator, actual: TextCell): boolean {
  return RESTATED.test(actual.text) || STATUS.test(actual.text.replace(/[\s。.]/g, ''));
}

export const actualNotAResult = defineRule(
  {
    id: 'actual-not-a-result',
    category: 'text',
    severity: 'warning',
    title: '实际完成值不是实际结果',
    titleEn: 'The result restates the target or a status',
    why: '实际完成值要写年末实际达到的数值；照抄指标值（“≥90%”）或只写“已完成”，自评无法核实。',
    whyEn: 'The actual result must give the value reached at year end; copying the target (“≥90%”) or writing only “已完成” (done) leaves the self-evaluation unverifiable.',
  },
  ({ model }: { model: FormModel }) => {
    const out: FindingInput[] = [];
    for (const t of model.tables) {
      const rows: Array<{ ind: Indicator; actual: TextCell }> = [];
      for (const ind of t.indicators) for (const v of ind.values) if (v.kind === 'actual') rows.push({ ind, actual: { text: v.text, cell: v.cell, row: ind.row, col: 0 } });
      const bad = rows.filter(({ ind, actual }) => restatesTarget(ind, actual));
      if (!bad.length) continue;
      // One finding per table: a filler who copied the targets did it on every row.
      out.push({
        cell: bad[0].actual.cell,
        cells: bad.map((b) => b.actual.cell),
        message: msg('text.actual-restates', { count: bad.length, text: clip(bad[0].actual.text), cell: bad[0].actual.cell }),
        suggestion: msg('text.actual-restates.suggestion'),
      });
    }
    return out;
  },
);
