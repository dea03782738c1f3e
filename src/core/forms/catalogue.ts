// Sentences of the form readers' issues (reported by the structure rule) and of the template
// placeholder rule, Chinese and English. Chinese must stay exactly as before the catalogue.

import type { Catalogue } from '../i18n/text';

export const structureCatalogue: Catalogue = {

  // ---- the readers' issues (forms/**, blocks/**), reported by the structure rule ----
  'structure.no-budget-block': {
    zh: '未找到预算整体情况（基本支出、项目支出、财政拨款等金额），无法核对预算。',
    en: 'No budget overview found (amounts such as basic expenditure, project expenditure, fiscal appropriation), so the budget cannot be checked.',
  },
  'structure.budget-items-missing': { zh: '预算整体情况缺少以下项目：{items}。', en: 'The budget overview lacks these items: {items}.' },
  'structure.no-tasks-table': {
    zh: '未找到年度重点工作任务表（名称、主要实施内容、拟投入的资金）。',
    en: 'No table of annual key tasks found (name, main content of implementation, planned funds).',
  },
  'structure.task-without-name': { zh: '第 {row} 行的年度重点工作任务没有填写名称。', en: 'The annual key task in row {row} has no name.' },
  'structure.no-execution-block': {
    zh: '未找到预算执行情况（预算数、执行数、执行率）。',
    en: 'No budget execution figures found (budget, amount executed, execution rate).',
  },
  'structure.no-income-block': {
    zh: '未找到本年度部门预算收入（总额、财政拨款收入等），无法核对收入。',
    en: 'No department budget income for this year found (total, fiscal appropriation income, etc.), so the income cannot be checked.',
  },
  'structure.task-without-table': { zh: '任务{n}下未找到绩效指标表。', en: 'No indicator table found under task {n}.' },
  'structure.project-without-name': { zh: '第 {row} 行有金额但没有项目名称。', en: 'Row {row} has amounts but no project name.' },
  'structure.packed-unreadable-project': {
    zh: '“{owner}”的绩效指标不是“{format}”的格式，无法逐项读取。',
    en: 'The indicators of “{owner}” are not written as “{format}” (number, code-indicator name; …), so they cannot be read one by one.',
  },
  'structure.no-project-rows': { zh: '项目表表头下没有任何项目行。', en: 'There are no project rows under the project table’s header.' },
  'structure.no-indicators': {
    zh: '未找到绩效指标（既没有“{column}”列，也没有指标表）。',
    en: 'No performance indicators found (neither a “{column}” (performance indicators) column nor an indicator table).',
  },
  'structure.packed-unreadable': {
    zh: '绩效指标文字无法按“{format}”的格式拆分。',
    en: 'The indicator text cannot be split in the format “{format}” (number, level-1 code and indicator; level-2 code and indicator; level-3 indicator; target for the period; target for the year).',
  },
  'structure.packed-leading-text': {
    zh: '绩效指标文字开头有无法归入任何指标的内容：“{text}”。',
    en: 'The indicator text begins with words that belong to no indicator: “{text}”.',
  },
  'structure.owner.department': { zh: '部门整体', en: 'department as a whole' },
  'structure.owner.table': { zh: '指标表', en: 'indicator table' },
  'structure.owner.table-n': { zh: '指标表{n}', en: 'indicator table {n}' },
  'structure.no-level3-column': {
    zh: '指标表（{owner}）缺少“{column}”列，无法读取具体指标。',
    en: 'The indicator table ({owner}) has no “{column}” (level-3 indicator) column, so its indicators cannot be read.',
  },
  'structure.no-value-column': {
    zh: '指标表（{owner}）没有指标值列（如“{annual}”“{expected}”），无法读取指标值。',
    en: 'The indicator table ({owner}) has no target value column (such as “{annual}” or “{expected}”), so the targets cannot be read.',
  },
  'structure.empty-table': { zh: '指标表（{owner}）表头下没有任何指标行。', en: 'The indicator table ({owner}) has no indicator rows under its header.' },
  'structure.no-indicator-table': {
    zh: '未找到绩效指标表（缺少“{header}”表头）。',
    en: 'No indicator table found (no header “{header}”, with level-1, 2 and 3 indicators).',
  },
  'structure.form-repeated': {
    zh: '此工作表中有 {n} 份“{form}”（表头分别在第 {rows} 行）：金额和重点任务只核对了第一份，请把每份表单放在单独的工作表中再校验。',
    en: 'This sheet holds {n} copies of the {form} (headers in rows {rows}): only the first one’s amounts and key tasks were checked. Put each form on a sheet of its own and check again.',
  },

  // ---- templates/placeholder-rule.ts: template rows still carrying 【待填】 ----
  'structure.placeholder.name-category': { zh: '“{name}”（{category}）', en: ' “{name}” ({category})' },
  'structure.placeholder.name': { zh: '“{name}”', en: ' “{name}”' },
  'structure.placeholder.category': { zh: '（{category}）', en: ' ({category})' },
  'structure.placeholder.packed': {
    zh: '项目“{owner}”第 {n} 项指标{indicator}仍是模板示例内容，尚未填写。',
    en: 'Indicator {n}{indicator} of project “{owner}” is still the template’s example wording and has not been filled in.',
  },
  'structure.placeholder.row': {
    zh: '第 {row} 行的指标{indicator}仍是模板示例内容，尚未填写（{count} 处“{mark}”）。',
    en: 'The indicator{indicator} in row {row} is still the template’s example wording and has not been filled in ({count} × “{mark}”).',
  },
  'structure.placeholder.cell': {
    zh: '单元格 {cell} 仍含模板占位标记“{mark}”：“{text}”。',
    en: 'Cell {cell} still holds the template placeholder “{mark}”: “{text}”.',
  },
  'structure.placeholder.fix': {
    zh: '按本单位实际情况改写指标名称和指标值，再删去“{mark}”，例如把“{mark}≥90%”改为经测算的目标值。不需要的模板行请整行删除。',
    en: 'Rewrite the indicator name and target to fit your unit, then delete “{mark}”; for example, replace “{mark}≥90%” with a target you have worked out. Delete whole template rows you do not need.',
  },
};
