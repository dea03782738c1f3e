// What one piece of target text says, as plain facts: its quantities, dates, deadlines, schedules,
// benchmarks and the words that make it relative. judge.ts decides the verdict from these facts;
// keeping the two apart lets each be tested on its own.

import { compact } from '../../parse/text';
import { parseQuantities, Quantity } from '../../parse/quantity';
import type { VagueConfig } from './words';

export interface TextFacts {
  /** NFKC, no spaces, "\geq" as ≥, no trailing punctuation. */
  text: string;
  /** `text` without book titles, set phrases and formula tails: what the checks read. */
  core: string;
  /** Quantities that are targets (years, ordinals and document numbers dropped). */
  quantities: Quantity[];
  /** The whole value is a comparator and a number: "1", "≥90", "2". */
  bare: boolean;
  /** Every quantity is a percentage ("%", "‰", "个百分点"). */
  percent: boolean;
  money: boolean;
  /** A score ("85分"). */
  score: boolean;
  /** A calendar date or deadline: "2024年12月31日前", "12月中旬", "年内". */
  date: boolean;
  /** A time limit: "5个工作日", "24小时内", "1个季度内". */
  timeLimit: boolean;
  /** A schedule: "每月", "每周一、周三", "工作日每日". */
  schedule: boolean;
  /** A zero-defect target in words: "无重大差错", "零投诉". */
  zeroDefect: boolean;
  /** "低于全省平均水平" is named; "达到相关出版要求" is vague. */
  benchmark?: 'named' | 'vague';
  benchmarkWord?: string;
  /** A base for a change: "较上年", "同比", "年增". */
  baseline: boolean;
  /** A change verb in the text. */
  change: boolean;
  /** The number is the size of a change: "提升5%", "增长10个百分点". */
  changeAmount: boolean;
  /** A formula: "÷", "…*100%", "占…的百分比". */
  formula: boolean;
  /** The text names a ratio right before its number: "上画率达95%", "满意度达90%". */
  rateNamed: boolean;
  survey: boolean;
  relative: string[];
  slogans: string[];
  timeWords: string[];
  completion: string[];
  binary: boolean;
  /** The value reports a status instead of setting a target: "已完成", "达成预期指标". */
  status: boolean;
  /** The value names a standard that can be checked: "验收合格", "符合《…》", "达到国家二级标准", "是". */
  checkable: boolean;
  /** The whole value names a method: "调查问卷", "行业标准". */
  method: boolean;
  /** The value names a metric instead of a target: "学习资料的编印期数", "舆论态势情况". */
  metric: boolean;
  /** Time-rate words ("及时", "按时", "时效"). */
  timeRate: boolean;
  cost: boolean;
  length: number;
}

const TITLE = /《[^》]{0,40}》/g;
const FORMULA_TAIL = /[*×xX]\s*100\s*%/g;
const TRAILING = /[。．.;；,，、:：\s]+$/;

/** Normalised text as the checks read it. */
export function normalizeValue(text: string): string {
  return compact(text).replace(/\\geq?/g, '≥').replace(/\\leq?/g, '≤').replace(TRAILING, '');
}

/** A key for "is this the same text": no punctuation, quotes, brackets or spaces. */
// Keys are asked for the same texts many times per check (names, values, siblings); a small
// bounded cache keeps that from showing in a re-check while the user types.
const keyCache = new Map<string, string>();

export function textKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = compact(text).replace(/[\p{P}\p{S}]/gu, '');
    // As large as the other text caches: a 20,000-row form must not clear it on every check.
    if (keyCache.size >= 50_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');

interface Patterns {
  zeroDefect: RegExp;
  namedBenchmark: RegExp | null;
  vagueBenchmark: RegExp | null;
  changeAmount: RegExp | null;
  rateNamed: RegExp | null;
}

const compiled = new WeakMap<VagueConfig, Patterns>();

function patterns(cfg: VagueConfig): Patterns {
  const hit = compiled.get(cfg);
  if (hit) return hit;
  const p: Patterns = {
    zeroDefect: new RegExp(`(?:^|[^\\u4e00-\\u9fff]|确保|保证|实现|做到|全年|内容|安全|播出|均|且)(?:无|零|未发生|不发生|杜绝)(?!法|论|需|缝|疑|偿|形)[\\u4e00-\\u9fff]{0,6}?(?:${alt(cfg.zeroDefectObjects)})`),
    namedBenchmark:
      cfg.benchmarkComparators.length && cfg.benchmarkScopes.length && cfg.benchmarkNouns.length
        ? new RegExp(`(?:${alt(cfg.benchmarkComparators)})[\\u4e00-\\u9fff]{0,4}?(?:${alt(cfg.benchmarkScopes)})[\\u4e00-\\u9fff]{0,8}?(?:${alt(cfg.benchmarkNouns)})`)
        : null,
    vagueBenchmark:
      cfg.vagueBenchmarkWords.length && cfg.vagueBenchmarkNouns.length
        ? new RegExp(`(?:达到|符合|满足|执行|不低于|不超过|优于)[\\u4e00-\\u9fff]{0,4}?(?:${alt(cfg.vagueBenchmarkWords)})[\\u4e00-\\u9fff]{0,6}?(?:${alt(cfg.vagueBenchmarkNouns)})`)
        : null,
    changeAmount: cfg.changeVerbs.length
      ? new RegExp(`(?:${alt(cfg.changeVerbs)})了?(?:幅度|比例)?(?:达到|达|为|超过|不低于|不少于|≥|>)?\\d+(?:\\.\\d+)?(?:%|‰|个?百分点)`)
      : null,
    rateNamed: cfg.rateNouns.length
      ? new RegExp(`(${alt(cfg.rateNouns)})(?:均|要)?(?:达到|达|为|在|保持|不低于|不少于|超过|高于|≥|>=|>|不高于|低于|≤|<)?\\d`, 'g')
      : null,
  };
  compiled.set(cfg, p);
  return p;
}

// Calendar dates and deadlines. Chinese month numerals are rare in targets but cheap to accept.
const MONTH = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月';
const DATE = new RegExp(
  [
    `\\d{4}年(?:${MONTH})?(?:\\d{1,2}日)?(?:底|末|内)`,
    `\\d{4}年${MONTH}`,
    `${MONTH}\\d{1,2}日`,
    `${MONTH}(?:底|末|初|中旬|上旬|下旬|份?(?:前|之前|以前))`,
    '(?:年内|年底前|年末前|年底|年度内|当年内|当年度?|本年度?内?|上半年|下半年)',
    // "第四季度", "三季度末": a quarter is a date too.
    '(?:第)?[一二三四1-4]季度',
    // "2023.07-2024.01", "2024-12-31", "2024/6/30": dates as spreadsheets write them.
    '(?<![\\d.])(?:19|20)\\d{2}[.\\-/](?:0?[1-9]|1[0-2])(?![\\d万亿元%])',
  ].join('|'),
);
const DATE_STRIP = new RegExp(`(?<![\\d.])(?:19|20)\\d{2}[.\\-/](?:0?[1-9]|1[0-2])(?:[.\\-/]\\d{1,2})?(?![\\d万亿元%])|\\d{4}年(?:${MONTH})?(?:\\d{1,2}日)?|${MONTH}\\d{1,2}日|${MONTH}(?=底|末|初|中旬|上旬|下旬|份|前|之前|以前)`, 'g');
const DURATION_UNITS = new Set(['年', '个年度', '周年', '个工作日', '工作日', '个季度', '季度', '个小时', '小时', '分钟', '天', '日', '周', '个月', '月']);
const TIME_LIMIT = /(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)个?(?:工作日|自然日|日|天|小时|分钟|周|星期|月|季度)(?:内|以内|之内|前)/;
const SCHEDULE = /\d+(?:次|场|期|批|回|篇|条)?\/(?:年|季度?|月|周|旬|天|日)|每(?:个)?(?:年|季度?|月|周|星期|旬|天|日|工作日)|按(?:月|季|周|日)(?:度)?(?!计划)|工作日每日|周[一二三四五六日天](?:[、和及]周[一二三四五六日天])+/;
const BARE = /^(?:≥|≤|>=|<=|>|<|=|约|达到|达|不少于|不低于|不高于|不超过|大于|小于|低于|高于|超过)?\d+(?:\.\d+)?(?:以上|以下|及以上|及以下|左右)?$/;

// The pane re-checks as the user types: most cells are unchanged, so facts are cached per word
// list and text. Bounded, because a hostile sheet can hold any number of distinct texts.
const factCache = new WeakMap<VagueConfig, Map<string, TextFacts>>();
// Large enough for a 20,000-row form's names and values, so a re-check while typing stays warm.
const CACHE_LIMIT = 50_000;

/** Analyses one target value (or a name) into facts. The result is shared: do not mutate it. */
export function analyse(raw: string, cfg: VagueConfig): TextFacts {
  let cache = factCache.get(cfg);
  if (!cache) factCache.set(cfg, (cache = new Map()));
  const hit = cache.get(raw);
  if (hit) return hit;
  const facts = analyseUncached(raw, cfg);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, facts);
  return facts;
}

// No target is longer than this; a pasted essay is judged on its opening.
const MAX_LENGTH = 2000;

function analyseUncached(raw: string, cfg: VagueConfig): TextFacts {
  const text = normalizeValue(raw.length > MAX_LENGTH ? raw.slice(0, MAX_LENGTH) : raw);
  let core = text.replace(TITLE, '书名');
  for (const p of cfg.setPhrases) if (p) core = core.split(p).join('·');
  const formula = /[÷×]|[*xX×]\s*100\s*%|\/[^/]{1,30}[)）]?\s*[*×]|百分比|比值/.test(core);
  core = core.replace(FORMULA_TAIL, '');
  const p = patterns(cfg);

  const date = DATE.test(core);
  const forQuantities = core.replace(DATE_STRIP, '·');
  const all = parseQuantities(forQuantities, { chineseNumerals: core.length <= 30 });
  // Years are dates, not amounts; "14号" and "第五届" are identifiers.
  // "万人" alone is a unit without its number: the numeral reader takes 万 for a numeral.
  const quantities = all.filter(
    (q) => !/^[号届版]/.test(q.unit) && !(q.unit.startsWith('年') && q.value >= 1900 && q.value <= 2100) && !/^[万亿]/.test(q.raw),
  );
  const isPct = (q: Quantity) => q.unit === '%' || q.unit === '‰' || /百分点$/.test(q.unit);
  const timeLimit = TIME_LIMIT.test(core) || quantities.some((q) => DURATION_UNITS.has(q.unit) && !/^[月日]$/.test(q.unit));
  const named = p.namedBenchmark?.exec(core);
  const vagueBm = named ? null : p.vagueBenchmark?.exec(core);
  const has = (words: readonly string[]) => words.filter((w) => w && core.includes(w));
  const slogans = longest(has(cfg.sloganWords));
  // Relative words inside a slogan ("深入" in "深入人心") are the slogan's, not words of their own.
  const unsloganed = slogans.reduce((t, w) => t.split(w).join('·'), core);
  const relative = longest(cfg.relativeWords.filter((w) => w && unsloganed.includes(w)));
  // "按推荐书目计划完成", "按年度计划": 按 … 计划 with words between.
  const byPlan = /按(?:照)?[\u4e00-\u9fff]{1,6}?(?:计划|要求|约定|规定|部署)/.exec(core);
  const completion = longest([...has(cfg.completionPhrases), ...(byPlan ? [byPlan[0]] : [])]);

  return {
    text,
    core,
    quantities,
    bare: BARE.test(core),
    percent: quantities.length > 0 && quantities.every(isPct),
    money: quantities.some((q) => /元/.test(q.unit)),
    score: quantities.some((q) => q.unit === '分'),
    date,
    timeLimit,
    schedule: SCHEDULE.test(core),
    zeroDefect: p.zeroDefect.test(core),
    benchmark: named ? 'named' : vagueBm ? 'vague' : undefined,
    benchmarkWord: (named ?? vagueBm)?.[0],
    baseline: has(cfg.baselineWords).length > 0 || /[较比]\d{4}年/.test(core),
    change: has(cfg.changeVerbs).length > 0,
    changeAmount: !!p.changeAmount?.test(core),
    formula,
    rateNamed: namesRate(core, p.rateNamed, cfg.notRateNouns),
    survey: has(cfg.surveyWords).length > 0,
    relative,
    slogans,
    timeWords: has(cfg.timeWords),
    completion,
    binary: cfg.yesNoValues.includes(core) || (core.length <= 20 && has(cfg.binaryPhrases).length > 0),
    status: core.length <= 20 && cfg.status.some((re) => re.test(core)),
    checkable: cfg.checkable.some((re) => re.test(text)),
    method: cfg.methodWords.includes(core) || (core.length <= 8 && has(cfg.methodWords).length > 0),
    // A short noun phrase ending in a metric ("学习资料的编印期数"); a sentence that ends in one
    // ("…，提升社会文明程度") is a goal, not a metric.
    metric: core.length <= 25 && !/[,，;；]/.test(core) && !cfg.changeVerbs.some((v) => core.includes(v)) && cfg.metricEndings.some((e) => core.endsWith(e)),
    timeRate: has(cfg.timeRateWords).length > 0,
    cost: has(cfg.costWords).length > 0,
    length: core.length,
  };
}

/** Drops words contained in a longer word found too ("深入" when "深入人心" is there). */
function longest(words: string[]): string[] {
  return words.filter((w) => !words.some((o) => o !== w && o.includes(w)));
}

// "上画率达95%" names its ratio; "宣传效率100%" does not: 效率 is not a ratio of counts.
function namesRate(core: string, re: RegExp | null, notRate: readonly string[]): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(core))) {
    const noun = m[1];
    const i = m.index;
    const excluded = notRate.some((w) => w.endsWith(noun) && core.slice(i - (w.length - noun.length), i + noun.length) === w);
    if (!excluded) return true;
  }
  return false;
}

/** True when some quantity, date, deadline, schedule, zero-defect target or named benchmark is present. */
export function isQuantitative(f: TextFacts): boolean {
  return f.quantities.length > 0 || f.date || f.timeLimit || f.schedule || f.zeroDefect || f.benchmark === 'named';
}
