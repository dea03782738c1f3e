// Rewrite patterns built from the indicator itself: its name (what it is about), its category
// (what kind of target it needs), its other values (a number already written elsewhere) and the
// keyword hints of the word lists. Never a generic "please quantify": every rewrite is a name and
// a value the checker itself judges measurable (the unit tests hold it to that).

import { parseQuantities } from '../../parse/quantity';
import type { FindingGroup, IndicatorJudgement, JudgeContext, NameFacts } from './judge';
import type { RewritePattern, VagueConfig } from './words';

export type Rewrite = RewritePattern;

/** "南沙区美誉度测评得分 ≥ 85分（第三方测评）". */
export function rewriteText(r: Rewrite): string {
  const sep = /^[≥≤><=\d]/.test(r.value) ? ' ' : '：';
  return `${r.name}${sep}${r.value}${r.note ? `（${r.note}）` : ''}`;
}

/** Text as the user wrote it, minus spaces (PDF line breaks): keeps Chinese punctuation. */
function display(text: string, max = 80): string {
  const t = text.replace(/\s+/g, '').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** The clauses of a value that carry its numbers, without asides: what to copy elsewhere. */
function targetClauses(text: string): string {
  const t = display(text, 2000);
  if (t.length <= 20) return t;
  const clauses = t.replace(/[（(][^）)]*[）)]/g, '').split(/[，,；;。]/).filter((c) => /\d/.test(c));
  return display(clauses.length ? clauses.join('，') : t);
}

/** What the indicator is about: the name without "提升…程度", "加强", "情况" and the like. */
export function subjectOf(name: string): string {
  let s = display(name).replace(/[“”"'‘’]/g, '');
  for (let i = 0; i < 2; i++) {
    s = s
      .replace(/(的)?(提升|提高|增强|加强|改善|促进|增长|扩大|优化)?(的)?(程度|幅度|力度|情况|水平)$/, '')
      .replace(/的$/, '');
  }
  s = s.replace(/^(提升|提高|增强|加强|扩大|促进|打造|推动|推进|营造|确保|保障|完善|反映|加大|关注)/, '');
  return s || display(name);
}

/** The activity a 时效指标 times: "舆情监测效率" -> "舆情监测". */
function activityOf(name: string): string {
  const s = subjectOf(name)
    .replace(/(及时性|时效性|时效|及时有效|时间|效率|时限)$/, '')
    .replace(/^(按约定时间|按时|及时|按期|按月度)(完成)?/, '');
  return s || subjectOf(name);
}

function unitFor(texts: string[], cfg: VagueConfig): string | undefined {
  for (const t of texts) for (const [kw, unit] of cfg.unitHints) if (t.includes(kw)) return unit;
  return undefined;
}

const DEFAULT_COUNT: Record<string, number> = { 场: 10, 篇: 50, 次: 4, 期: 12, 条: 100, 人: 50, 个: 2, 家: 5, 人次: 1000, 集: 1, 册: 4, 支: 1, 平方米: 1000, 万元: 10, 元: 100 };

function countRewrite(j: IndicatorJudgement, name: NameFacts, cfg: VagueConfig): Rewrite {
  const nameText = display(name.text);
  const metric = name.isCount ? nameText : `${subjectOf(nameText)}数量`;
  const texts = [nameText, ...j.indicator.values.map((v) => v.text)];
  const unit = unitFor(texts, cfg) ?? '个';
  // A number the author already wrote for this unit beats an invented one.
  const own = j.indicator.values.flatMap((v) => parseQuantities(v.text)).find((q) => q.unit === unit || q.unit.startsWith(`${unit}/`));
  return own
    ? { name: metric, value: `≥ ${own.written}${unit}` }
    : { name: metric, value: `≥ ${DEFAULT_COUNT[unit] ?? 10}${unit}`, note: '数值按计划或合同填写' };
}

function satisfactionName(j: IndicatorJudgement, name: NameFacts): string {
  if (name.isSatisfaction) return display(name.text);
  const fromValue = j.indicator.values.map((v) => display(v.text)).find((t) => t.length <= 12 && /满意度$/.test(t));
  return fromValue ?? '服务对象满意度';
}

/** The first keyword hint found in the texts (the name, by default: values drift off topic). */
function hinted(name: NameFacts, cfg: VagueConfig, texts: string[] = [name.text]): Rewrite[] | undefined {
  const subject = subjectOf(name.text);
  for (const hint of cfg.rewriteHints) {
    if (hint.keywords.some((k) => texts.some((t) => t.includes(k)))) {
      return hint.rewrites.map((r) => ({ ...r, name: r.name.replace(/\{subject\}/g, subject) }));
    }
  }
  return undefined;
}

/** A ratio's definition, when some field of the indicator writes one ("A÷B*100%"). */
function ratioNote(j: IndicatorJudgement): string | undefined {
  const texts = [...j.indicator.values.map((v) => v.text), j.indicator.formula?.text ?? ''];
  const f = texts.map((t) => display(t).replace(/[*×xX]\s*100\s*%$/, '')).find((t) => /[÷/]/.test(t) && t.length <= 60);
  return f?.replace(/^[（(](.*)[)）]$/, '$1');
}

const SURVEY_NOTE = '问卷调查：满意人数 ÷ 调查总人数';

/** One to two rewrites for a group of non-measurable values. */
export function suggestRewrites(j: IndicatorJudgement, group: FindingGroup, name: NameFacts, ctx: JudgeContext): Rewrite[] {
  const cfg = ctx.config;
  const nameText = display(name.text, 40) || '该指标';
  const subject = subjectOf(nameText);
  const cat = ctx.category;
  const primary = group.reasons[0];
  const first = group.values.find((v) => v.reasons[0] === primary) ?? group.values[0];
  const satisfaction = (cat === 'satisfaction' || name.isSatisfaction) && !name.isCount;

  // Another value of the same indicator already says it: write that here too.
  // A value that defines the ratio ("A÷B*100%") keeps its job as the note: it belongs in 指标说明及公式.
  const measurable = j.values.find((v) => v.verdict === 'measurable');
  if (measurable) {
    const formula = group.values.find((v) => v.facts.formula);
    return [{ name: nameText, value: targetClauses(measurable.value.text), ...(formula ? { note: display(formula.value.text) } : {}) }];
  }

  if (primary === 'no-unit' && first) {
    const v = first.facts.core;
    if (satisfaction) return [{ name: satisfactionName(j, name), value: `${v}%`, note: SURVEY_NOTE }];
    const unit = unitFor([nameText, ...j.indicator.values.map((x) => x.text)], cfg) ?? (name.isRate ? '%' : '个');
    return [{ name: nameText, value: `${v}${unit}` }];
  }
  if (satisfaction) {
    const pct = group.values.find((v) => v.facts.percent)?.facts.text;
    return [{ name: satisfactionName(j, name), value: pct ?? '≥ 90%', note: SURVEY_NOTE }];
  }
  if (cat === 'timeliness') {
    if (name.isRate) return [{ name: nameText, value: '100%', note: ratioNote(j) ?? '规定时限内完成数 ÷ 应完成总数' }];
    const act = activityOf(nameText);
    return [
      { name: `${act}按时完成率`, value: '100%', note: '按期完成数 ÷ 应完成数' },
      { name: `${act}完成时限`, value: '12月31日前完成' },
    ];
  }
  if (cat === 'cost') {
    return [
      { name: `${subject.replace(/成本$/, '')}成本控制率`, value: '≤ 100%', note: '实际支出 ÷ 预算金额' },
      { name: subject, value: '不高于预算单价' },
    ];
  }
  if (primary === 'percent-undefined' && first) {
    const pct = first.facts.text;
    const hint = hinted(name, cfg);
    if (hint) return hint;
    if (name.isCount || name.isTask) return [{ name: `${nameText.replace(/(数量|量)$/, '')}完成率`, value: pct, note: '实际完成数 ÷ 计划数' }];
    return [{ name: `${subject}达标率`, value: pct, note: '达标数 ÷ 总数' }];
  }
  if (primary === 'binary' || name.facts.binary) {
    // "在市级评比中获得名次": the rank is the target, not a date.
    const said = group.values.map((v) => v.value.text).join('；');
    const rank = /评比|名次|奖/.test(said) ? hinted(name, cfg, [said]) : undefined;
    return rank ?? [{ name: nameText, value: '12月31日前完成', note: '以验收报告为准' }];
  }
  if (primary === 'direction-only') {
    const down = /减少|降低|下降/.test(first?.facts.core ?? '');
    return [{ name: subject, value: down ? '较上年下降5%' : '较上年提高5%', note: '以上年实际值为基数' }];
  }
  if (primary === 'vague-benchmark') return hinted(name, cfg) ?? [{ name: `${subject}达标率`, value: '100%', note: '写明所依据标准的名称和条款' }];
  if (name.isRate) return [{ name: nameText, value: '100%', note: ratioNote(j) ?? '完成数 ÷ 计划数' }];
  if (name.isCount) return [countRewrite(j, name, cfg)];

  const hint = hinted(name, cfg);
  if (hint) return hint;
  if (cat === 'quantity') return [countRewrite(j, name, cfg)];
  if (cat === 'quality') return [{ name: `${subject}达标率`, value: '≥ 95%', note: '达标数 ÷ 检查总数' }];
  if (cat === 'benefit') {
    return [
      { name: `${subject}相关活动覆盖人次`, value: '≥ 1万人次', note: '以签到和线上参与记录为准' },
      { name: `${subject}相关正面报道`, value: '≥ 20篇' },
    ];
  }
  return [{ name: `${subject}完成率`, value: '100%', note: '已完成数 ÷ 计划数' }];
}

export function formatSuggestion(rewrites: Rewrite[], j: IndicatorJudgement, group: FindingGroup): string {
  if (rewrites.length === 0) return '';
  const measurable = j.values.find((v) => v.verdict === 'measurable');
  if (measurable) {
    const headers = [...new Set(group.values.map((v) => v.value.header))].join('和');
    const moveFormula = rewrites[0].note ? `计算口径“${rewrites[0].note}”移到“指标说明及公式”栏，` : '';
    if (group.values.every((v) => v.value.header === measurable.value.header)) return `${moveFormula}可写为：“${rewrites[0].value}”。`;
    return `${moveFormula}${headers}也写成目标值，例如与${measurable.value.header}一致：“${rewrites[0].value}”。`;
  }
  if (group.reasons[0] === 'no-unit' && rewrites.length === 1) return `补上单位，例如：“${rewriteText(rewrites[0])}”。`;
  const [a, b] = rewrites.map(rewriteText);
  return b ? `可改写为：“${a}”，或“${b}”。` : `可改写为：“${a}”。`;
}
