// Sentences of the completeness rules: does every table, task and project carry the categories the
// profile requires, with a named 三级 in each? (Shared phrases are in ../hierarchy/catalogue.ts.)

import type { Catalogue } from '../../i18n/text';

export const completenessCatalogue: Catalogue = {
  'completeness.required': { zh: '必填', en: 'required' },
  'completeness.recommended': { zh: '建议填写', en: 'recommended' },

  // missing-category
  'completeness.missing.level1': {
    zh: '{owner}缺少{requirement}的一级指标“{name}”（至少需要一项三级指标）：{placement}。',
    en: '{owner} lacks the {requirement} level-1 indicator “{name}” (at least one level-3 indicator is needed): {placement}.',
  },
  'completeness.missing.level1-packed': {
    zh: '请在绩效指标中添加“{item}”一项',
    en: 'add the item “{item}” (level-1; level-2; level-3 indicator; annual target) to the performance indicators',
  },
  'completeness.missing.after': { zh: '应添加在“{name}”之后', en: 'add it after “{name}”' },
  'completeness.missing.first': { zh: '应添加在指标表最前面', en: 'add it at the top of the indicator table' },
  'completeness.missing.level2': {
    zh: '{owner}的“{level1}”下缺少{requirement}的二级指标“{level2}”：{placement}。',
    en: '{owner} lacks the {requirement} level-2 indicator “{level2}” under “{level1}”: {placement}.',
  },
  'completeness.missing.level2-packed': {
    zh: '请添加“{item}”一项',
    en: 'add the item “{item}” (level-1; level-2; level-3 indicator; annual target)',
  },
  'completeness.missing.level2-table': {
    zh: '请在“{level1}”下添加二级指标“{level2}”及其三级指标',
    en: 'add the level-2 indicator “{level2}” under “{level1}”, with its level-3 indicators',
  },
  'completeness.fix.insert-row': { zh: '插入模板行', en: 'Insert template rows' },

  // empty-category
  'completeness.empty.level1': { zh: '{item}一级指标“{name}”下没有三级指标：{action}。', en: '{item}The level-1 indicator “{name}” has no level-3 indicator under it: {action}.' },
  'completeness.empty.level2': { zh: '{item}二级指标“{name}”下没有三级指标：{action}。', en: '{item}The level-2 indicator “{name}” has no level-3 indicator under it: {action}.' },
  'completeness.empty.note-required': { zh: '“{name}”是必填类别', en: '“{name}” is a required category' },
  'completeness.empty.note-recommended': { zh: '“{name}”是建议填写的类别', en: '“{name}” is a recommended category' },
  'completeness.empty.note-paren': { zh: '（{note}）', en: ' ({note})' },
  'completeness.empty.action-required': { zh: '{note}，请填写具体指标及指标值', en: '{note}; fill in specific indicators with their target values' },
  'completeness.empty.action': {
    zh: '请填写具体指标及指标值，不适用时删除这一行{note}',
    en: 'fill in specific indicators with their target values, or delete the row if the category does not apply{note}',
  },
  'completeness.fix.fill-row': { zh: '填写模板行', en: 'Fill in a template row' },

  // no-indicators
  'completeness.no-table': {
    zh: '未找到绩效指标表（一级指标、二级指标、三级指标）：无法核对指标是否完整。',
    en: 'No performance indicator table found (level-1, level-2 and level-3 indicators): the indicators cannot be checked for completeness.',
  },
  'completeness.no-table.self-evaluation': {
    zh: '未找到绩效指标表（一级指标、二级指标、三级指标、年度指标值、实际完成值）：无法核对各项指标的完成情况，请附上绩效自评表。',
    en: 'No performance indicator table found (level-1, level-2 and level-3 indicators, annual targets, actual results): the results cannot be checked indicator by indicator; attach the self-evaluation indicator table.',
  },
  'completeness.no-indicators.project': {
    zh: '项目“{project}”没有填写任何绩效指标：至少需要{names}各一项三级指标。',
    en: 'Project “{project}” has no performance indicators at all: it needs at least one level-3 indicator under each of {names}.',
  },
  'completeness.fix.insert-block': { zh: '插入整套指标模板', en: 'Insert a full indicator template' },

  // template-unfinished
  'completeness.placeholders': {
    zh: '指标表（{owner}）中有 {count} 行模板占位行（如“{a}”“{b}”）没有填写：{cells}{more}。',
    en: 'The indicator table ({owner}) has {count} template placeholder rows (such as “{a}” or “{b}”) not filled in: {cells}{more}.',
  },
  'completeness.and-more': { zh: ' 等', en: ' and more' },
  'completeness.placeholders.suggestion': {
    zh: '请填写具体的三级指标及指标值，不需要的占位行请删除。',
    en: 'Fill in specific level-3 indicators with their target values, and delete the placeholder rows you do not need.',
  },

  // self-evaluation-blank
  'completeness.self-evaluation': {
    zh: '自评表（{owner}）共 {count} 个指标，其中 {parts}。',
    en: 'The self-evaluation table ({owner}) has {count} indicators, of which {parts}.',
  },
  'completeness.self-evaluation.no-actual': { zh: '{count} 个指标没有实际完成值', en: '{count} have no actual result' },
  'completeness.self-evaluation.no-score': { zh: '{count} 个指标没有得分', en: '{count} have no score' },
  'completeness.self-evaluation.both': { zh: '{a}，{b}', en: '{a}, and {b}' },
  'completeness.self-evaluation.suggestion': {
    zh: '请逐项填写年末实际完成值并按评分标准打分；未完成的指标在偏差原因栏说明原因。',
    en: 'Fill in each year-end actual result and score it by the scoring rules; for targets not met, give the reason in the deviation column (“偏差原因”).',
  },

  // indicator-without-name
  'completeness.without-name': {
    zh: '{item}{what}没有对应的三级指标名称{written}：请填写三级指标名称，说明这个值衡量的是什么。',
    en: '{item}{what} has no level-3 indicator name{written}: write the name, saying what this value measures.',
  },
  'completeness.without-name.value': { zh: '指标值“{text}”', en: 'The target value “{text}”' },
  'completeness.without-name.written': { zh: '（只写了“{text}”）', en: ' (only “{text}” is written)' },
};
