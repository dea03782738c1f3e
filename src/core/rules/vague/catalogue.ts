// The vague family's sentences in Chinese and English. A finding's message is composed from parts:
// the indicator (vague.label.*), each value with the phrase of its first reason (vague.reason.*),
// joined and closed by the verdict's consequence (vague.why.*); the finding's `why` is one sentence
// per reason (vague.because.*); the suggestion frames a rewrite the checker built (vague.fix.*) or
// says what to add when none fits (vague.advice.*). Rewritten targets and the user's words are
// quoted parameters: they are text for the form, shown as written in both languages.
//
// A message's English has no Chinese of its own (the English test reads every Chinese character
// left in a message as untranslated), so glosses like “指标解释” (explanation) appear only in the
// `why` and the suggestions.
// The Chinese phrase of a reason follows the quoted value (“≥90%”为空); the English one is a verb
// phrase that reads after "…is “≥90%”, which" (is empty, contains…), so one phrase fits every frame.

import type { Catalogue } from '../../i18n/text';

export const vagueCatalogue: Catalogue = {
  // ── The indicator and its values ────────────────────────────────────────────────────────────
  'vague.label.named': { zh: '“{name}”', en: '“{name}”' },
  'vague.label.unnamed': { zh: '该指标', en: 'this indicator' },
  /** A value column's header, as the form writes it (年度指标值, 指标值…). */
  'vague.header': { zh: '{header}', en: '“{header}”' },
  /** A target written in the unit column (计算单位/计量单位…) instead of a value column. */
  'vague.header.unit-column': { zh: '计算单位', en: 'the unit column' },
  'vague.and': { zh: '{a}和{b}', en: '{a} and {b}' },
  'vague.then': { zh: '{a}；{b}', en: '{a}; {b}' },
  'vague.words.1': { zh: '“{a}”', en: '“{a}”' },
  'vague.words.2': { zh: '“{a}”“{b}”', en: '“{a}” and “{b}”' },
  'vague.words.3': { zh: '“{a}”“{b}”“{c}”', en: '“{a}”, “{b}” and “{c}”' },
  'vague.value.first': { zh: '{label}的{header}“{value}”{phrase}', en: 'In {label}, {header} is “{value}”, which {phrase}' },
  'vague.value.next': { zh: '{header}“{value}”{phrase}', en: '{header} is “{value}”, which {phrase}' },
  'vague.value.same': { zh: '{label}的{headers}均为“{value}”，{phrase}', en: 'In {label}, {headers} are all “{value}”, which {phrase}' },
  'vague.other': { zh: '{header}“{value}”', en: '{header} (“{value}”)' },
  'vague.other.none': { zh: '其他指标值', en: 'another target value' },

  // ── The finding's sentence ──────────────────────────────────────────────────────────────────
  'vague.why.empty': {
    zh: '{label}没有填写指标值，年末无法判断是否达成。',
    en: 'No target value is filled in for {label}, so at year end no one can tell whether it was met.',
  },
  'vague.why.vague': { zh: '{body}，年末无法判断是否达成。', en: '{body}, so at year end no one can tell whether it was met.' },
  'vague.why.weak': { zh: '{body}，年末难以客观核对。', en: '{body}, so it is hard to check objectively at year end.' },
  'vague.why.beside-measurable.one': {
    zh: '{body}；{other}已给出可衡量的目标，这一值也应写明。',
    en: '{body}; {other} already gives a measurable target, and this value should state one too.',
  },
  'vague.why.beside-measurable.many': {
    zh: '{body}；{other}已给出可衡量的目标，这些值也应写明。',
    en: '{body}; {other} already gives a measurable target, and these values should state one too.',
  },

  // ── What is wrong with one value: a phrase after the quoted value ───────────────────────────
  'vague.reason.empty': { zh: '为空', en: 'is empty' },
  'vague.reason.listed-phrase': {
    zh: '含有本单位列为模糊表述的{words}',
    en: 'contains {words}, which your organisation lists as vague wording',
  },
  'vague.reason.repeats-name': {
    zh: '只是重复了指标名称，没有给出目标值',
    en: 'only repeats the indicator’s name and gives no target',
  },
  'vague.reason.copy-paste.goal': {
    zh: '照抄了绩效目标的文字，没有给出本指标的目标值',
    en: 'copies the wording of the performance goal and gives no target for this indicator',
  },
  'vague.reason.copy-paste.sibling': {
    zh: '与指标“{other}”的文字相同，像是复制粘贴，没有给出本指标的目标值',
    en: 'has the same wording as the indicator “{other}”, as if copied and pasted, and gives no target for this indicator',
  },
  'vague.reason.describes-method': {
    zh: '描述的是计量口径或方法，不是目标值',
    en: 'describes how the indicator is measured, not a target',
  },
  'vague.reason.prose': {
    zh: '是一段描述性文字（{length}字），没有可核对的数值、时限或标准',
    en: 'is a descriptive passage ({length} characters) with no figure, deadline or standard to check against',
  },
  'vague.reason.by-plan': {
    zh: '只写了{words}，计划或约定的数量、时限并不在表中',
    en: 'only says {words}, while the planned or agreed quantity and deadline are not in the form',
  },
  'vague.reason.relative-word': {
    zh: '只用了{words}等相对说法，没有基数也没有数值',
    en: 'only uses relative wording such as {words}, with neither a baseline nor a figure',
  },
  'vague.reason.change-no-baseline.percent': {
    zh: '是{verb}程度的百分比，但没有基数',
    en: 'is a percentage for the degree of “{verb}”, but has no baseline',
  },
  'vague.reason.change-no-baseline.percent-any': {
    zh: '是变化程度的百分比，但没有基数',
    en: 'is a percentage for a degree of change, but has no baseline',
  },
  'vague.reason.change-no-baseline': {
    zh: '是变化幅度，但没有写明与哪一年或哪个基数比较',
    en: 'is an amount of change, but does not say which year or baseline it is compared with',
  },
  'vague.reason.uncountable-percent': {
    zh: '是百分比，但指标说的是无法计数的愿景，写不出分子和分母（缺少可计数的对象）',
    en: 'is a percentage, but the indicator states an aspiration that cannot be counted: there is no numerator or denominator (nothing countable is named)',
  },
  'vague.reason.no-subject': {
    zh: '没有衡量对象：指标名称只是类别名或数字（缺少具体衡量的事物）',
    en: 'has nothing to measure: the indicator’s name is only a category name or a number (no specific thing is named)',
  },
  'vague.reason.status': {
    zh: '是完成状态，不是目标值（缺少数量、时限或标准）',
    en: 'is a completion status, not a target (no quantity, deadline or standard)',
  },
  'vague.reason.no-unit.percent': {
    zh: '是没有“%”的数字，看不出是满意率还是得分',
    en: 'is a number without “%”, leaving it unclear whether it is a satisfaction rate or a score',
  },
  'vague.reason.no-unit.vague': {
    zh: '是没有单位的数字，看不出是多少个什么',
    en: 'is a bare number with no unit to say how many of what',
  },
  'vague.reason.no-unit.weak': { zh: '缺少单位', en: 'has no unit' },
  'vague.reason.percent-undefined': {
    zh: '是百分比，但没有说明是什么占什么的比例',
    en: 'is a percentage, but does not say what it is a share of',
  },
  'vague.reason.no-survey': {
    zh: '是百分比，但没有说明由什么调查得出',
    en: 'is a percentage, but does not say which survey it comes from',
  },
  'vague.reason.category-timeliness': {
    zh: '属于时效指标，却没有写明完成日期、时限或及时率',
    en: 'is a timeliness indicator but gives no completion date, time limit or on-time rate',
  },
  'vague.reason.category-cost': {
    zh: '属于成本指标，却没有写明金额或成本控制比例',
    en: 'is a cost indicator but gives no amount or cost-control ratio',
  },
  'vague.reason.category-satisfaction': {
    zh: '属于满意度指标，却不是调查得出的满意率',
    en: 'is a satisfaction indicator but is not a satisfaction rate from a survey',
  },
  'vague.reason.vague-benchmark': {
    zh: '引用了{words}，但没有写明是哪项标准、标准值是多少',
    en: 'refers to {words} but does not say which standard, or what its value is',
  },
  'vague.reason.direction-only': {
    zh: '只说明了变化方向，没有写明变化幅度',
    en: 'gives only the direction of change, not its size',
  },
  'vague.reason.binary': {
    zh: '只说明是否完成，没有写明完成时限或验收标准',
    en: 'says only whether the work is done, with no deadline or acceptance standard',
  },
  'vague.reason.no-value.slogan': {
    zh: '是口号式说法，没有可衡量的数值、时限或标准',
    en: 'is a slogan with no measurable figure, deadline or standard',
  },
  'vague.reason.no-value': {
    zh: '没有可衡量的数值、时限或标准',
    en: 'has no measurable figure, deadline or standard',
  },

  // ── Why a reason matters (the finding's `why`) ──────────────────────────────────────────────
  'vague.because.empty': {
    zh: '没有指标值的指标无法评价，财政部门会退回补充。',
    en: 'An indicator without a target value cannot be evaluated; the finance department will send the form back for it.',
  },
  'vague.because.listed-phrase': {
    zh: '本单位的指标体系把这一说法列为不可衡量的表述。',
    en: 'Your organisation’s indicator system lists this wording as not measurable.',
  },
  'vague.because.repeats-name': {
    zh: '指标值应是目标，而不是指标名称本身。',
    en: 'A target value should be a target, not the indicator’s name again.',
  },
  'vague.because.copy-paste': {
    zh: '复制粘贴的文字不是本指标的目标，评价时无从对照。',
    en: 'Copied text is not this indicator’s target; an evaluation has nothing to compare against.',
  },
  'vague.because.describes-method': {
    zh: '计量口径应写在“指标解释”或“说明及公式”中，指标值栏应写目标值。',
    en: 'How the indicator is measured belongs in “指标解释” (explanation) or “说明及公式” (notes and formula); the target value column takes the target.',
  },
  'vague.because.prose': {
    zh: '绩效目标要求细化、量化、可衡量，描述性文字无法在年末对照核实。',
    en: 'Performance targets must be specific, quantified and measurable; a description cannot be checked at year end.',
  },
  'vague.because.by-plan': {
    zh: '“按计划完成”把目标推给了表外的文件，审核人无从核对。',
    en: '“按计划完成” (completed as planned) leaves the target to a document outside the form, which the reviewer cannot check.',
  },
  'vague.because.relative-word': {
    zh: '“进一步”“明显”等相对词没有基数和数值，任何结果都可以说达到了。',
    en: 'Relative words such as “进一步” (further) and “明显” (markedly) have no baseline or figure, so any result can be called a success.',
  },
  'vague.because.no-value': {
    zh: '绩效目标要求细化、量化、可衡量，没有数值、时限或标准的目标无法评价。',
    en: 'Performance targets must be specific, quantified and measurable; a target without a figure, deadline or standard cannot be evaluated.',
  },
  'vague.because.change-no-baseline': {
    zh: '提升、提高的幅度必须相对一个基数（上年值、基线测评值）才能计算。',
    en: 'An increase can only be calculated against a baseline (last year’s value, a baseline survey).',
  },
  'vague.because.no-unit': {
    zh: '没有单位的数字含义不明，审核时会被退回。',
    en: 'A number without a unit has no clear meaning and will be sent back in review.',
  },
  'vague.because.uncountable-percent': {
    zh: '百分比必须是可计数对象的比值（完成数÷计划数、合格数÷检查数），“维护稳定”“促进发展”算不出比例。',
    en: 'A percentage must be a ratio of countable things (completed ÷ planned, passed ÷ inspected); aims like “维护稳定” (maintain stability) or “促进发展” (promote development) give no ratio.',
  },
  'vague.because.no-subject': {
    zh: '三级指标名称应写明衡量的具体事物，类别名或数字无法对照目标值。',
    en: 'A level-3 indicator’s name should state the specific thing measured; a category name or a number cannot be matched with a target.',
  },
  'vague.because.status': {
    zh: '“已完成”“达成预期指标”是自评结论，不是申报时可核对的目标。',
    en: '“已完成” (completed) and “达成预期指标” (expected targets met) are self-evaluation conclusions, not targets that can be checked when the form is submitted.',
  },
  'vague.because.percent-undefined': {
    zh: '百分比要写明分子和分母，才能在年末算出实际值。',
    en: 'A percentage needs its numerator and denominator stated so that the actual value can be calculated at year end.',
  },
  'vague.because.no-survey': {
    zh: '满意度应来自问卷调查或第三方测评，并写明计算方法。',
    en: 'Satisfaction should come from a questionnaire survey or a third-party assessment, with the calculation stated.',
  },
  'vague.because.category-timeliness': {
    zh: '时效指标衡量的是完成时间，应写明日期、时限或及时率。',
    en: 'A timeliness indicator measures when the work is done: state a date, a time limit or an on-time rate.',
  },
  'vague.because.category-cost': {
    zh: '成本指标衡量的是花费，应写明金额或成本控制比例。',
    en: 'A cost indicator measures spending: state an amount or a cost-control ratio.',
  },
  'vague.because.category-satisfaction': {
    zh: '满意度指标应是调查得出的满意率或测评得分。',
    en: 'A satisfaction indicator should be a satisfaction rate from a survey, or an assessment score.',
  },
  'vague.because.vague-benchmark': {
    zh: '“相关要求”没有写明标准和数值，评价时各说各话。',
    en: '“相关要求” (relevant requirements) names no standard or value, so every evaluator can read it differently.',
  },
  'vague.because.direction-only': {
    zh: '只有方向没有幅度，提高一点点也算达成，目标失去约束力。',
    en: 'A direction without an amount counts the slightest improvement as success, so the target binds no one.',
  },
  'vague.because.binary': {
    zh: '只写“完成”的目标缺少时限和验收标准，难以评价完成质量。',
    en: 'A target that only says “完成” (done) lacks a deadline and an acceptance standard, so the quality of the work is hard to evaluate.',
  },
  'vague.because.accepted': {
    zh: '本单位已将这一表述列为可接受。',
    en: 'Your organisation has listed this wording as acceptable.',
  },

  // ── Suggestions: a rewrite the checker built ───────────────────────────────────────────────
  'vague.fix.write-as': { zh: '可写为：“{value}”。', en: 'It can be written as “{value}”.' },
  'vague.fix.write-as.move-formula': {
    zh: '计算口径“{note}”移到“指标说明及公式”栏，可写为：“{value}”。',
    en: 'Move the calculation “{note}” to the “指标说明及公式” (notes and formula) column; the value can be written as “{value}”.',
  },
  'vague.fix.like-other': {
    zh: '{headers}也写成目标值，例如与{header}一致：“{value}”。',
    en: 'Write {headers} as a target too, for example the same as {header}: “{value}”.',
  },
  'vague.fix.like-other.move-formula': {
    zh: '计算口径“{note}”移到“指标说明及公式”栏，{headers}也写成目标值，例如与{header}一致：“{value}”。',
    en: 'Move the calculation “{note}” to the “指标说明及公式” (notes and formula) column, and write {headers} as a target too, for example the same as {header}: “{value}”.',
  },
  'vague.fix.add-unit': { zh: '补上单位，例如：“{rewrite}”。', en: 'Add the unit, for example “{rewrite}”.' },
  'vague.fix.rewrite': { zh: '可改写为：“{a}”。', en: 'It could be rewritten as “{a}”.' },
  'vague.fix.rewrite.two': { zh: '可改写为：“{a}”，或“{b}”。', en: 'It could be rewritten as “{a}”, or as “{b}”.' },

  // ── Suggestions: what to add when no rewrite fits ───────────────────────────────────────────
  'vague.advice.this-indicator': { zh: '该指标', en: 'this indicator' },
  'vague.advice.no-subject': {
    zh: '把三级指标名称改为具体衡量的事物（如“…数量”“…合格率”“…完成时间”），再填写与之对应的目标值。',
    en: 'Rename the level-3 indicator after the specific thing it measures (such as “…数量” (number of …), “…合格率” (pass rate of …) or “…完成时间” (completion date of …)), then fill in a matching target.',
  },
  'vague.advice.unit': {
    zh: '补上“{x}”的计量单位（写在数值后或“计量单位”栏），说明这个数字是多少个什么。',
    en: 'Add the unit of measure for “{x}” (after the number or in the “计量单位” (unit) column), so the number says how many of what.',
  },
  'vague.advice.count-unit': {
    zh: '写明“{x}”的数量和计量单位（按实际计量单位，如个、处、公里、亩），数值按计划或合同填写。',
    en: 'State the quantity and unit of “{x}” (in its actual unit, such as items, sites, kilometres or mu), with the number taken from the plan or contract.',
  },
  'vague.advice.satisfaction': {
    zh: '把“{x}”写成问卷调查得出的满意率：写明调查对象，目标如“≥90%”，口径为“满意人数÷调查总人数”。',
    en: 'Write “{x}” as a satisfaction rate from a questionnaire survey: name who is surveyed, set a target such as “≥90%”, calculated as satisfied respondents ÷ all respondents.',
  },
  'vague.advice.benefit': {
    zh: '“{x}”无法直接计数：换成它带来的可计数结果（如受益人数、某项收入或某类事件发生数），并写明上年基数和目标值。',
    en: '“{x}” cannot be counted directly: use a countable result of it instead (such as the number of beneficiaries, an income, or the number of some kind of incident), with last year’s baseline and the target.',
  },
  'vague.advice.uncountable': {
    zh: '“{x}”算不出百分比：换成可计数的结果（如受益人数、办结件数、事件发生数），写明分子和分母或上年基数。',
    en: '“{x}” gives no percentage: use a countable result instead (such as the number of beneficiaries, cases closed or incidents), with the numerator and denominator, or last year’s baseline.',
  },
  'vague.advice.baseline': {
    zh: '写明“{x}”比较的基数（如“较2024年实际值”）再给出变化幅度，或直接写年末要达到的数值。',
    en: 'State the baseline “{x}” is compared with (such as the actual value of 2024) and then the size of the change, or write the value to reach by year end.',
  },
  'vague.advice.timeliness': {
    zh: '写明“{x}”的完成日期或时限（如“12月31日前完成”“接报后5个工作日内”）。',
    en: 'State the completion date or time limit of “{x}” (such as “by 31 December” or “within 5 working days of a report”).',
  },
  'vague.advice.cost': {
    zh: '写明“{x}”的金额上限或成本控制率（如“不超过预算金额”“成本控制率≤100%”）。',
    en: 'State the maximum amount or the cost-control rate of “{x}” (such as “no more than the budget” or “cost-control rate ≤100%”).',
  },
  'vague.advice.quality': {
    zh: '写明“{x}”所依据的质量标准，以及合格比例（合格数÷检查总数）的目标值。',
    en: 'State the quality standard “{x}” follows, and a target for the pass rate (passed ÷ inspected).',
  },
  'vague.advice.ratio': {
    zh: '写明“{x}”百分比的分子和分母（如“已完成数÷计划数”），并写在“指标说明及公式”栏。',
    en: 'State the numerator and denominator of the percentage for “{x}” (such as completed ÷ planned), in the “指标说明及公式” (notes and formula) column.',
  },
  'vague.advice.deadline': {
    zh: '写明“{x}”的完成时限和验收标准（如“12月31日前通过验收”）。',
    en: 'State the deadline and acceptance standard of “{x}” (such as “accepted by 31 December”).',
  },
  'vague.advice.standard': {
    zh: '写明“{x}”所依据标准的名称和条款（如“符合《…》第×条”），或写出标准值。',
    en: 'Name the standard “{x}” follows and its clause (such as “meets Article N of …”), or write the standard value.',
  },
  'vague.advice.generic': {
    zh: '写明“{x}”年末可核对的目标：数量和单位、比例（写明分子分母）、完成日期或所依据的标准。',
    en: 'State a target for “{x}” that can be checked at year end: a quantity and unit, a ratio (with numerator and denominator), a completion date, or the standard it follows.',
  },

  // ── The profile's word lists ────────────────────────────────────────────────────────────────
  'vague.config.error': {
    zh: '指标体系文件的模糊表述词表格式不正确：{where} {detail}；已改用默认词表。',
    en: 'The vague-wording lists in the indicator system file are malformed: {where} {detail}; the default lists are used instead.',
  },
  'vague.config.bad-regex': { zh: '不是有效的正则表达式', en: 'is not a valid regular expression' },
  'vague.config.why': {
    zh: '词表有误时，模糊表述检查按默认词表进行。',
    en: 'While the word lists are malformed, the vague-wording checks use the default lists.',
  },
};
