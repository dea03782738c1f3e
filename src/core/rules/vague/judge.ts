// The verdict on one 三级 indicator: measurable, weak or vague, with reason codes, a sentence of
// why and a rewrite built from the indicator itself. Pure: an Indicator and a context in, a
// judgement out; the rules in index.ts only walk the form and shape findings.
//
// The whole row is read (row.ts): a comparator column, a unit column or a unit in the name
// ("营造林总面积(亩)", "抽验批次") make "≥" + "95" + "%" or "80000" one target, and 指标值类型 定性
// asks for a checkable standard rather than a number.
//
// measurable: at year end an outsider can decide "met or not" from the row alone: a number with
//   a unit or a defined percentage (a named rate, a completion rate of a countable action, a share
//   conforming to a named standard, a surveyed satisfaction), a date, deadline, time limit or
//   schedule, a zero-defect count, a named benchmark ("低于全省平均水平"), a checkable 定性 standard
//   ("验收合格", "符合《…》", 是/否 to a named question).
// weak: checkable, but under-specified: a percentage of nothing stated, a number whose unit is only
//   implied, a direction without an amount, a yes/no milestone, "相关要求", a value that does not
//   fit its category (a 时效指标 without any time).
// vague: nothing to check: no value, relative words, "按计划完成", a status ("已完成", "达成预期指标"),
//   the name or the method repeated, prose, a change with no baseline ("提升程度 ≥90%", "降低…40%"),
//   a percentage on something that cannot be counted ("维护社会稳定 ≥95%"), a bare number with no
//   unit anywhere in the row, a name that is only a category label.
// Relative words never demote a value that carries a target: "较上年提高5个百分点" is measurable.

import { Indicator, IndicatorValue } from '../../model';
import { CategoryIndex } from '../../profiles';
import { compact } from '../../parse/text';
import { analyse, isQuantitative, TextFacts, textKey } from './facts';
import type { VagueConfig } from './words';
import { describeGroup, UNIT_COLUMN_HEADER } from './messages';
import { vagueCatalogue } from './catalogue';
import { Msg, render } from '../../i18n/text';
import { Rewrite, suggestRewrites, formatSuggestion } from './rewrite';
import { composeTarget, RowFacts, rowFacts, unitBesideNumberInName, unitFromName } from './row';

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
  | 'uncountable-percent'
  | 'status'
  | 'no-subject'
  | 'no-unit'
  // weak
  | 'percent-undefined'
  | 'no-survey'
  | 'category-timeliness'
  | 'category-cost'
  | 'category-satisfaction'
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
  /** The target as the row states it when its columns split it ("≥" + "95" + "%" → "≥95%"). */
  composed?: string;
}

export interface FindingGroup {
  verdict: Exclude<Verdict, 'measurable'>;
  values: ValueJudgement[];
  reasons: Reason[];
  /** One sentence naming the indicator and the value, as a catalogue message. */
  message: Msg;
  /** The suggestion as a catalogue message (a rewrite, or what to add); none when nothing fits. */
  suggestionMessage?: Msg;
  /** `message` in Chinese. */
  why: string;
  rewrites: Rewrite[];
  /** `suggestionMessage` in Chinese ('' when none). */
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
  'empty', 'listed-phrase', 'repeats-name', 'copy-paste', 'no-subject', 'status', 'change-no-baseline', 'uncountable-percent', 'no-unit', 'describes-method', 'prose', 'by-plan',
  'relative-word', 'no-value', 'percent-undefined', 'no-survey', 'category-satisfaction', 'category-timeliness', 'category-cost',
  'vague-benchmark', 'direction-only', 'binary', 'accepted',
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
  /** The name asks for a change (提高/降低…) of something: a percentage on it is a change, not a level. */
  isChange: boolean;
  /** The name is an aspiration about something that cannot be counted ("维护社会稳定", "…齐抓共管"). */
  isUncountable: boolean;
  /** The name is only a category label or a number ("社会成本指标", "0"): it names nothing to measure. */
  isPlaceholder: boolean;
  /** The unit the name gives a bare number ("(亩)", "…批次", "…学时"). */
  unit?: string;
}

function isPlaceholderName(core: string): boolean {
  const bare = core.replace(/^指标\d*[:：]?/, '');
  if (!/[\u4e00-\u9fffA-Za-z]/.test(bare)) return true;
  // "社会成本指标", "经济效益指标": the 二级 category's own name in the 三级 column.
  return bare.length <= 10 && /^(?:[\u4e00-\u9fff]{0,4})(?:数量|质量|时效|成本|效益|影响|满意度)指标$/.test(bare);
}

const GENERIC_NAME_WORDS = /完成|情况|当期|年度|全年|本年|工作|任务|计划|执行|落实|实施|进度|比例|率|度|的/g;

// Names repeat across a form and across re-checks; their facts are cached per word list (bounded).
const nameFactCache = new WeakMap<VagueConfig, Map<string, NameFacts>>();

export function nameFacts(name: string, cfg: VagueConfig): NameFacts {
  let cache = nameFactCache.get(cfg);
  if (!cache) nameFactCache.set(cfg, (cache = new Map()));
  const hit = cache.get(name);
  if (hit) return hit;
  const facts = nameFactsUncached(name, cfg);
  if (cache.size >= 50_000) cache.clear();
  cache.set(name, facts);
  return facts;
}

function nameFactsUncached(name: string, cfg: VagueConfig): NameFacts {
  const facts = analyse(name, cfg);
  const core = facts.core;
  const endsWithAny = (words: readonly string[]) => words.some((w) => core.endsWith(w));
  const unit = unitFromName(name, cfg);
  // "工资发放准确性(%)": the name declares a percentage.
  // "农村饮水工程覆盖服务人口数" counts people, though it says 覆盖.
  const countEnding = endsWithAny(cfg.countNouns) || /人口数$|[^率]数$/.test(core);
  const rateWord =
    unit === '%' || (cfg.rateNouns.some((w) => core.includes(w)) && !cfg.notRateNouns.some((w) => core.endsWith(w)) && !(countEnding && !/率|比例|占比|比重/.test(core)));
  const satisfaction = cfg.satisfactionWords.some((w) => core.includes(w));
  // "市民对空气质量改善的满意程度" is a surveyed level, not a degree of change.
  const degree = !satisfaction && cfg.degreeNouns.some((d) => core.includes(d)) && cfg.changeVerbs.some((v) => core.includes(v));
  // "宣传任务完成 100%" is a completion rate of something named; "完成情况 100%" names nothing.
  const task = cfg.completionNameWords.some((w) => core.includes(w)) && core.replace(GENERIC_NAME_WORDS, '').length >= 2;
  return {
    text: name,
    key: textKey(name),
    facts,
    isRate: rateWord,
    isDegreeChange: degree,
    isCount: !rateWord && (endsWithAny(cfg.countNouns) || !!unit),
    isPlaceholder: isPlaceholderName(core),
    isSatisfaction: satisfaction,
    isTask: task,
    isChange: !rateWord && !satisfaction && cfg.directedChangeVerbs.some((v) => core.includes(v)),
    isUncountable:
      !rateWord && !satisfaction && !unit &&
      (cfg.evaluativeNameWords.some((w) => core.includes(w)) ||
        (!task && (cfg.aspirationVerbs.some((v) => (core.startsWith(v) && !core.startsWith(`${v}性`)) || core.includes(`，${v}`) || core.includes(`,${v}`)) || endsWithAny(cfg.uncountableNouns)))),
    unit,
  };
}

/** The category kind of an indicator, from its 二级 (or 一级) name as the profile reads it. */
export function categoryKind(ind: Pick<Indicator, 'level1' | 'level2'>, categories?: CategoryIndex): CategoryKind | undefined {
  // A 二级 we cannot place ("数量、质量、时效、成本方面的指标") says nothing; try the 一级.
  return cellKind(ind.level2, categories) ?? cellKind(ind.level1, categories);
}

function cellKind(cell: Indicator['level1'], categories?: CategoryIndex): CategoryKind | undefined {
  if (!cell?.text.trim()) return undefined;
  const match = categories?.match(cell.text) ?? (cell.code ? categories?.byCode(cell.code) : undefined);
  const name = match ? (match.level === 2 ? match.level2.name : match.level1.name) : cell.text;
  return kindOfName(name);
}

// Category names are few and asked for once per 三级 row: their kinds are kept (bounded).
const kindCache = new Map<string, CategoryKind | undefined>();

function kindOfName(name: string): CategoryKind | undefined {
  const hit = kindCache.get(name);
  if (hit !== undefined || kindCache.has(name)) return hit;
  const kind = kindOfNameUncached(name);
  if (kindCache.size >= 10_000) kindCache.clear();
  kindCache.set(name, kind);
  return kind;
}

function kindOfNameUncached(name: string): CategoryKind | undefined {
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

const isTarget = (v: IndicatorValue) => v.kind !== 'actual' && v.text.trim() !== '';

/** The values a verdict is about: targets, not 实际完成值. A value slid into the unit column counts. */
export function targetValues(ind: Indicator): IndicatorValue[] {
  const targets: IndicatorValue[] = [];
  for (const v of ind.values) if (isTarget(v)) targets.push(v);
  if (targets.length === 0 && ind.unit && /\d/.test(ind.unit.text)) {
    return [{ kind: 'expected', header: UNIT_COLUMN_HEADER, text: ind.unit.text, cell: ind.unit.cell }];
  }
  return targets;
}

// Judgements by content. A re-check while the user types sees the same indicators again; judging
// them is the dearest part of a check, so a judgement is reused when everything it depends on — the
// texts, the category, and what each value may have been copied from — is unchanged. Only the cells
// differ between uses, so a hit is rebound to the new indicator.
//
// The cache is keyed by the indicator's name, each entry holding the other dependencies as a flat
// list compared item by item: a key string built from every field (JSON of the whole row) cost more
// than the judging it saved on a 10,000-row form.
interface CachedJudgement {
  name: string;
  deps: string[];
  judgement: IndicatorJudgement;
}
const judgementCache = new WeakMap<VagueConfig, { byName: Map<string, CachedJudgement[]>; size: number }>();
const JUDGEMENT_CACHE_LIMIT = 50_000;
/** Entries kept per name: a name typed under many categories or with many targets stays bounded. */
const ENTRIES_PER_NAME = 8;

/**
 * Everything a judgement depends on besides the name, in one fixed order, written into `out`. One
 * function serves both the list stored and the list compared, so the two cannot drift apart.
 */
function collectDeps(ind: Indicator, targets: IndicatorValue[] | undefined, ctx: JudgeContext, out: string[]): string[] {
  // Written by index, the length set once at the end: `out.length = 0` then push would free and
  // regrow the scratch list's storage on every lookup (2 MB of garbage per 10,000-row check).
  let n = 0;
  out[n++] = ctx.category ?? '';
  out[n++] = ind.explanation?.text ?? '';
  out[n++] = ind.formula?.text ?? '';
  out[n++] = ind.comparator?.text ?? '';
  out[n++] = ind.unit?.text ?? '';
  out[n++] = ind.valueType?.text ?? '';
  out[n++] = countText(ind.values.length);
  for (const v of ind.values) {
    out[n++] = v.kind;
    out[n++] = v.text;
  }
  // The targets as targetValues lists them; read from the row without building that list when it is
  // not given (a cache hit needs none).
  if (!targets) {
    let count = 0;
    for (const v of ind.values) if (isTarget(v)) count++;
    if (count === 0) targets = targetValues(ind);
    else {
      out[n++] = countText(count);
      for (const v of ind.values) if (isTarget(v)) n = pushTargetDeps(v, ind, ctx, out, n);
      out.length = n;
      return out;
    }
  }
  out[n++] = countText(targets.length);
  for (const v of targets) n = pushTargetDeps(v, ind, ctx, out, n);
  out.length = n;
  return out;
}

function pushTargetDeps(v: IndicatorValue, ind: Indicator, ctx: JudgeContext, out: string[], n: number): number {
  out[n++] = v.kind;
  out[n++] = v.header;
  out[n++] = v.text;
  out[n++] = copySourceKey(textKey(v.text), ind, ctx) ?? '';
  return n;
}

const COUNT_TEXTS = Array.from({ length: 16 }, (_, n) => String(n));
const countText = (n: number) => (n < COUNT_TEXTS.length ? COUNT_TEXTS[n] : String(n));

// Reused for every lookup: comparing against a cached entry builds no list.
const scratchDeps: string[] = [];

function sameDeps(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a cached judgement points at until it is bound to a row (never returned to a caller). */
const UNBOUND_INDICATOR: Indicator = { row: -1, level1: null, level2: null, name: null, values: [], source: 'table' };

function rebind(j: IndicatorJudgement, ind: Indicator, targets: IndicatorValue[]): IndicatorJudgement {
  const values = j.values.map((v, i) => ({ ...v, value: targets[i] }));
  const rebound = (v: ValueJudgement) => {
    const i = j.values.indexOf(v);
    return i >= 0 ? values[i] : v;
  };
  return { ...j, indicator: ind, values, groups: j.groups.map((g) => ({ ...g, values: g.values.map(rebound) })) };
}

export function judgeIndicator(ind: Indicator, ctx: JudgeContext): IndicatorJudgement {
  return bindJudgement(lookUpJudgement(ind, ctx), ind);
}

/**
 * The cached judgement becomes this indicator's own: its verdicts, reasons and sentences already are,
 * its cells are bound here. The form's walk binds only the judgements a finding needs; on a large
 * form that is a few of them, and rebinding the rest was most of what a warm check allocated.
 */
export function bindJudgement(found: IndicatorJudgement, ind: Indicator): IndicatorJudgement {
  return found.indicator === ind ? found : rebind(found, ind, targetValues(ind));
}

/**
 * A judgement of the indicator whose verdicts, reasons and sentences are this indicator's, but which
 * may still point at the cells of an earlier, equal indicator (a cache hit): bindJudgement makes it
 * this indicator's own.
 */
export function lookUpJudgement(ind: Indicator, ctx: JudgeContext, position?: number): IndicatorJudgement {
  let cache = judgementCache.get(ctx.config);
  if (!cache) judgementCache.set(ctx.config, (cache = { byName: new Map(), size: 0 }));
  const name = ind.name?.text ?? '';
  // The row at this position of a table with these names last time: usually the same row again, and
  // read by position rather than by hashing the name into a map as large as the form.
  const slots = position !== undefined && ctx.siblings?.[position] === ind ? positionSlots(ctx.siblings, ctx.config) : undefined;
  const last = slots?.[position!];
  if (last && last.name === name && sameDeps(last.deps, collectDeps(ind, undefined, ctx, scratchDeps))) return last.judgement;
  const entries = cache.byName.get(name);
  if (entries) {
    const deps = collectDeps(ind, undefined, ctx, scratchDeps);
    for (const e of entries) {
      if (!sameDeps(e.deps, deps)) continue;
      if (slots) slots[position!] = e;
      return e.judgement;
    }
  }
  const deps = collectDeps(ind, targetValues(ind), ctx, []);
  const judged = judgeIndicatorUncached(ind, ctx);
  if (cache.size >= JUDGEMENT_CACHE_LIMIT) {
    cache.byName.clear();
    cache.size = 0;
  }
  // The cache keeps the judgement unbound: holding this check's indicator (its cells, values and
  // category cells) for every cached row made each warm check's garbage collections mark far more.
  const entry: CachedJudgement = { name, deps, judgement: rebind(judged, UNBOUND_INDICATOR, []) };
  if (slots) slots[position!] = entry;
  const list = cache.byName.get(name);
  if (!list) cache.byName.set(name, [entry]);
  else {
    if (list.length >= ENTRIES_PER_NAME) {
      list.shift();
      cache.size--;
    }
    list.push(entry);
  }
  cache.size++;
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
    row: rowFacts(ind, cfg),
    ratioDefined: fieldFacts.some((f) => f.formula) || !!(ind.formula && /[÷/]/.test(ind.formula.text)),
    survey: name.facts.survey || fieldFacts.some((f) => f.survey),
  };
  const values = targets.map((v) => judgeValue(v, ind, name, shared, ctx));
  if (values.length === 0) {
    const empty: FindingGroup = { verdict: 'vague', values: [], reasons: ['empty'], message: EMPTY, why: '', rewrites: [], suggestion: '' };
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
    const group: FindingGroup = { verdict: level, values: members, reasons: sortReasons(members.flatMap((m) => m.reasons)), message: EMPTY, why: '', rewrites: [], suggestion: '' };
    finishGroup(group, j, name, ctx);
    j.groups.push(group);
  }
  j.why = j.groups[0]?.why ?? '';
  j.suggestion = j.groups[0]?.suggestion ?? '';
  return j;
}

// A placeholder until finishGroup composes the group's sentence.
const EMPTY: Msg = { id: 'vague.why.empty' };

function finishGroup(group: FindingGroup, j: IndicatorJudgement, name: NameFacts, ctx: JudgeContext): void {
  group.message = describeGroup(j, group);
  group.why = render(group.message, 'zh', vagueCatalogue);
  const suggestion = suggestRewrites(j, group, name, ctx);
  group.rewrites = suggestion.rewrites;
  const formatted = formatSuggestion(suggestion, j, group);
  if (formatted) group.suggestionMessage = formatted;
  group.suggestion = formatted ? render(formatted, 'zh', vagueCatalogue) : '';
}

interface Shared {
  row: RowFacts;
  ratioDefined: boolean;
  survey: boolean;
}

type Hit = [Reason, Exclude<Verdict, 'measurable'>];

function judgeValue(value: IndicatorValue, ind: Indicator, name: NameFacts, shared: Shared, ctx: JudgeContext): ValueJudgement {
  const cfg = ctx.config;
  const beside = shared.row.unit ? undefined : unitBesideNumberInName(name.text, value.text, cfg);
  const target = composeTarget(value.text, beside ? { ...shared.row, unit: beside } : shared.row);
  const f = analyse(target, cfg);
  const out = (verdict: Verdict, hits: Reason[], words: string[] = [], copiedFrom?: string): ValueJudgement => ({
    value,
    verdict,
    reasons: sortReasons(hits),
    words,
    copiedFrom,
    facts: f,
    ...(target !== value.text ? { composed: target } : {}),
  });

  if (!f.text) return out('vague', ['empty']);
  if (cfg.acceptedPhrases.some((p) => f.text.includes(compact(p))) || cfg.accepted.some((re) => re.test(f.text))) return out('measurable', ['accepted']);
  const listed = cfg.vaguePhrases.filter((p) => f.text.includes(compact(p)));
  if (listed.length) return out('vague', ['listed-phrase'], listed);

  // "本项目不适用此指标" → "无": nothing is promised, nothing to judge.
  if (f.quantities.length === 0 && cfg.notApplicable.some((re) => re.test(name.facts.core) || re.test(f.core))) return out('measurable', []);
  if (name.isPlaceholder) return out('vague', ['no-subject']);
  const hits: Hit[] = isQuantitative(f) ? quantitativeHits(f, name, shared, ctx) : qualitativeHits(f, ind, name, shared, ctx);
  const copied = hits.find(([r]) => r === 'copy-paste') ? copySource(f, ind, ctx) : undefined;
  const verdict: Verdict = hits.some(([, l]) => l === 'vague') ? 'vague' : hits.length ? 'weak' : 'measurable';
  // The reasons shown are those of the verdict's level: a vague value is not also "weak because…".
  const reasons = hits.filter(([, l]) => l === verdict).map(([r]) => r);
  const satisfaction = (ctx.category === 'satisfaction' || name.isSatisfaction) && !name.isCount;
  const words =
    reasons[0] === 'no-unit' ? (satisfaction ? ['%'] : [])
    : reasons[0] === 'change-no-baseline' ? [...ctx.config.changeVerbs.filter((v) => name.facts.core.includes(v)).slice(0, 1)]
    : reasons.includes('by-plan') ? f.completion
    : reasons.includes('relative-word') ? [...f.relative, ...f.timeWords]
    : reasons.includes('vague-benchmark') && f.benchmarkWord ? [f.benchmarkWord]
    : reasons[0] === 'no-value' ? f.slogans
    : [];
  return out(verdict, reasons, words, copied);
}

function quantitativeHits(f: TextFacts, name: NameFacts, shared: Shared, ctx: JudgeContext): Hit[] {
  const hits: Hit[] = [];
  const cat = ctx.category;
  const satisfaction = (cat === 'satisfaction' || name.isSatisfaction) && !name.isCount;

  // A number alone: its meaning must come from a unit, in the value, the unit column or the name
  // (composeTarget has already appended a unit the row gives).
  const noUnit = f.bare && f.quantities.length === 1 && f.quantities[0].unit === '' && f.quantities[0].value === f.quantities[0].written;
  if (noUnit) {
    if (satisfaction) hits.push(['no-unit', 'vague']);
    else if (name.isRate || name.isCount) hits.push(['no-unit', 'weak']);
    else hits.push(['no-unit', 'vague']);
  }

  const pct = f.percent;
  const defined =
    pct &&
    (name.isRate ||
      f.rateNamed ||
      shared.ratioDefined ||
      (f.changeAmount && f.baseline) ||
      name.isTask ||
      name.isSatisfaction ||
      // "及时给予治疗 100%": an action done on time, a rate of on-time actions.
      /及时|按时|准时|按期|如期/.test(name.facts.core) ||
      // "质量符合国家标准 100%", "按照物价部门定价标准采购 100%": the share that conforms to a named standard.
      conformsToNamedStandard(name.facts.core));
  if (pct) {
    // A change needs something to change from; "提升程度 ≥90%" and "降低…发生 40%" have nothing.
    if ((name.isDegreeChange || name.isChange || f.changeAmount) && !f.baseline) {
      hits.push(['change-no-baseline', 'vague']);
    } else if (!defined && name.isUncountable) hits.push(['uncountable-percent', 'vague']);
    else if (!defined) hits.push(['percent-undefined', 'weak']);
  } else if (f.changeAmount && !f.baseline) {
    hits.push(['change-no-baseline', 'vague']);
  }

  if (satisfaction) {
    if (!(pct || f.score) && !noUnit) hits.push(['category-satisfaction', 'weak']);
    else if (pct && !(name.isSatisfaction || shared.survey || f.survey)) hits.push(['no-survey', 'weak']);
  }
  const definedRate = defined && !name.isSatisfaction;
  if (cat === 'timeliness' && !name.isCount && !definedRate) {
    const timed = f.date || f.timeLimit || f.schedule || name.facts.date || name.facts.timeLimit || (pct && (name.facts.timeRate || f.timeRate));
    if (!timed) hits.push(['category-timeliness', 'weak']);
  }
  if ((cat === 'cost' || (name.facts.cost && /成本|单价/.test(name.facts.core))) && !definedRate) {
    // "250万" under a cost indicator is an amount: the scale says so.
    const scaled = f.quantities.some((q) => q.unit === '' && q.value !== q.written);
    const costed = f.money || scaled || /元/.test(name.unit ?? '') || f.benchmark === 'named' || (pct && (name.facts.cost || f.cost));
    if (!costed) hits.push(['category-cost', 'weak']);
  }
  return hits;
}

function conformsToNamedStandard(core: string): boolean {
  const m = /(?:符合|按照|依照|依据|执行|达到)([\u4e00-\u9fff《》]{0,12}?)(?:标准|规范|规定)/.exec(core);
  return !!m && !/相关|有关|上级|一定/.test(m[1]);
}

function qualitativeHits(f: TextFacts, ind: Indicator, name: NameFacts, shared: Shared, ctx: JudgeContext): Hit[] {
  // A status ("已完成", "达成预期指标") reports instead of setting a target.
  if (f.status) return [['status', 'vague']];
  // A checkable standard: "验收合格", "符合《…》", "达到国家二级标准", or 是/否 to a named question.
  if (f.checkable && f.relative.length === 0) return [];
  // "验收 → 通过", "年度审计 → 合格": a pass under a named check.
  if (/^(?:通过|合格)$/.test(f.core) && /验收|评审|审计|考核|检查|检测|评估|鉴定|审核|复核|抽检|抽查/.test(name.facts.core)) return [];
  // Checkable but under-specified: weak, not vague.
  if (f.benchmark === 'vague') return [['vague-benchmark', 'weak']];
  if (f.baseline && f.change) return [['direction-only', 'weak']];
  // A yes/no milestone ("建成并投入使用") is what a row declared 定性 asks for: checkable as it stands.
  if (f.binary && f.relative.length === 0 && f.completion.length === 0) return shared.row.qualitative ? [] : [['binary', 'weak']];

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
  byName: NameIndex;
  /** Built on the first value long enough to ask it (most targets are short: "≥95%"). */
  byValue?: Map<string, Indicator | Indicator[]>;
}

/**
 * The name keys of a table by the rows' positions. It depends only on the names, so a re-check of
 * the same table (the pane after each edit, a 10,000-row form) reuses it once the names are seen to
 * be the same, rather than hashing every name again. Positions, not indicators: the indicators are
 * this check's, the positions hold for any table with these names.
 */
interface NameIndex {
  names: Array<string | undefined>;
  // One position, or several in table order: most keys belong to one row, and a table of 10,000
  // rows then holds no 10,000 one-item lists.
  byKey: Map<string, number | number[]>;
  /** Judgement cache entries by row position, for one word list (see positionSlots). */
  slots?: Array<CachedJudgement | undefined>;
  slotsConfig?: VagueConfig;
}

const siblingIndexes = new WeakMap<readonly Indicator[], SiblingIndex>();
const goalKeyCache = new WeakMap<readonly string[], string[]>();
/** The last tables' name indexes, most recent last (a form has a few tables). */
const recentNameIndexes: NameIndex[] = [];
const RECENT_NAME_INDEXES = 8;

/**
 * The cache entries found for a table's rows, by position, kept with the table's name index: a
 * re-check of a table with the same names finds each row's entry where it was.
 */
function positionSlots(siblings: readonly Indicator[], config: VagueConfig): Array<CachedJudgement | undefined> {
  const names = siblingIndex(siblings).byName;
  if (names.slotsConfig !== config || !names.slots) {
    names.slotsConfig = config;
    names.slots = new Array<CachedJudgement | undefined>(names.names.length);
  }
  return names.slots;
}

function siblingIndex(siblings: readonly Indicator[]): SiblingIndex {
  let index = siblingIndexes.get(siblings);
  if (index) return index;
  index = { byName: nameIndex(siblings) };
  siblingIndexes.set(siblings, index);
  return index;
}

function nameIndex(siblings: readonly Indicator[]): NameIndex {
  for (const known of recentNameIndexes) if (sameNames(known.names, siblings)) return known;
  const names = siblings.map((s) => s.name?.text);
  const byKey = new Map<string, number | number[]>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name === undefined) continue;
    const key = textKey(name);
    const held = byKey.get(key);
    if (held === undefined) byKey.set(key, i);
    else if (typeof held === 'number') byKey.set(key, [held, i]);
    else held.push(i);
  }
  const index = { names, byKey };
  if (recentNameIndexes.length >= RECENT_NAME_INDEXES) recentNameIndexes.shift();
  recentNameIndexes.push(index);
  return index;
}

function sameNames(names: ReadonlyArray<string | undefined>, siblings: readonly Indicator[]): boolean {
  if (names.length !== siblings.length) return false;
  for (let i = 0; i < names.length; i++) if (names[i] !== siblings[i].name?.text) return false;
  return true;
}

function siblingValues(siblings: readonly Indicator[], index: SiblingIndex): Map<string, Indicator | Indicator[]> {
  if (index.byValue) return index.byValue;
  const byValue = new Map<string, Indicator | Indicator[]>();
  for (const s of siblings) {
    if (!s.name) continue;
    for (const v of s.values) addSibling(byValue, textKey(v.text), s);
  }
  return (index.byValue = byValue);
}

function addSibling(map: Map<string, Indicator | Indicator[]>, key: string, ind: Indicator): void {
  const held = map.get(key);
  if (!held) map.set(key, ind);
  else if (!Array.isArray(held)) {
    if (held !== ind) map.set(key, [held, ind]);
  } else if (held[held.length - 1] !== ind) held.push(ind);
}

/** The first of the indicators held under a key that is not `self`. */
function otherThan(self: Indicator, held: Indicator | Indicator[] | undefined): Indicator | undefined {
  if (!Array.isArray(held)) return held !== self ? held : undefined;
  for (const s of held) if (s !== self) return s;
  return undefined;
}

/** The first of the rows at the positions held under a name key that is not `self`. */
function otherNamed(self: Indicator, held: number | number[] | undefined, siblings: readonly Indicator[]): Indicator | undefined {
  if (held === undefined) return undefined;
  if (typeof held === 'number') return siblings[held] !== self ? siblings[held] : undefined;
  for (const i of held) if (siblings[i] !== self) return siblings[i];
  return undefined;
}

/** The sibling name, sibling value or goal text this value was copied from, if any. */
function copySourceKey(valueKey: string, self: Indicator, ctx: JudgeContext): string | undefined {
  if (valueKey.length < 4) return undefined;
  const siblings = ctx.siblings ?? [];
  const index = siblingIndex(siblings);
  const byName = otherNamed(self, index.byName.byKey.get(valueKey), siblings);
  if (byName) return byName.name!.text;
  // Identical prose in two indicators: one of them was pasted. Short values ("100%") repeat legitimately.
  if (valueKey.length >= 8) {
    const byValue = otherThan(self, siblingValues(siblings, index).get(valueKey));
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

