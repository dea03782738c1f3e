// `text` findings: cell text that no reviewer can read as written — OCR or copy-paste debris
// ("大大大大…"), HTML markup pasted from a web system ("<ol style=…>"), and key texts left empty.

import { FormModel, TextCell } from '../../model';
import { defineRule, FindingInput } from '../types';
import { actualNotAResult, templateInstruction } from './template-leftovers';
import { dateAsSerial } from './date-serial';
import { targetPartsConflict } from './target-parts';

/** Every free-text cell of a model that a reviewer reads as prose. */
function proseCells(model: FormModel): TextCell[] {
  const out: TextCell[] = [];
  const push = (t: TextCell | undefined | null) => t && out.push(t);
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
    for (const i of table.indicators) push(i.name);
  }
  return out;
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
    },
    ({ model }) => {
      const findings: FindingInput[] = [];
      for (const t of proseCells(model)) {
        const m = REPEATED_CHAR.exec(t.text);
        if (!m) continue;
        const run = m[0].length;
        findings.push({
          cell: t.cell,
          cells: [t.cell],
          message: `单元格文字中“${m[1]}”连续重复 ${run} 次（“${m[0].slice(0, 12)}${run > 12 ? '…' : ''}”），疑似扫描识别或复制时产生的乱码。`,
          suggestion: '请对照原始材料重新录入这段文字。',
        });
      }
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
    },
    ({ model }) =>
      proseCells(model)
        .filter((t) => MARKUP.test(t.text))
        .map((t) => ({
          cell: t.cell,
          cells: [t.cell],
          message: `单元格文字中含有网页标记“${MARKUP.exec(t.text)![0].slice(0, 40)}”，打印和审核时会原样显示。`,
          suggestion: '删除尖括号标记，只保留文字内容。',
        })),
  ),
  defineRule(
    {
      id: 'missing-text',
      category: 'text',
      severity: 'warning',
      title: '必填文字为空',
      titleEn: 'Required text left empty',
      why: '绩效目标和重点任务的实施内容是审核的依据，空白会被退回补正。',
    },
    ({ model }) => {
      const findings: FindingInput[] = [];
      if (model.form === 'dept-overall') {
        for (const t of model.tasks) {
          if (!t.name) continue;
          const missing = [!t.content && '主要实施内容', !t.goal && '期望达到的目标'].filter(Boolean);
          if (missing.length) findings.push({ cell: t.name.cell, cells: [t.name.cell], message: `年度重点工作任务“${t.name.text}”没有填写${missing.join('和')}。` });
        }
      }
      if (model.form === 'project-expenditure') {
        for (const r of model.rows) {
          if (r.kind === 'project' && !r.goal) findings.push({ cell: r.name.cell, cells: [r.name.cell], message: `项目“${r.name.text}”没有填写绩效目标。` });
        }
      }
      if (model.form === 'dept-overall-tasks') {
        for (const t of model.tasks) if (t.name && !t.goal) findings.push({ cell: t.name.cell, cells: [t.name.cell], message: `任务${t.index}“${t.name.text}”没有填写任务的绩效目标。` });
      }
      return findings;
    },
  ),
];
