// Sentences of the text rules: cell text no reviewer can read as written (debris, markup, dates
// shown as serials, template leftovers, targets whose parts disagree, key texts left empty).

import type { Catalogue } from '../../i18n/text';

export const textCatalogue: Catalogue = {
  // date-as-serial
  'text.date': { zh: '{y}年{m}月{d}日', en: '{y}-{m}-{d}' },
  'text.date-serial': {
    zh: '“{name}”的值“{value}”是日期序列号，即 {date}。',
    en: 'The value “{value}” of “{name}” is a date serial number, that is {date}.',
  },
  'text.date-serial.value-and-unit': {
    zh: '“{name}”的指标值和单位“{value}”是日期序列号，即 {date}。',
    en: 'The target value and unit of “{name}” hold “{value}”, a date serial number, that is {date}.',
  },
  'text.date-serial.suggestion': {
    zh: '请写成日期，如“{date}前完成”，或把单元格设为日期格式。',
    en: 'Write it as a date, such as “completed by {date}”, or give the cell a date format.',
  },

  // garbled-text, markup-in-text
  'text.garbled': {
    zh: '单元格文字中“{char}”连续重复 {run} 次（“{sample}”），疑似扫描识别或复制时产生的乱码。',
    en: 'The cell repeats “{char}” {run} times in a row (“{sample}”): probably debris from OCR or copy-paste.',
  },
  'text.garbled.suggestion': { zh: '请对照原始材料重新录入这段文字。', en: 'Retype this text from the original document.' },
  'text.markup': {
    zh: '单元格文字中含有网页标记“{tag}”，打印和审核时会原样显示。',
    en: 'The cell text contains web markup “{tag}”, which is printed and reviewed as it is.',
  },
  'text.markup.suggestion': { zh: '删除尖括号标记，只保留文字内容。', en: 'Delete the angle-bracket tags and keep only the text.' },

  // missing-text
  'text.missing.task': { zh: '年度重点工作任务“{task}”没有填写{what}。', en: 'The key task of the year “{task}” has no {what}.' },
  'text.missing.content': { zh: '主要实施内容', en: 'main content of work' },
  'text.missing.goal': { zh: '期望达到的目标', en: 'expected goal' },
  'text.missing.both': { zh: '{a}和{b}', en: '{a} and no {b}' },
  'text.missing.project-goal': { zh: '项目“{project}”没有填写绩效目标。', en: 'Project “{project}” has no performance target.' },
  'text.missing.task-goal': { zh: '任务{n}“{task}”没有填写任务的绩效目标。', en: 'Task {n} “{task}” has no performance target for the task.' },

  // target-parts-conflict
  'text.parts.value-unit': {
    zh: '“{name}”的指标值“{value}”自带单位“{own}”，计量单位却是“{unit}”，两者矛盾。',
    en: 'The target value “{value}” of “{name}” carries the unit “{own}”, but the unit column says “{unit}”: they contradict each other.',
  },
  'text.parts.name-unit': {
    zh: '指标名称“{name}”按“{inName}”计数，计量单位却是“{unit}”，两者矛盾。',
    en: 'The indicator name “{name}” counts in “{inName}”, but the unit column says “{unit}”: they contradict each other.',
  },
  'text.parts.quantitative-no-number': {
    zh: '“{name}”的指标值类型是“{type}”，指标值“{value}”却没有数字。',
    en: 'The value type of “{name}” is “{type}” (quantitative), but the target value “{value}” has no number.',
  },
  'text.parts.suggestion': {
    zh: '请统一：数值、单位和指标值类型写成一致的一个目标，如“≥ 95 %”或“28.8 万元”。',
    en: 'Make them agree: write the number, the unit and the value type as one consistent target, such as “≥ 95 %” or “28.8 万元”.',
  },

  // template-instruction
  'text.instruction': {
    zh: '{cell} 仍是模板的填写说明“{text}”，没有替换为实际内容。',
    en: '{cell} still holds the template’s instruction “{text}” instead of the actual content.',
  },
  'text.instruction.suggestion': { zh: '请按说明填写实际内容，并删除说明文字。', en: 'Fill in the actual content as instructed and delete the instruction.' },
  'text.fill-in': {
    zh: '指标中还留着模板的填写提示（如“{text}”中的“{hint}”）：“**”处应填写具体数值。',
    en: 'An indicator still holds the template’s fill-in hint (“{hint}” in “{text}”): write the actual figure where the “**” is.',
  },
  'text.fill-in.many': {
    zh: '{count} 处指标中还留着模板的填写提示（如“{text}”中的“{hint}”）：“**”处应填写具体数值。',
    en: '{count} places in the indicators still hold the template’s fill-in hints (such as “{hint}” in “{text}”): write the actual figures where the “**” are.',
  },
  'text.fill-in.suggestion': {
    zh: '请把“**”换成具体数值，并删除名称中的提示括号。',
    en: 'Replace “**” with the actual figures and delete the hint brackets from the names.',
  },

  // actual-not-a-result
  'text.actual-restates': {
    zh: '{count} 个指标的实际完成值照抄了指标值或只写了完成状态（如“{text}”，{cell}），没有写出年末实际达到的数值。',
    en: '{count} indicators give as actual result a copy of the target or only a status (such as “{text}”, {cell}) instead of the value reached at year end.',
  },
  'text.actual-restates.suggestion': {
    zh: '请填写实际达到的数值及单位，如“实际安装 270 米”“验收合格率 100%（12/12）”。',
    en: 'Write the value actually reached, with its unit, such as “实际安装 270 米” (270 m installed) or “验收合格率 100%（12/12）” (acceptance rate 100%, 12 of 12).',
  },
};
