// `structure` findings: what the reader could not read, and why.

import { defineRule } from './types';

export const structureRules = [
  defineRule(
    {
      id: 'unreadable-block',
      category: 'structure',
      severity: 'error',
      severityNote: '缺少整块内容为错误；缺少个别标签或无法拆分的文字为警告或提示。',
      title: '表单结构无法完整读取',
      titleEn: 'Part of the form could not be read',
      why: '无法读取的部分无法校验，财政部门审核时同样会要求补正。',
      whyEn: 'What cannot be read cannot be checked, and the finance bureau would ask for it to be put right too.',
    },
    ({ model }) =>
      model.issues.map((i) => ({
        rule: i.code,
        severity: i.severity,
        cell: i.cell,
        cells: i.cells ?? [i.cell],
        message: i.message,
      })),
  ),
];
