// The Chinese sentences of the vague family: one per reason, composed into one message per finding
// that names the indicator and quotes its values.

import type { FindingGroup, IndicatorJudgement, Reason, ValueJudgement } from './judge';
import { textKey } from './facts';

const clip = (s: string, n = 40) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};
const quoteAll = (words: string[]) => words.slice(0, 3).map((w) => `“${w}”`).join('');

/** What is wrong with one value, as a phrase that follows the quoted value. */
function phrase(v: ValueJudgement): string {
  const r = v.reasons[0];
  const w = v.words;
  switch (r) {
    case 'empty':
      return '为空';
    case 'listed-phrase':
      return `含有本单位列为模糊表述的${quoteAll(w)}`;
    case 'repeats-name':
      return '只是重复了指标名称，没有给出目标值';
    case 'copy-paste':
      return v.copiedFrom === '绩效目标'
        ? '照抄了绩效目标的文字，没有给出本指标的目标值'
        : `与指标“${clip(v.copiedFrom ?? '', 20)}”的文字相同，像是复制粘贴，没有给出本指标的目标值`;
    case 'describes-method':
      return '描述的是计量口径或方法，不是目标值';
    case 'prose':
      return `是一段描述性文字（${v.facts.length}字），没有可核对的数值、时限或标准`;
    case 'by-plan':
      return `只写了${quoteAll(w)}，计划或约定的数量、时限并不在表中`;
    case 'relative-word':
      return `只用了${quoteAll(w)}等相对说法，没有基数也没有数值`;
    case 'change-no-baseline':
      return v.facts.percent && !v.facts.changeAmount
        ? `是${w[0] ?? '变化'}程度的百分比，但没有基数`
        : '是变化幅度，但没有写明与哪一年或哪个基数比较';
    case 'uncountable-percent':
      return '是百分比，但指标说的是无法计数的愿景，写不出分子和分母（缺少可计数的对象）';
    case 'no-subject':
      return '没有衡量对象：指标名称只是类别名或数字（缺少具体衡量的事物）';
    case 'status':
      return '是完成状态，不是目标值（缺少数量、时限或标准）';
    case 'no-unit':
      return w[0] === '%'
        ? '是没有“%”的数字，看不出是满意率还是得分'
        : v.verdict === 'vague'
          ? '是没有单位的数字，看不出是多少个什么'
          : '缺少单位';
    case 'percent-undefined':
      return '是百分比，但没有说明是什么占什么的比例';
    case 'no-survey':
      return '是百分比，但没有说明由什么调查得出';
    case 'category-timeliness':
      return '属于时效指标，却没有写明完成日期、时限或及时率';
    case 'category-cost':
      return '属于成本指标，却没有写明金额或成本控制比例';
    case 'category-satisfaction':
      return '属于满意度指标，却不是调查得出的满意率';
    case 'vague-benchmark':
      return `引用了${quoteAll(w)}，但没有写明是哪项标准、标准值是多少`;
    case 'direction-only':
      return '只说明了变化方向，没有写明变化幅度';
    case 'binary':
      return '只说明是否完成，没有写明完成时限或验收标准';
    case 'no-value':
    default:
      return w.length ? `是口号式说法，没有可衡量的数值、时限或标准` : '没有可衡量的数值、时限或标准';
  }
}

const TAIL: Record<FindingGroup['verdict'], string> = {
  vague: '年末无法判断是否达成',
  weak: '年末难以客观核对',
};

/** One sentence: “name”的header“value”<why>，<consequence>。 */
export function describeGroup(j: IndicatorJudgement, group: FindingGroup): string {
  const name = j.indicator.name?.text.trim() ?? '';
  const label = name ? `“${clip(name, 30)}”` : '该指标';
  if (group.values.length === 0) return `${label}没有填写指标值，${TAIL.vague}。`;
  const vs = group.values;
  let body: string;
  // A target split over columns is quoted whole: "≥95%", not the "95" of the value column.
  const said = (v: ValueJudgement) => v.composed ?? v.value.text;
  const sameText = vs.every((v) => textKey(said(v)) === textKey(said(vs[0])));
  if (vs.length > 1 && sameText) {
    body = `${label}的${vs.map((v) => v.value.header).join('和')}均为“${clip(said(vs[0]))}”，${phrase(vs[0])}`;
  } else {
    body = vs
      .map((v, i) => `${i === 0 ? `${label}的` : ''}${v.value.header}“${clip(said(v))}”${phrase(v)}`)
      .join('；');
  }
  const tail = j.verdict === 'measurable' ? `；${otherMeasurable(j)}已给出可衡量的目标，${group.values.length > 1 ? '这些值' : '这一值'}也应写明` : `，${TAIL[group.verdict]}`;
  return `${body}${tail}。`;
}

function otherMeasurable(j: IndicatorJudgement): string {
  const m = j.values.find((v) => v.verdict === 'measurable');
  return m ? `${m.value.header}“${clip(m.value.text, 20)}”` : '其他指标值';
}

/** Why the reason matters, for the finding's `why`: one sentence a reviewer would say. */
export const REASON_WHY: Record<Reason, string> = {
  'empty': '没有指标值的指标无法评价，财政部门会退回补充。',
  'listed-phrase': '本单位的指标体系把这一说法列为不可衡量的表述。',
  'repeats-name': '指标值应是目标，而不是指标名称本身。',
  'copy-paste': '复制粘贴的文字不是本指标的目标，评价时无从对照。',
  'describes-method': '计量口径应写在“指标解释”或“说明及公式”中，指标值栏应写目标值。',
  'prose': '绩效目标要求细化、量化、可衡量，描述性文字无法在年末对照核实。',
  'by-plan': '“按计划完成”把目标推给了表外的文件，审核人无从核对。',
  'relative-word': '“进一步”“明显”等相对词没有基数和数值，任何结果都可以说达到了。',
  'no-value': '绩效目标要求细化、量化、可衡量，没有数值、时限或标准的目标无法评价。',
  'change-no-baseline': '提升、提高的幅度必须相对一个基数（上年值、基线测评值）才能计算。',
  'no-unit': '没有单位的数字含义不明，审核时会被退回。',
  'uncountable-percent': '百分比必须是可计数对象的比值（完成数÷计划数、合格数÷检查数），“维护稳定”“促进发展”算不出比例。',
  'no-subject': '三级指标名称应写明衡量的具体事物，类别名或数字无法对照目标值。',
  'status': '“已完成”“达成预期指标”是自评结论，不是申报时可核对的目标。',
  'percent-undefined': '百分比要写明分子和分母，才能在年末算出实际值。',
  'no-survey': '满意度应来自问卷调查或第三方测评，并写明计算方法。',
  'category-timeliness': '时效指标衡量的是完成时间，应写明日期、时限或及时率。',
  'category-cost': '成本指标衡量的是花费，应写明金额或成本控制比例。',
  'category-satisfaction': '满意度指标应是调查得出的满意率或测评得分。',
  'vague-benchmark': '“相关要求”没有写明标准和数值，评价时各说各话。',
  'direction-only': '只有方向没有幅度，提高一点点也算达成，目标失去约束力。',
  'binary': '只写“完成”的目标缺少时限和验收标准，难以评价完成质量。',
  'accepted': '本单位已将这一表述列为可接受。',
};

export type Advice =
  | 'no-subject' | 'unit' | 'count-unit' | 'satisfaction' | 'benefit' | 'uncountable' | 'baseline' | 'timeliness' | 'cost'
  | 'quality' | 'ratio' | 'deadline' | 'standard' | 'generic';

/**
 * What to add when no rewrite can be built from the indicator: one sentence, never an example
 * about something the indicator does not name.
 */
export const ADVICE: Record<Advice, (subject: string) => string> = {
  'no-subject': () => '把三级指标名称改为具体衡量的事物（如“…数量”“…合格率”“…完成时间”），再填写与之对应的目标值。',
  'unit': (x) => `补上“${x}”的计量单位（写在数值后或“计量单位”栏），说明这个数字是多少个什么。`,
  'count-unit': (x) => `写明“${x}”的数量和计量单位（按实际计量单位，如个、处、公里、亩），数值按计划或合同填写。`,
  'satisfaction': (x) => `把“${x}”写成问卷调查得出的满意率：写明调查对象，目标如“≥90%”，口径为“满意人数÷调查总人数”。`,
  'benefit': (x) => `“${x}”无法直接计数：换成它带来的可计数结果（如受益人数、某项收入或某类事件发生数），并写明上年基数和目标值。`,
  'uncountable': (x) => `“${x}”算不出百分比：换成可计数的结果（如受益人数、办结件数、事件发生数），写明分子和分母或上年基数。`,
  'baseline': (x) => `写明“${x}”比较的基数（如“较2024年实际值”）再给出变化幅度，或直接写年末要达到的数值。`,
  'timeliness': (x) => `写明“${x}”的完成日期或时限（如“12月31日前完成”“接报后5个工作日内”）。`,
  'cost': (x) => `写明“${x}”的金额上限或成本控制率（如“不超过预算金额”“成本控制率≤100%”）。`,
  'quality': (x) => `写明“${x}”所依据的质量标准，以及合格比例（合格数÷检查总数）的目标值。`,
  'ratio': (x) => `写明“${x}”百分比的分子和分母（如“已完成数÷计划数”），并写在“指标说明及公式”栏。`,
  'deadline': (x) => `写明“${x}”的完成时限和验收标准（如“12月31日前通过验收”）。`,
  'standard': (x) => `写明“${x}”所依据标准的名称和条款（如“符合《…》第×条”），或写出标准值。`,
  'generic': (x) => `写明“${x}”年末可核对的目标：数量和单位、比例（写明分子分母）、完成日期或所依据的标准。`,
};
