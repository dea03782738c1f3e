// `text` findings: cell text that no reviewer can read as written — OCR or copy-paste debris
// ("大大大大…"), HTML markup pasted from a web system ("<ol style=…>"), and key texts left empty.

import { FormModel, TextCell } from '../../model';
import { defineRule, FindingInput } from '../types';
import { Msg, msg, quote } from '../../i18n/text';
import { hasRepeatedRun } from '../../parse/text';
import { actualNotAResult, templateInstruction } from './template-leftovers';
import { dateAsSerial } from './date-serial';
import { targetPartsConflict } from './target-parts';

/**
 * Every free-text cell of a model that a reviewer reads as prose, handed to `visit` in order. A visit
 * rather than a list: on a 10,000-row form the list was 10,000 entries built twice per check.
 */
function eachProseCell(model: FormModel, visit: (t: TextCell) => void): void {
  const push = (t: TextCell | undefined | null) => {
    if (t) visit(t);
  };
  switch (model.form) {
    case 'dept-overall':
      push(model.overallTarget);
      for (const t of model.tasks) [t.name, t.content, t.goal].forEach(push);
      break;
    case 'dept-overall-tasks':
      push(model.goal);
      for (const t of model.tasks) [t.name, t.goal, t.projects].forEach(push);
      break;
    case 'project-expenditure':
      for (const r of model.rows) [r.name, r.goal].forEach(push);
      break;
    case 'self-evaluation':
      break;
    default:
      for (const t of model.targets) push(t);
      for (const d of model.duties) push(d.name);
  }
  for (const table of model.tables) {
    if (table.source !== 'table') continue;
    for (const i of table.indicators) if (i.name) visit(i.name);
  }
}

// The same character eight or more times in a row is never intended prose.
const REPEATED_CHAR = /(.)\1{7,}/u;
const MARKUP = /<\/?(?:ol|ul|li|p|div|span|br|table|tr|td|font|strong|b|i)\b[^>]*>/i;

export const textRules = [
  templateInstruction,
  actualNotAResult,
  dateAsSerial,
  targetPartsConflict,
  defineRule(
    {
      id: 'garbled-text',
      category: 'text',
      severity: 'warning',
      title: '文字疑似乱码',
      titleEn: 'Garbled text',
      why: '乱码通常来自扫描识别或复制粘贴，审核人无法读懂，表单会被退回。',
      whyEn: 'Garbled text usually comes from OCR or copy-paste; the reviewer cannot read it and sends the form back.',
    },
    ({ model }) => {
      const findings: FindingInput[] = [];
      eachProseCell(model, (t) => {
        // The pattern only for a text known to hold a run (it also finds where the run starts).
        const m = t.text.length >= 8 && hasRepeatedRun(t.text, 8) ? REPEATED_CHAR.exec(t.text) : null;
        if (!m) return;
        const run = m[0].length;
        findings.push({
          cell: t.cell,
          cells: [t.cell],
          message: msg('text.garbled', { char: quote(m[1]), run, sample: quote(`${m[0].slice(0, 12)}${run > 12 ? '…' : ''}`) }),
          suggestion: msg('text.garbled.suggestion'),
        });
      });
      return findings;
    },
  ),
  defineRule(
    {
      id: 'markup-in-text',
      category: 'text',
      severity: 'warning',
      title: '文字中含网页标记',
      titleEn: 'HTML markup in text',
      why: '从业务系统复制来的网页标记会原样出现在打印的表单上。',
      whyEn: 'Web markup copied from a business system is printed on the form as it is.',
    },
    ({ model }) => {
      const findings: FindingInput[] = [];
      eachProseCell(model, (t) => {
        const m = t.text.includes('<') ? MARKUP.exec(t.text) : null;
        if (m) findings.push({ cell: t.cell, cells: [t.cell], message: msg('text.markup', { tag: quote(m[0].slice(0, 40)) }), suggestion: msg('text.markup.suggestion') });
      });
      return findings;
    },
  ),
  defineRule(
    {
      id: 'missing-text',
      category: 'text',
      severity: 'warning',
      title: '必填文字为空',
      titleEn: 'Required text left empty',
      why: '绩效目标和重点任务的实施内容是审核的依据，空白会被退回补正。',
      whyEn: 'The performance target and what each key task will do are what the review is based on; a blank is sent back to be completed.',
    },
    ({ model }) => {
      const findings: FindingInput[] = [];
      if (model.form === 'dept-overall') {
        for (const t of model.tasks) {
          if (!t.name) continue;
          const missing = [!t.content && msg('text.missing.content'), !t.goal && msg('text.missing.goal')].filter((m): m is Msg => !!m);
          const what = missing.length === 2 ? msg('text.missing.both', { a: missing[0], b: missing[1] }) : missing[0];
          if (missing.length) findings.push({ cell: t.name.cell, cells: [t.name.cell], message: msg('text.missing.task', { task: quote(t.name.text), what }) });
        }
      }
      if (model.form === 'project-expenditure') {
        for (const r of model.rows) {
          if (r.kind === 'project' && !r.goal) findings.push({ cell: r.name.cell, cells: [r.name.cell], message: msg('text.missing.project-goal', { project: quote(r.name.text) }) });
        }
      }
      if (model.form === 'dept-overall-tasks') {
        for (const t of model.tasks) if (t.name && !t.goal) findings.push({ cell: t.name.cell, cells: [t.name.cell], message: msg('text.missing.task-goal', { n: `${t.index}`, task: quote(t.name.text) }) });
      }
      return findings;
    },
  ),
];
