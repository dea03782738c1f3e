// Rewrites built from the indicator itself: its own noun (the name, cleaned), its category's
// measure (数量 → a count in the unit the row implies; 质量 → a rate whose numerator and
// denominator are named from the indicator; 时效 → a date; 成本 → a cost-control rate; 效益 → a
// change from a stated baseline of something the indicator names, or the people it benefits;
// 满意度 → a surveyed rate), a number already written in the row, and the keyword hints of the word
// lists. The patterns are data (words.json `measurePatterns`). A rewrite never has a subject the
// indicator does not name: when nothing specific can be built, the suggestion says what to add
// instead (messages.ts advice). Every rewrite is one the checker itself judges measurable.

import { parseQuantities } from '../../parse/quantity';
import type { CategoryKind, FindingGroup, IndicatorJudgement, JudgeContext, NameFacts } from './judge';
import { advice, Advice, fold, header } from './messages';
import { msg, Msg, Param, quote } from '../../i18n/text';
import type { MeasurePatternKey, RewritePattern, VagueConfig } from './words';

export type Rewrite = RewritePattern;

export interface Suggestion {
  rewrites: Rewrite[];
  /** What to add when no rewrite fits (one sentence); shown instead of a rewrite. */
  advice?: Advice;
}

/** "南沙区美誉度测评得分 ≥ 85分（第三方测评）". */
export function rewriteText(r: Rewrite): string {
  const sep = /^[≥≤><=\d]/.test(r.value) ? ' ' : '：';
  return `${r.name}${sep}${r.value}${r.note ? `（${r.note}）` : ''}`;
}

const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n)}…` : t);

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

/** The name as a noun phrase: no "指标1:" numbering, quotes, trailing punctuation or bracketed unit. */
export function cleanName(name: string): string {
  return display(name)
    .replace(/^指标\d*[:：、.]?/, '')
    .replace(/^[(（]?\d+[)）.、]/, '')
    .replace(/[“”"'‘’]/g, '')
    .replace(/[(（][^()（）]{0,10}[)）]$/, '')
    .replace(/[。；;，,、.]+$/, '');
}

const LEADING_VERBS = /^(?:提升|提高|增强|加强|扩大|促进|打造|推动|推进|营造|确保|保障|保证|完善|反映|加大|关注|维护|实现|减轻|降低|减少|加快|助力|带动|扶持|支持|改善|巩固|落实|开展|做好|强化|优化)+/;

/** Where a name's keywords are looked for: a short name whole, a name written as sentences in its first clause. */
function hintedText(name: string): string {
  const clean = cleanName(name);
  return clean.length <= SHORT_NAME ? clean : firstClause(name);
}

const SHORT_NAME = 16;

/** A name written as a sentence is about its first clause. */
function firstClause(name: string): string {
  return cleanName(name).split(/[，,；;。]/)[0];
}

/** What the indicator is about: the name without "提升…程度", "对…的影响", "加强", "情况" and the like. */
export function subjectOf(name: string): string {
  let s = firstClause(name);
  const effect = /^对(.+?)的?(?:可?持续性?影响|影响程度|影响|促进作用|作用)$/.exec(s);
  if (effect) s = effect[1];
  for (let i = 0; i < 2; i++) {
    s = s
      .replace(/(的)?(提升|提高|增强|加强|改善|促进|增长|扩大|优化|巩固提高|巩固)?(的)?(程度|幅度|力度|情况|水平|状况|效果|功能)$/, '')
      .replace(/的$/, '');
  }
  // "保障性住房" is a noun, not 保障 + 性住房.
  if (!/^(?:保障|支持|扶持)性/.test(s)) s = s.replace(LEADING_VERBS, '');
  return s || cleanName(name);
}

/** The activity a 时效指标 times: "舆情监测效率" -> "舆情监测". */
function activityOf(name: string): string {
  const s = subjectOf(name)
    .replace(/(及时性|时效性|时效|及时有效|及时率|时间|效率|时限|期限|完成)$/, '')
    .replace(/^(按约定时间|按时|及时|按期|按月度)(完成)?/, '');
  return s || subjectOf(name);
}

/**
 * A unit the row implies: the unit column, a bracketed unit or measure word in the name, a value
 * that is only a unit ("公里": the number is missing), or the keyword hint nearest the end of the
 * name (what "…县(市、区)数量" counts is the 县, not the 经费 earlier in the name).
 */
function unitFor(name: NameFacts, cfg: VagueConfig, rowUnit?: string, values: readonly string[] = []): string | undefined {
  if (rowUnit && rowUnit !== '%' && rowUnit.length <= 6 && !/\d/.test(rowUnit)) return rowUnit;
  if (name.unit && name.unit !== '%') return name.unit;
  const onlyUnit = values.map((v) => v.replace(/\s+/g, '').replace(/^(?:≥|≤|>=|<=|>|<|=|≧|≦)/, '')).find((v) => cfg.units.includes(v) && v !== '%');
  if (onlyUnit) return onlyUnit;
  const n = cleanName(name.text);
  let best: { at: number; unit: string } | undefined;
  for (const [kw, unit] of cfg.unitHints) {
    const at = n.lastIndexOf(kw);
    if (at >= 0 && (!best || at + kw.length > best.at)) best = { at: at + kw.length, unit };
  }
  return best?.unit;
}

/** How a named rate is computed ("合格率" -> "合格数 ÷ 检查（验收）总数"), longest rate noun first. */
function rateNoteFor(name: string, cfg: VagueConfig): string | undefined {
  let best: [string, string] | undefined;
  for (const pair of cfg.rateNotes) if (name.includes(pair[0]) && (!best || pair[0].length > best[0].length)) best = pair;
  return best?.[1];
}

const DEFAULT_COUNT: Record<string, number> = { 场: 10, 篇: 50, 次: 4, 期: 12, 条: 100, 人: 50, 个: 2, 家: 5, 人次: 1000, 集: 1, 册: 4, 支: 1, 平方米: 1000, 万元: 10, 元: 100, 户: 50, 所: 2, 亩: 100, 公里: 10 };

interface Slots {
  subject: string;
  name: string;
  object: string;
  stem: string;
  activity: string;
  unit: string;
  number: string;
  direction: string;
  beneficiary: string;
  percent: string;
  standard: string;
  per: string;
}

function fill(patterns: readonly RewritePattern[], slots: Partial<Slots>): Rewrite[] {
  const sub = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: keyof Slots) => slots[k] ?? '');
  return patterns.map((p) => ({ name: sub(p.name), value: sub(p.value), ...(p.note ? { note: sub(p.note) } : {}) }));
}

function pattern(cfg: VagueConfig, key: MeasurePatternKey, slots: Partial<Slots>): Rewrite[] {
  return fill(cfg.measurePatterns[key] ?? [], slots);
}

/** A count rewrite in the unit the row implies, with the number the row already holds. */
function countRewrite(j: IndicatorJudgement, name: NameFacts, ctx: JudgeContext): Suggestion {
  const cfg = ctx.config;
  const clean = cleanName(name.text);
  const unit = unitFor(name, cfg, j.indicator.unit?.text.trim(), j.indicator.values.map((v) => v.text));
  if (!unit) return { rewrites: [], advice: 'count-unit' };
  const subject = name.isCount ? clean : `${subjectOf(clean)}`;
  const own = j.indicator.values.flatMap((v) => parseQuantities(v.text)).find((q) => q.unit === '' || q.unit === unit || q.unit.startsWith(`${unit}/`));
  const number = own ? String(own.written) : String(DEFAULT_COUNT[unit] ?? 10);
  const rewrites = pattern(cfg, 'quantity', { subject, unit, number });
  return { rewrites: own ? rewrites.map(({ note: _note, ...r }) => r) : rewrites };
}

/** "经费支出合规性" -> stem "经费支出合规", object "经费支出". */
function qualityProperty(clean: string): { stem: string; object: string } | undefined {
  const m = /^(.{2,}?)(合规|规范|准确|完整|及时|完好|安全|达标|合格)(?:性|情况|程度)$/.exec(clean);
  return m ? { stem: `${m[1]}${m[2]}`, object: m[1].replace(/的$/, '') } : undefined;
}

function satisfactionSuggestion(j: IndicatorJudgement, name: NameFacts, group: FindingGroup, cfg: VagueConfig): Suggestion {
  const clean = cleanName(name.text);
  const bare = group.values.find((v) => v.reasons[0] === 'no-unit');
  const pct = group.values.find((v) => v.facts.percent)?.facts.text ?? (bare ? `${bare.facts.core}%` : '≥ 90%');
  if (name.isSatisfaction) return { rewrites: pattern(cfg, 'satisfaction', { subject: clean.replace(/程度$/, '度'), percent: pct }) };
  const fromValue = j.indicator.values.map((v) => display(v.text)).find((t) => t.length <= 12 && /满意度$/.test(t));
  if (fromValue) return { rewrites: pattern(cfg, 'satisfaction', { subject: fromValue, percent: pct }) };
  const who = beneficiaryOf(clean, cfg);
  if (who) return { rewrites: pattern(cfg, 'satisfaction', { subject: `${who.noun}满意度`, percent: pct }) };
  return { rewrites: [], advice: 'satisfaction' };
}

function beneficiaryOf(text: string, cfg: VagueConfig): { noun: string; unit: string } | undefined {
  let best: { noun: string; unit: string } | undefined;
  for (const [noun, unit] of cfg.beneficiaries) if (text.includes(noun) && (!best || noun.length > best.noun.length)) best = { noun, unit };
  return best;
}

/** A benefit names something that can change from a baseline, or the people it reaches. */
function benefitSuggestion(name: NameFacts, cfg: VagueConfig): Suggestion {
  const subject = subjectOf(name.text);
  const down = /降低|减少|减轻|下降|压减|缩短/.test(name.text);
  // "对控制基建项目成本的影响": the effect is on a cost, measured as a cost.
  const cost = /^(?:控制)?(.{2,14}?)成本$/.exec(subject);
  if (cost) return { rewrites: pattern(cfg, 'cost', { object: cost[1] }) };
  if (subject.length <= 16 && cfg.countableEndings.some((e) => subject.endsWith(e))) {
    return { rewrites: pattern(cfg, 'benefitChange', { subject, direction: down ? '下降' : '提高' }) };
  }
  if (subject.length <= 20 && cfg.activityNouns.some((a) => subject.endsWith(a))) return { rewrites: pattern(cfg, 'participation', { subject }) };
  // "救助对象生活水平": the living standard of named people, as their income against last year.
  const living = /^(.{2,10}?)(?:的)?生活水平$/.exec(cleanName(name.text).replace(LEADING_VERBS, ''));
  const livingWho = living ? beneficiaryOf(living[1], cfg) : undefined;
  if (living && livingWho) return { rewrites: pattern(cfg, 'benefitChange', { subject: `${living[1]}人均收入`, direction: '提高' }) };
  // "提高村(社区)干部工作积极性": an attitude of named people, asked of them in a survey.
  const attitude = cfg.attitudeNouns.map((a) => subject.indexOf(a) >= 0 ? subject.slice(0, subject.indexOf(a) + a.length) : '').find((x) => x.length >= 4 && x.length <= 20);
  if (attitude && beneficiaryOf(attitude, cfg)) return { rewrites: pattern(cfg, 'attitude', { subject: attitude }) };
  // "基建项目四项制度健全和落实": a rule set is built by a date.
  if (subject.length <= 20 && /制度|机制|办法|细则|体系/.test(subject) && /建立|健全|完善|落实|出台|制定|修订/.test(subject)) {
    return { rewrites: pattern(cfg, 'institution', { subject }) };
  }
  const who = beneficiaryOf(cleanName(name.text), cfg);
  if (who) {
    return { rewrites: pattern(cfg, 'benefitBeneficiary', { beneficiary: who.noun, unit: who.unit, number: String(DEFAULT_COUNT[who.unit] ?? 100) }) };
  }
  return { rewrites: [], advice: 'benefit' };
}

function timelinessSuggestion(j: IndicatorJudgement, name: NameFacts, cfg: VagueConfig): Suggestion {
  const clean = cleanName(name.text);
  if (name.isRate) return { rewrites: [{ name: clean, value: '100%', note: ratioNote(j) ?? rateNoteFor(clean, cfg) ?? '规定时限内完成数 ÷ 应完成总数' }] };
  const activity = activityOf(clean);
  if (name.isUncountable || activity.length > 16) return { rewrites: [], advice: 'timeliness' };
  return { rewrites: pattern(cfg, 'timeliness', { activity }) };
}

function costSuggestion(j: IndicatorJudgement, name: NameFacts, cfg: VagueConfig): Suggestion {
  // "每亩300" under 造林补助: the row already holds a unit price; write it as a ceiling.
  for (const v of j.indicator.values) {
    const per = /每([\u4e00-\u9fff]{1,2}?)(\d+(?:\.\d+)?)(?!\d)/.exec(v.text.replace(/\s+/g, ''));
    if (per) return { rewrites: pattern(cfg, 'unitCost', { subject: cleanName(name.text), number: per[2], per: per[1] }) };
  }
  const object = subjectOf(name.text).replace(/(成本|费用|单价|标准)$/, '');
  if (!object || object.length > 16) return { rewrites: [], advice: 'cost' };
  return { rewrites: pattern(cfg, 'cost', { object }) };
}

function qualitySuggestion(name: NameFacts, cfg: VagueConfig, percent?: string): Suggestion {
  const clean = cleanName(name.text);
  // "美沙酮药物治疗符合国家相关标准": the standard is named, the share meeting it is the target.
  const conform = /^(.{2,12}?)(?:质量)?(?:符合|达到|满足)(.{2,16}?)(?:标准|要求|规定|规范)?$/.exec(clean.split(/[，,；;。]/)[0]);
  if (conform) return { rewrites: pattern(cfg, 'conformity', { subject: conform[1], standard: `${conform[2]}标准`.replace(/标准标准$/, '标准'), percent: percent ?? '100%' }) };
  const prop = qualityProperty(clean);
  if (prop) return { rewrites: pattern(cfg, 'qualityProperty', { ...prop, percent: percent ?? '100%' }) };
  const subject = subjectOf(clean).replace(/(质量|标准|合格)$/, '');
  if (!subject || subject.length > 16 || name.isUncountable) return { rewrites: [], advice: 'quality' };
  return { rewrites: pattern(cfg, 'quality', { subject, percent: percent ?? '≥ 95%' }) };
}

/**
 * The first keyword hint whose keyword the name holds; rewrites about anything else are dropped.
 * A name written as sentences is matched on its first clause, what the indicator is about: "改善…
 * 生活质量，…助力全县文明城市创建" is no 文明城市 indicator, and a 测评得分 would not measure it.
 * A short name is matched whole ("文明办公，节约水电" is about both).
 */
function hinted(name: NameFacts, cfg: VagueConfig, texts: string[] = [hintedText(name.text)]): Rewrite[] | undefined {
  // "公众食品安全科普知识素养" is measured as "…科普知识知晓率".
  const subject = subjectOf(name.text).replace(/(素养|意识)$/, '');
  for (const hint of cfg.rewriteHints) {
    const found = hint.keywords.filter((k) => texts.some((t) => t.includes(k)));
    if (found.length === 0) continue;
    const fitting = hint.rewrites.filter((r) => r.name.includes('{subject}') || found.some((k) => r.name.includes(k)));
    // "安全" + "{subject}安全事故" reads "安全事故", not "安全安全事故".
    if (fitting.length) return fitting.map((r) => ({ ...r, name: r.name.replace(/\{subject\}/g, subject).replace(/(.{2,}?)\1/, '$1') }));
  }
  return undefined;
}

/** A ratio's definition, when some field of the indicator writes one ("A÷B*100%"). */
function ratioNote(j: IndicatorJudgement): string | undefined {
  const texts = [...j.indicator.values.map((v) => v.text), j.indicator.formula?.text ?? ''];
  const f = texts.map((t) => display(t).replace(/[*×xX]\s*100\s*%$/, '')).find((t) => /[÷/]/.test(t) && t.length <= 60);
  return f?.replace(/^[（(](.*)[)）]$/, '$1');
}

/** The category's own measure for the indicator. */
function byCategory(cat: CategoryKind | undefined, j: IndicatorJudgement, group: FindingGroup, name: NameFacts, ctx: JudgeContext): Suggestion | undefined {
  const cfg = ctx.config;
  switch (cat) {
    case 'quantity':
      return countRewrite(j, name, ctx);
    case 'quality':
      return qualitySuggestion(name, cfg);
    case 'timeliness':
      return timelinessSuggestion(j, name, cfg);
    case 'cost':
      return costSuggestion(j, name, cfg);
    case 'benefit':
      return benefitSuggestion(name, cfg);
    case 'satisfaction':
      return satisfactionSuggestion(j, name, group, cfg);
    default:
      return undefined;
  }
}

/** Up to two rewrites for a group of non-measurable values, or what to add instead. */
export function suggestRewrites(j: IndicatorJudgement, group: FindingGroup, name: NameFacts, ctx: JudgeContext): Suggestion {
  const cfg = ctx.config;
  const clean = cleanName(name.text) || '该指标';
  const cat = ctx.category;
  const primary = group.reasons[0];
  const first = group.values.find((v) => v.reasons[0] === primary) ?? group.values[0];
  const satisfaction = (cat === 'satisfaction' || name.isSatisfaction) && !name.isCount;

  // Another value of the same indicator already says it: write that here too.
  // A value that defines the ratio ("A÷B*100%") keeps its job as the note: it belongs in 指标说明及公式.
  const measurable = j.values.find((v) => v.verdict === 'measurable');
  if (measurable) {
    const formula = group.values.find((v) => v.facts.formula);
    return { rewrites: [{ name: clean, value: targetClauses(measurable.value.text), ...(formula ? { note: display(formula.value.text) } : {}) }] };
  }
  if (primary === 'no-subject') return { rewrites: [], advice: 'no-subject' };
  if (primary === 'no-unit' && first) {
    if (satisfaction) return satisfactionSuggestion(j, name, group, cfg);
    // A rate's bare number lacks its "%", whatever else the name mentions.
    const unit = name.isRate ? '%' : unitFor(name, cfg, undefined, []);
    if (!unit) return { rewrites: [], advice: 'unit' };
    return { rewrites: [{ name: clean, value: `${first.facts.core}${unit}` }] };
  }
  if (satisfaction) return satisfactionSuggestion(j, name, group, cfg);
  // A quality property ("经费审批流程规范性") has its own rate, before any sector hint.
  if (qualityProperty(clean)) return qualitySuggestion(name, cfg, first?.facts.percent ? first.facts.text : '100%');
  if (primary === 'uncountable-percent') {
    const hint = hinted(name, cfg);
    return hint ? { rewrites: hint } : benefitOrAdvice(name, cfg, 'uncountable');
  }
  if (primary === 'change-no-baseline') {
    const hint = hinted(name, cfg);
    if (hint) return { rewrites: hint };
    return benefitOrAdvice(name, cfg, 'baseline');
  }
  // "按政策给予贴息支持": a payment by policy, measured as the share of eligible claims paid.
  const paid = /^(?:按|依)照?(?:政策|规定|标准)(?:给予|发放|兑付|拨付|落实)(.{1,8}?)(?:支持|资金)?$/.exec(clean);
  if (paid && /补贴|补助|贴息|资助|救助|奖励|奖补/.test(paid[1])) return { rewrites: pattern(cfg, 'subsidyPaid', { subject: paid[1] }) };
  // "非营利性民办园租房受益期限": a period, whatever the category.
  if (/期限|年限|时长|有效期$/.test(clean) && clean.length <= 20 && !name.isRate) return { rewrites: pattern(cfg, 'duration', { subject: clean }) };
  if (cat === 'timeliness' || cat === 'cost') return byCategory(cat, j, group, name, ctx)!;
  if (primary === 'percent-undefined' && first) {
    const pct = first.facts.text;
    // "满足辖区居民对常用疫苗的需求 100%": a rate of needs met.
    const need = /^满足(.{2,16}?需求)$/.exec(clean);
    if (need) return { rewrites: pattern(cfg, 'fulfilment', { subject: need[1].replace(/的需求$/, '需求'), percent: pct }) };
    const hint = hinted(name, cfg);
    if (hint) return { rewrites: hint };
    // "学生受益情况 100%": the share of those eligible who benefit.
    const who = /受益|覆盖|惠及|享受/.test(clean) ? beneficiaryOf(clean, cfg) : undefined;
    if (who) return { rewrites: pattern(cfg, 'coverage', { beneficiary: who.noun, percent: pct }) };
    if (cat === 'quality') return qualitySuggestion(name, cfg, pct);
    const subject = subjectOf(clean);
    if (subject.length > 16) return { rewrites: [], advice: 'ratio' };
    return { rewrites: pattern(cfg, 'completionRate', { subject: subject.replace(/(数量|量)$/, ''), percent: pct }) };
  }
  if (primary === 'binary' || name.facts.binary) {
    // "在市级评比中获得名次": the rank is the target, not a date.
    const said = group.values.map((v) => v.value.text).join('；');
    const rank = /评比|名次|奖/.test(said) ? hinted(name, cfg, [said]) : undefined;
    if (rank) return { rewrites: rank };
    if (clean.length > 20) return { rewrites: [], advice: 'deadline' };
    return { rewrites: pattern(cfg, 'milestone', { subject: clean }) };
  }
  if (primary === 'direction-only') {
    const down = /减少|降低|下降/.test(first?.facts.core ?? '');
    return { rewrites: pattern(cfg, 'benefitChange', { subject: subjectOf(clean), direction: down ? '下降' : '提高' }) };
  }
  if (primary === 'vague-benchmark') {
    const hint = hinted(name, cfg);
    if (hint) return { rewrites: hint };
    return cat === 'quality' ? qualitySuggestion(name, cfg, '100%') : { rewrites: [], advice: 'standard' };
  }
  if (name.isRate) return rateSuggestion(j, name, cfg);
  if (name.isCount) return countRewrite(j, name, ctx);

  // A status ("已完成") under a short name: the same work, with a date it can be checked against.
  if (primary === 'status' && clean.length <= 20) return { rewrites: pattern(cfg, 'milestone', { subject: clean }) };
  const hint = hinted(name, cfg);
  if (hint) return { rewrites: hint };
  const own = byCategory(cat, j, group, name, ctx);
  if (own) return own;
  return { rewrites: [], advice: name.isUncountable ? 'uncountable' : 'generic' };
}

/** A named rate: its own computation as the note; a rate to raise or lower, a change from last year. */
function rateSuggestion(j: IndicatorJudgement, name: NameFacts, cfg: VagueConfig): Suggestion {
  const clean = cleanName(name.text);
  if (cfg.directedChangeVerbs.some((v) => clean.startsWith(v))) {
    const down = /降低|减少|减轻|下降|压减|缩短/.test(clean);
    return { rewrites: pattern(cfg, 'rateChange', { subject: subjectOf(clean), direction: down ? '下降' : '提高' }) };
  }
  const note = ratioNote(j) ?? rateNoteFor(clean, cfg);
  if (!note) return { rewrites: [], advice: 'ratio' };
  return { rewrites: [{ name: clean, value: '100%', note }] };
}

function benefitOrAdvice(name: NameFacts, cfg: VagueConfig, advice: Advice): Suggestion {
  const s = benefitSuggestion(name, cfg);
  return s.rewrites.length ? s : { rewrites: [], advice };
}

/** The suggestion's sentence: the rewrite (quoted: it is text for the form) or what to add instead. */
export function formatSuggestion(s: Suggestion, j: IndicatorJudgement, group: FindingGroup): Msg | undefined {
  const { rewrites } = s;
  if (rewrites.length === 0) {
    if (!s.advice) return undefined;
    const subject = subjectOf(j.indicator.name?.text ?? '');
    return advice(s.advice, subject ? quote(clip(subject, 20)) : msg('vague.advice.this-indicator'));
  }
  const measurable = j.values.find((v) => v.verdict === 'measurable');
  if (measurable) {
    const headers = fold('vague.and', [...new Set(group.values.map((v) => v.value.header))].map(header));
    const value = quote(rewrites[0].value);
    const note = rewrites[0].note;
    const move: Record<string, Param> = note ? { note: quote(note) } : {};
    const suffix = note ? '.move-formula' : '';
    if (group.values.every((v) => v.value.header === measurable.value.header)) return msg(`vague.fix.write-as${suffix}`, { ...move, value });
    return msg(`vague.fix.like-other${suffix}`, { ...move, headers, header: header(measurable.value.header), value });
  }
  if (group.reasons[0] === 'no-unit' && rewrites.length === 1) return msg('vague.fix.add-unit', { rewrite: quote(rewriteText(rewrites[0])) });
  const [a, b] = rewrites.map((r) => quote(rewriteText(r)));
  return b ? msg('vague.fix.rewrite.two', { a, b }) : msg('vague.fix.rewrite', { a });
}
