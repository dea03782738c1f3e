// The verdict on one 三级 indicator: measurable, weak or vague, with reason codes, a sentence of
// why and a rewrite built from the indicator itself. Pure: an Indicator and a context in, a
// judgement out; the rules in index.ts only walk the form and shape findings.
//
// measurable: at year end an outsider can decide "met or not" from the value alone: a number with
//   a unit or a defined percentage, a date, deadline, time limit or schedule, a zero-defect count,
//   a named benchmark ("低于全省平均水平").
// weak: checkable, but under-specified: a percentage of nothing stated, a number whose unit is only
//   implied by the name, a direction without an amount, a yes/no milestone, "相关要求", a value
//   that does not fit its category (a 时效指标 without any time).
// vague: nothing to check: no value, relative words, "按计划完成", the name or the method repeated,
//   prose, a degree of change as a percentage with no baseline, a bare number of unknown meaning.
// Relative words never demote a value that carries a target: "较上年提高5个百分点" is measurable.

import { Indicator, IndicatorValue } from '../../model';
import { CategoryIndex } from '../../profiles';
import { compact } from '../../parse/text';
import { analyse, isQuantitative, TextFacts, textKey } from './facts';
import type { VagueConfig } from './words';
import { describeGroup } from './messages';
import { Rewrite, suggestRewrites, formatSuggestion } from './rewrite';

export type Verdict = 'measurable' | 'weak' | 'vague';

export type Reason =
  // vague
  | 'empty'
  | 'listed-phrase'
  | 'repeats-name'
  | 'copy-paste'
  | 'describes-method'
  | 'prose'
  | 'by-plan'
  | 'relative-word'
  | 'no-value'
  | 'change-no-baseline'
  | 'no-unit'
  // weak
  | 'percent-undefined'
  | 'no-survey'
  | 'category-timeliness'
  | 'category-cost'
  | 'category-satisfaction'
  | 'category-quantity'
  | 'vague-benchmark'
  | 'direction-only'
  | 'binary'
  // measurable
  | 'accepted';

/** The category kinds with expectations of their own. `benefit` covers 经济/社会/生态/可持续. */
export type CategoryKind = 'quantity' | 'quality' | 'timeliness' | 'cost' | 'benefit' | 'satisfaction';

export interface JudgeContext {
  config: VagueConfig;
  category?: CategoryKind;
  /** The other indicators of the same table, for copy-paste. */
  siblings?: readonly Indicator[];
  /** The owner's goal texts (project 绩效目标, task goal), for copy-paste. */
  goals?: readonly string[];
}

export interface ValueJudgement {
  value: IndicatorValue;
  verdict: Verdict;
  /** Most specific first. */
  reasons: Reason[];
  /** Words behind the reasons, for messages: the relative words found, the sibling copied… */
  words: string[];
  /** The copied sibling's name, for copy-paste. */
  copiedFrom?: string;
  facts: TextFacts;
}

export interface FindingGroup {
  verdict: Exclude<Verdict, 'measurable'>;
  values: ValueJudgement[];
  reasons: Reason[];
  /** One sentence in Chinese naming the indicator and the value. */
  why: string;
  rewrites: Rewrite[];
  suggestion: string;
}

export interface IndicatorJudgement {
  indicator: Indicator;
  /** The best of the target values: the indicator can be judged when any of them can. */
  verdict: Verdict;
  /** Reasons of the non-measurable values. */
  reasons: Reason[];
  values: ValueJudgement[];
  /** One group per verdict among non-measurable values: one finding each. */
  groups: FindingGroup[];
  /** The first group's sentence and rewrite (empty when measurable). */
  why: string;
  suggestion: string;
}

const RANK: Record<Verdict, number> = { measurable: 0, weak: 1, vague: 2 };

/** Order in which reasons explain a value, most specific first. */
const REASON_ORDER: Reason[] = [
  'empty', 'listed-phrase', 'repeats-name', 'copy-paste', 'change-no-baseline', 'no-unit', 'describes-method', 'prose', 'by-plan',
  'relative-word', 'no-value', 'percent-undefined', 'no-survey', 'category-satisfaction', 'category-timeliness', 'category-cost',
  'category-quantity', 'vague-benchmark', 'direction-only', 'binary', 'accepted',
];

export function sortReasons(reasons: Iterable<Reason>): Reason[] {
  return [...new Set(reasons)].sort((a, b) => REASON_ORDER.indexOf(a) - REASON_ORDER.indexOf(b));
}

/** Facts about the indicator's name that change how its values read. */
export interface NameFacts {
  text: string;
  key: string;
  facts: TextFacts;
  isRate: boolean;
  isDegreeChange: boolean;
  isCount: boolean;
  isSatisfaction: boolean;
  isTask: boolean;
}

export function nameFacts(name: string, cfg: VagueConfig): NameFacts {
  const facts = analyse(name, cfg);
  const core = facts.core;
  const endsWithAny = (words: readonly string[]) => words.some((w) => core.endsWith(w));
  const rateWord = cfg.rateNouns.some((w) => core.includes(w)) && !cfg.notRateNouns.some((w) => core.endsWith(w));
  const degree = cfg.degreeNouns.some((d) => core.includes(d)) && cfg.changeVerbs.some((v) => core.includes(v));
  return {
    text: name,
    key: textKey(name),
    facts,
    isRate: rateWord,
    isDegreeChange: degree,
    isCount: !rateWord && endsWithAny(cfg.countNouns),
    isSatisfaction: cfg.satisfactionWords.some((w) => core.includes(w)),
    isTask: /任务|工作|计划/.test(core),
  };
}

/** The category kind of an indicator, from its 二级 (or 一级) name as the profile reads it. */
export function categoryKind(ind: Pick<Indicator, 'level1' | 'level2'>, categories?: CategoryIndex): CategoryKind | undefined {
  for (const cell of [ind.level2, ind.level1]) {
    if (!cell?.text.trim()) continue;
    const match = categories?.match(cell.text) ?? (cell.code ? categories?.byCode(cell.code) : undefined);
    const name = match ? (match.level === 2 ? match.level2.name : match.level1.name) : cell.text;
    const kind = kindOfName(name);
    if (kind) return kind;
    // A 二级 we cannot place ("数量、质量、时效、成本方面的指标") says nothing; try the 一级.
  }
  return undefined;
}

function kindOfName(name: string): CategoryKind | undefined {
  const n = compact(name);
  const kinds: CategoryKind[] = [];
  if (/满意/.test(n)) kinds.push('satisfaction');
  if (/时效/.test(n)) kinds.push('timeliness');
  if (/成本/.test(n)) kinds.push('cost');
  if (/数量/.test(n)) kinds.push('quantity');
  if (/质量/.test(n)) kinds.push('quality');
  if (/效益|影响/.test(n)) kinds.push('benefit');
  // A name listing several kinds is a catch-all row; it sets no expectation.
  return kinds.length === 1 ? kinds[0] : undefined;
}

/** Short unit cells ("%", "篇", "万元") give bare numbers their meaning. */
function unitColumn(ind: Indicator): string | undefined {
  const t = ind.unit?.text.trim();
  return t && t.length <= 6 && !/\d/.test(t) ? t : undefined;
}

/** The values a verdict is about: targets, not 实际完成值. A value slid into the unit column counts. */
export function targetValues(ind: Indicator): IndicatorValue[] {
  const targets = ind.values.filter((v) => v.kind !== 'actual' && v.text.trim());
  if (targets.length === 0 && ind.unit && /\d/.test(ind.unit.text)) {
    return [{ kind: 'expected', header: '计算单位', text: ind.unit.text, cell: ind.unit.cell }];
  }
  return targets;
}

// Judgements by content. A re-check while the user types sees the same indicators again; judging
// them is the dearest part of a check, so a judgement is reused when everything it depends on — the
// texts, the category, and what each value may have been copied from — is unchanged. Only the cells
// differ between uses, so a hit is rebound to the new indicator.
const judgementCache = new WeakMap<VagueConfig, Map<string, IndicatorJudgement>>();
const JUDGEMENT_CACHE_LIMIT = 50_000;

function judgementKey(ind: Indicator, ctx: JudgeContext): string {
  const targets = targetValues(ind);
  return JSON.stringify([
    ind.name?.text ?? '',
    ctx.category ?? '',
    ind.explanation?.text ?? '',
    ind.formula?.text ?? '',
    ind.values.map((v) => [v.kind, v.text]),
    targets.map((v) => [v.kind, v.header, v.text, copySourceKey(textKey(v.text), ind, ctx) ?? '']),
  ]);
}

function rebind(j: IndicatorJudgement, ind: Indicator): IndicatorJudgement {
  const targets = targetValues(ind);
  const values = j.values.map((v, i) => ({ ...v, value: targets[i] }));
  const byOld = new Map(j.values.map((v, i) => [v, values[i]]));
  return { ...j, indicator: ind, values, groups: j.groups.map((g) => ({ ...g, values: g.values.map((v) => byOld.get(v) ?? v) })) };
}

export function judgeIndicator(ind: Indicator, ctx: JudgeContext): IndicatorJudgement {
  let cache = judgementCache.get(ctx.config);
  if (!cache) judgementCache.set(ctx.config, (cache = new Map()));
  const key = judgementKey(ind, ctx);
  const hit = cache.get(key);
  if (hit) return rebind(hit, ind);
  const judged = judgeIndicatorUncached(ind, ctx);
  if (cache.size >= JUDGEMENT_CACHE_LIMIT) cache.clear();
  cache.set(key, judged);
  return judged;
}

function judgeIndicatorUncached(ind: Indicator, ctx: JudgeContext): IndicatorJudgement {
  const cfg = ctx.config;
  const name = nameFacts(ind.name?.text ?? '', cfg);
  const targets = targetValues(ind);
  // Facts about the whole indicator, shared by its values: does any field define the ratio, or
  // mention a survey?
  const fields = [...ind.values.map((v) => v.text), ind.explanation?.text ?? '', ind.formula?.text ?? ''].filter(Boolean);
  const fieldFacts = fields.map((t) => analyse(t, cfg));
  const shared: Shared = {
    ratioDefined: fieldFacts.some((f) => f.formula) || !!(ind.formula && /[÷/]/.test(ind.formula.text)),
    survey: name.facts.survey || fieldFacts.some((f) => f.survey),
  };
  const values = targets.map((v) => judgeValue(v, ind, name, shared, ctx));
  if (values.length === 0) {
    const empty: FindingGroup = { verdict: 'vague', values: [], reasons: ['empty'], why: '', rewrites: [], suggestion: '' };
    const j: IndicatorJudgement = { indicator: ind, verdict: 'vague', reasons: ['empty'], values, groups: [empty], why: '', suggestion: '' };
    finishGroup(empty, j, name, ctx);
    j.why = empty.why;
    j.suggestion = empty.suggestion;
    return j;
  }
  const verdict = values.reduce<Verdict>((best, v) => (RANK[v.verdict] < RANK[best] ? v.verdict : best), 'vague');
  const j: IndicatorJudgement = {
    indicator: ind,
    verdict,
    reasons: sortReasons(values.flatMap((v) => (v.verdict === 'measurable' ? [] : v.reasons))),
    values,
    groups: [],
    why: '',
    suggestion: '',
  };
  for (const level of ['vague', 'weak'] as const) {
    const members = values.filter((v) => v.verdict === level);
    if (members.length === 0) continue;
    const group: FindingGroup = { verdict: level, values: members, reasons: sortReasons(members.flatMap((m) => m.reasons)), why: '', rewrites: [], suggestion: '' };
    finishGroup(group, j, name, ctx);
    j.groups.push(group);
  }
  j.why = j.groups[0]?.why ?? '';
  j.suggestion = j.groups[0]?.suggestion ?? '';
  return j;
}

function finishGroup(group: FindingGroup, j: IndicatorJudgement, name: NameFacts, ctx: JudgeContext): void {
  group.why = describeGroup(j, group);
  group.rewrites = suggestRewrites(j, group, name, ctx);
  group.suggestion = formatSuggestion(group.rewrites, j, group);
}

interface Shared {
  ratioDefined: boolean;
  survey: boolean;
}

type Hit = [Reason, Exclude<Verdict, 'measurable'>];

function judgeValue(value: IndicatorValue, ind: Indicator, name: NameFacts, shared: Shared, ctx: JudgeContext): ValueJudgement {
  const cfg = ctx.config;
  const f = analyse(value.text, cfg);
  const out = (verdict: Verdict, hits: Reason[], words: string[] = [], copiedFrom?: string): ValueJudgement => ({
    value,
    verdict,
    reasons: sortReasons(hits),
    words,
    copiedFrom,
    facts: f,
  });

  if (!f.text) return out('vague', ['empty']);
  if (cfg.acceptedPhrases.some((p) => f.text.includes(compact(p))) || cfg.accepted.some((re) => re.test(f.text))) return out('measurable', ['accepted']);
  const listed = cfg.vaguePhrases.filter((p) => f.text.includes(compact(p)));
  if (listed.length) return out('vague', ['listed-phrase'], listed);

  const hits: Hit[] = isQuantitative(f) ? quantitativeHits(f, ind, name, shared, ctx) : qualitativeHits(f, ind, name, ctx);
  const copied = hits.find(([r]) => r === 'copy-paste') ? copySource(f, ind, ctx) : undefined;
  const verdict: Verdict = hits.some(([, l]) => l === 'vague') ? 'vague' : hits.length ? 'weak' : 'measurable';
  // The reasons shown are those of the verdict's level: a vague value is not also "weak because…".
  const reasons = hits.filter(([, l]) => l === verdict).map(([r]) => r);
  const satisfaction = (ctx.category === 'satisfaction' || name.isSatisfaction) && !name.isCount;
  const words =
    reasons[0] === 'no-unit' ? (satisfaction ? ['%'] : [])
    : reasons.includes('by-plan') ? f.completion
    : reasons.includes('relative-word') ? [...f.relative, ...f.timeWords]
    : reasons.includes('vague-benchmark') && f.benchmarkWord ? [f.benchmarkWord]
    : reasons[0] === 'no-value' ? f.slogans
    : [];
  return out(verdict, reasons, words, copied);
}

function quantitativeHits(f: TextFacts, ind: Indicator, name: NameFacts, shared: Shared, ctx: JudgeContext): Hit[] {
  const hits: Hit[] = [];
  const cat = ctx.category;
  const satisfaction = (cat === 'satisfaction' || name.isSatisfaction) && !name.isCount;

  // A number alone: its meaning must come from a unit, the unit column or the name.
  const noUnit = f.bare && !unitColumn(ind) && f.quantities.length === 1 && f.quantities[0].unit === '';
  if (noUnit) {
    if (satisfaction) hits.push(['no-unit', 'vague']);
    else if (name.isRate || name.isCount) hits.push(['no-unit', 'weak']);
    else hits.push(['no-unit', 'vague']);
  }

  const pct = f.percent || (noUnit && unitColumn(ind) === '%');
  if (pct) {
    const defined =
      name.isRate ||
      f.rateNamed ||
      shared.ratioDefined ||
      (f.changeAmount && f.baseline) ||
      (name.isTask && f.quantities.every((q) => q.value === 100));
    if (name.isDegreeChange && !f.baseline) hits.push(['change-no-baseline', 'vague']);
    else if (f.changeAmount && !f.baseline) hits.push(['change-no-baseline', 'weak']);
    else if (!defined) hits.push(['percent-undefined', 'weak']);
  }

  if (satisfaction) {
    if (!(pct || f.score) && !noUnit) hits.push(['category-satisfaction', 'weak']);
    else if (pct && !(name.isSatisfaction || shared.survey || f.survey)) hits.push(['no-survey', 'weak']);
  }
  if (cat === 'timeliness' && !name.isCount) {
    const timed = f.date || f.timeLimit || f.schedule || name.facts.date || name.facts.timeLimit || (pct && (name.facts.timeRate || f.timeRate));
    if (!timed) hits.push(['category-timeliness', 'weak']);
  }
  if (cat === 'cost' || (name.facts.cost && /成本|单价/.test(name.facts.core))) {
    const costed = f.money || f.benchmark === 'named' || (pct && (name.facts.cost || f.cost));
    if (!costed) hits.push(['category-cost', 'weak']);
  }
  if (cat === 'quantity' && f.quantities.length === 0 && f.zeroDefect && !f.date && !f.schedule && !f.timeLimit) {
    hits.push(['category-quantity', 'weak']);
  }
  return hits;
}

function qualitativeHits(f: TextFacts, ind: Indicator, name: NameFacts, ctx: JudgeContext): Hit[] {
  // Checkable but under-specified: weak, not vague.
  if (f.benchmark === 'vague') return [['vague-benchmark', 'weak']];
  if (f.baseline && f.change) return [['direction-only', 'weak']];
  if (f.binary && f.relative.length === 0 && f.completion.length === 0) return [['binary', 'weak']];

  const hits: Hit[] = [];
  const key = textKey(f.text);
  if (repeatsName(key, name.key)) hits.push(['repeats-name', 'vague']);
  else if (copySourceKey(key, ind, ctx) !== undefined) hits.push(['copy-paste', 'vague']);
  if (f.method || f.metric || f.formula) hits.push(['describes-method', 'vague']);
  if (f.length > ctx.config.proseLength) hits.push(['prose', 'vague']);
  if (f.completion.length) hits.push(['by-plan', 'vague']);
  if (f.relative.length || f.timeWords.length) hits.push(['relative-word', 'vague']);
  hits.push(['no-value', 'vague']);
  return hits;
}

function repeatsName(valueKey: string, nameKey: string): boolean {
  if (!valueKey || !nameKey) return false;
  if (valueKey === nameKey) return true;
  // "全省首个网络安全宣传教育基地" under "建成全省首个网络安全宣传教育基地": the name, trimmed.
  if (valueKey.length >= 4 && nameKey.includes(valueKey) && valueKey.length >= nameKey.length * 0.6) return true;
  // The name with a word or two around it.
  return nameKey.length >= 4 && valueKey.includes(nameKey) && valueKey.length - nameKey.length <= 3;
}

/** Name and value keys of one table's indicators, built once per table so the copy check stays linear. */
interface SiblingIndex {
  byName: Map<string, Indicator[]>;
  byValue: Map<string, Indicator[]>;
}

const siblingIndexes = new WeakMap<readonly Indicator[], SiblingIndex>();
const goalKeyCache = new WeakMap<readonly string[], string[]>();

function siblingIndex(siblings: readonly Indicator[]): SiblingIndex {
  let index = siblingIndexes.get(siblings);
  if (index) return index;
  index = { byName: new Map(), byValue: new Map() };
  const add = (map: Map<string, Indicator[]>, key: string, ind: Indicator) => {
    const list = map.get(key);
    if (!list) map.set(key, [ind]);
    else if (list[list.length - 1] !== ind) list.push(ind);
  };
  for (const s of siblings) {
    if (!s.name) continue;
    add(index.byName, textKey(s.name.text), s);
    for (const v of s.values) add(index.byValue, textKey(v.text), s);
  }
  siblingIndexes.set(siblings, index);
  return index;
}

/** The sibling name, sibling value or goal text this value was copied from, if any. */
function copySourceKey(valueKey: string, self: Indicator, ctx: JudgeContext): string | undefined {
  if (valueKey.length < 4) return undefined;
  const index = siblingIndex(ctx.siblings ?? []);
  const other = (list: Indicator[] | undefined) => list?.find((s) => s !== self);
  const byName = other(index.byName.get(valueKey));
  if (byName) return byName.name!.text;
  // Identical prose in two indicators: one of them was pasted. Short values ("100%") repeat legitimately.
  if (valueKey.length >= 8) {
    const byValue = other(index.byValue.get(valueKey));
    if (byValue) return byValue.name!.text;
    const goals = ctx.goals ?? [];
    let keys = goalKeyCache.get(goals);
    if (!keys) goalKeyCache.set(goals, (keys = goals.map(textKey)));
    if (keys.some((g) => g.includes(valueKey))) return '绩效目标';
  }
  return undefined;
}

function copySource(f: TextFacts, ind: Indicator, ctx: JudgeContext): string | undefined {
  return copySourceKey(textKey(f.text), ind, ctx);
}

