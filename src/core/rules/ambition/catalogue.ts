// Sentences of the ambition rules: a self-evaluation's targets judged against their results
// (conservative-target, unexplained-miss, full-score-on-miss) and this year's targets against last
// year's results (target-below-last-year, indicator-dropped).

import type { Catalogue } from '../../i18n/text';

export const ambitionCatalogue: Catalogue = {
  // Values and where they are.
  'ambition.labelled': { zh: '{header}“{value}”', en: '{header} “{value}”' },
  'ambition.value-unit-assumed': { zh: '{value}（{unit}）', en: '{value} ({unit})' },
  'ambition.header.target': { zh: '年度指标值', en: 'annual target' },
  'ambition.header.result': { zh: '实际完成值', en: 'actual result' },
  'ambition.date.ymd': { zh: '{y}年{m}月{d}日', en: '{y}-{m}-{d}' },
  'ambition.date.ym-end': { zh: '{y}年{m}月底', en: 'the end of {y}-{m}' },
  'ambition.date.md': { zh: '{m}月{d}日', en: 'day {d} of month {m}' },
  'ambition.date.m-end': { zh: '{m}月底', en: 'the end of month {m}' },
  'ambition.file': { zh: '《{label}》', en: ' “{label}”' },
  'ambition.last-year-cell': { zh: '上年{file}{cell}', en: 'last year’s form{file}, {cell}' },

  // conservative-target
  'ambition.conservative.floor': {
    zh: '“{name}”{target}，{result}，完成目标的 {percent}（{times} 倍）：目标设置偏保守。',
    en: '“{name}”: {target}, {result}, {percent} of the target ({times} times): the target is set too low.',
  },
  'ambition.conservative.ceiling': {
    zh: '“{name}”{target}是上限，实际只用到 {used}（{result}），为上限的 {percent}：上限设置过宽。',
    en: '“{name}”: {target} is a ceiling, but only {used} was used ({result}), {percent} of the ceiling: the ceiling is too loose.',
  },
  'ambition.conservative.suggestion': {
    zh: '下一年度可参照本年实际完成值设定目标，如“{next}”；若本年超额完成有一次性原因，请在偏差原因中说明。',
    en: 'Set next year’s target from this year’s result, such as “{next}”; if this year’s over-achievement had a one-off cause, explain it in the reason for deviation (“偏差原因”).',
  },
  'ambition.config': {
    zh: '指标体系文件的目标挑战性阈值格式不正确：{where} {detail}；已改用默认阈值。',
    en: 'The ambition thresholds in the indicator-system file are malformed: {where} {detail}; the default thresholds are used instead.',
  },
  'ambition.config.why': {
    zh: '阈值配置有误时，目标挑战性检查按默认阈值进行。',
    en: 'While the thresholds are misconfigured, the ambition checks run with the default thresholds.',
  },

  // A missed target.
  'ambition.miss': { zh: '“{name}”{target}，{result}{how}，未达到目标', en: '“{name}”: {target}, {result}{how}; the target was not met' },
  'ambition.miss.late': { zh: '，晚于完成时限', en: ', later than the deadline' },
  'ambition.miss.floor': { zh: '，完成目标的 {percent}', en: ', {percent} of the target' },
  'ambition.miss.ceiling': { zh: '，为上限的 {percent}', en: ', {percent} of the ceiling' },

  // unexplained-miss
  'ambition.unexplained.no-column': {
    zh: '{miss}，表中没有“偏差原因分析”栏说明原因。',
    en: '{miss}, and the table has no column for the analysis of deviation to explain why.',
  },
  'ambition.unexplained.no-column.suggestion': {
    zh: '在表格中增加“偏差原因分析及改进措施”栏，写明未完成的原因和改进措施。',
    en: 'Add a column “偏差原因分析及改进措施” (analysis of deviation and improvements) to the table, giving the reasons for the miss and the measures to improve.',
  },
  'ambition.unexplained': { zh: '{miss}，但偏差原因分析{written}。', en: '{miss}, but the analysis of deviation {written}.' },
  'ambition.unexplained.only': { zh: '只写了“{text}”', en: 'only says “{text}”' },
  'ambition.unexplained.empty': { zh: '为空', en: 'is empty' },
  'ambition.unexplained.suggestion': {
    zh: '写明未达到目标的原因（客观因素或管理问题）和改进措施；如目标本身定得不合理，也请说明并在下一年度调整。',
    en: 'Give the reasons the target was missed (outside factors or management problems) and the measures to improve; if the target itself was unreasonable, say so and adjust it next year.',
  },

  // full-score-on-miss
  'ambition.full-score': {
    zh: '{miss}，得分却为满分 {got} 分（分值 {weight} 分）。',
    en: '{miss}, yet it scored full marks: {got} points (out of {weight}).',
  },
  'ambition.full-score.suggestion': {
    zh: '未完成的指标应按完成程度扣分（如按实际完成值÷年度指标值×分值计分），并在偏差原因中说明。',
    en: 'A missed target should lose points in proportion to how far it was met (e.g. score = actual result ÷ annual target × weight), with the reason given in the reason for deviation (“偏差原因”).',
  },

  // target-below-last-year
  'ambition.pairing': {
    zh: '配对：今年 {nowCell}“{now}” ↔ 上年 {beforeCell}“{before}”，{how}；配对有误时请核对指标名称。',
    en: 'Paired: this year {nowCell} “{now}” ↔ last year {beforeCell} “{before}”, {how}; if the pairing is wrong, check the indicator names.',
  },
  'ambition.pairing.by-category': { zh: '同在二级指标“{category}”下', en: 'both under the level-2 indicator “{category}”' },
  'ambition.pairing.by-name': {
    zh: '二级指标不同（今年“{now}”，上年“{before}”），按名称配对',
    en: 'under different level-2 indicators (this year “{now}”, last year “{before}”), paired by name',
  },
  'ambition.cmp.below': { zh: '低于', en: 'is below' },
  'ambition.cmp.equal': { zh: '等于', en: 'equals' },
  'ambition.cmp.above': { zh: '高于', en: 'is above' },
  'ambition.below.floor': {
    zh: '“{name}”今年{header}“{target}”{cmp}上年实际完成值“{result}”（{where}）：目标没有体现进步。{pairing}',
    en: '“{name}”: this year’s {header} “{target}” {cmp} last year’s actual result “{result}” ({where}): the target shows no progress. {pairing}',
  },
  'ambition.below.ceiling': {
    zh: '“{name}”今年的上限“{target}”{cmp}上年实际水平“{result}”（{where}）：上限没有收紧。{pairing}',
    en: '“{name}”: this year’s ceiling “{target}” {cmp} last year’s actual level “{result}” ({where}): the ceiling has not been tightened. {pairing}',
  },
  'ambition.below.date.suggestion': {
    zh: '参考上年实际完成时间（{when}），把完成时限提前；如今年任务量更大，请在指标说明中写明。',
    en: 'Going by when the work was actually done last year ({when}), bring the deadline forward; if this year’s workload is larger, say so in the indicator’s explanation.',
  },
  'ambition.not-below': { zh: '不低于', en: 'no lower than' },
  'ambition.not-above': { zh: '不高于', en: 'no higher than' },
  'ambition.below.suggestion': {
    zh: '参考历史水平，把目标设为{cmp}上年实际完成值，如“{next}”；如今年任务量确有减少，请在指标说明中写明原因。',
    en: 'Going by past levels, set the target {cmp} last year’s actual result, such as “{next}”; if this year’s workload really is smaller, give the reason in the indicator’s explanation.',
  },

  // indicator-dropped
  'ambition.dropped': {
    zh: '上年{file}{category}三级指标“{name}”（{cell}{result}）在今年的表中没有找到。',
    en: 'Last year’s form{file} has the level-3 indicator “{name}”{category} ({cell}{result}), which is not found in this year’s form.',
  },
  'ambition.dropped.category': { zh: '二级指标“{category}”下的', en: ' under the level-2 indicator “{category}”' },
  'ambition.dropped.result': { zh: '，上年实际完成值“{value}”', en: ', last year’s actual result “{value}”' },
  'ambition.dropped.suggestion': {
    zh: '如该指标已不适用（任务已完成或调整），可忽略；如只是改了名称或类别，请核对配对；持续性工作的指标宜保留，以便逐年比较。',
    en: 'If the indicator no longer applies (the task is done or has changed), ignore this; if only its name or category changed, check the pairing; indicators of ongoing work are best kept, so years can be compared.',
  },
};
