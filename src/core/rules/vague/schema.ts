// The word lists of the vague family are data: words.json ships the defaults, and an organisation's
// profile may add or remove words under `extensions.vague`. Both are checked by zod here (the
// defaults by the unit tests, a profile's extension when parseProfile registers this schema), so a
// typo in a profile is reported instead of silently ignored.

import { z } from 'zod';
import { LIST_KEYS, ListKey, MEASURE_PATTERN_KEYS } from './words';
import { vagueCatalogue } from './catalogue';

// The runtime side (defaults, merging, vagueConfig) is in words.ts, without zod; re-exported here for
// the tests and tools that import everything from this module.
export * from './words';

const word = z.string().min(1).max(40);
const list = z.array(word);

export const rewriteSchema = z
  .object({
    /** Indicator name for the rewrite; "{subject}" is replaced by what the indicator is about. */
    name: z.string().min(1),
    value: z.string().min(1),
    /** How the value is measured, shown in brackets. */
    note: z.string().optional(),
  })
  .strict();

export const rewriteHintSchema = z
  .object({
    /** The hint applies when the indicator's name or values contain one of these. */
    keywords: z.array(word).min(1),
    rewrites: z.array(rewriteSchema).min(1).max(3),
  })
  .strict();

const measurePatternsSchema = z.record(z.enum(MEASURE_PATTERN_KEYS), z.array(rewriteSchema).min(1).max(2));

const regexSource = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  }, vagueCatalogue['vague.config.bad-regex'].zh);

export const wordsSchema = z
  .object({
    /** Relative words: vague unless a number, date or named benchmark backs them. */
    relativeWords: list,
    /** Slogans that read like results but state none ("出圈", "深入人心"). */
    sloganWords: list,
    /** Time words without a limit ("及时", "第一时间"). */
    timeWords: list,
    /** "按计划完成" and friends: the plan is not in the form. */
    completionPhrases: list,
    changeVerbs: list,
    /** "提升程度": with a change verb, a degree of change. */
    degreeNouns: list,
    /** Words that make a percentage a defined ratio. */
    rateNouns: list,
    /** Words ending in 率 that are not ratios of counts. */
    notRateNouns: list,
    satisfactionWords: list,
    surveyWords: list,
    countNouns: list,
    /** Name endings that carry a unit for a bare number: ["批次", "批次"], ["人数", "人"]. */
    nameUnits: z.array(z.tuple([word, word])),
    /** Name words that make a percentage a completion rate ("任务", "完成", "执行"). */
    completionNameWords: list,
    /** Verbs that ask for a change of something: a percentage then needs a baseline. */
    directedChangeVerbs: list,
    /** A name led by one of these is an aspiration; a percentage on it has no numerator or denominator. */
    aspirationVerbs: list,
    /** Evaluative words in a name ("有效使用", "正常运转"): a percentage of them has no countable numerator. */
    evaluativeNameWords: list,
    /** Name endings naming something that cannot be counted ("稳定", "发展", "齐抓共管"). */
    uncountableNouns: list,
    /** Whole values that report a status instead of a target ("已完成", "达成预期指标"). */
    statusPatterns: z.array(regexSource),
    /** Values naming a standard that can be checked ("验收合格", "符合《…》", "达到国家二级标准"). */
    checkablePatterns: z.array(regexSource),
    /** Endings of a value that names a metric instead of a target ("…数量", "…情况"). */
    metricEndings: list,
    /** Whole values that name a method ("调查问卷", "行业标准"). */
    methodWords: list,
    costWords: list,
    timeRateWords: list,
    benchmarkComparators: list,
    benchmarkScopes: list,
    benchmarkNouns: list,
    vagueBenchmarkWords: list,
    vagueBenchmarkNouns: list,
    baselineWords: list,
    zeroDefectObjects: list,
    /** Whole values that answer a yes/no indicator ("是否建立长效机制": "是"). */
    yesNoValues: list,
    /** Yes/no milestones: checkable, but without a date or standard. */
    binaryPhrases: list,
    /** Set phrases whose numerals are not quantities ("四个意识", "一体化"). */
    setPhrases: list,
    /** An organisation's own phrases that make any value vague, numbers or not. */
    vaguePhrases: list,
    /** Phrases an organisation accepts as measurable. */
    acceptedPhrases: z.array(z.string().min(1).max(200)),
    acceptedPatterns: z.array(regexSource),
    /** A value longer than this (characters, without spaces) with no target in it reads as prose. */
    proseLength: z.number().int().min(10).max(500),
    /** Keyword -> unit for rewrites ("场次" -> "场"). First match wins. */
    unitHints: z.array(z.tuple([word, word])),
    /** People or bodies a benefit reaches, with the unit they are counted in: ["学生", "人"]. */
    beneficiaries: z.array(z.tuple([word, word])),
    /** Attitudes of people ("积极性", "获得感"): measured by a survey of the people the name names. */
    attitudeNouns: list,
    /** Name endings that are events people take part in ("赛事", "培训"): a benefit counts participants. */
    activityNouns: list,
    /** Units a value may consist of when its number is missing ("公里", "万亩"). */
    units: list,
    /** Rate noun -> how it is computed, for rewrite notes: ["合格率", "合格数 ÷ 检查总数"]. */
    rateNotes: z.array(z.tuple([word, z.string().min(1).max(60)])),
    /** Names or values saying the indicator does not apply ("不适用"): no finding. */
    notApplicablePatterns: z.array(regexSource),
    /** Endings of a subject that can change from a baseline ("收入", "人数", "率"). */
    countableEndings: list,
    measurePatterns: measurePatternsSchema,
    rewriteHints: z.array(rewriteHintSchema),
  })
  .strict();


const listsMask = Object.fromEntries(LIST_KEYS.map((k) => [k, true])) as { [K in ListKey]: true };
const listsPatch = wordsSchema.pick(listsMask).partial().strict();

/**
 * `extensions.vague` in a profile: words to add to or remove from the default lists, and rewrite
 * hints that take precedence over the shipped ones. Example:
 * `{ "add": { "vaguePhrases": ["左右"], "acceptedPhrases": ["按省考核细则完成"] }, "remove": { "relativeWords": ["正常"] } }`
 */
export const vagueExtensionSchema = z
  .object({
    add: listsPatch.optional(),
    remove: listsPatch.optional(),
    proseLength: z.number().int().min(10).max(500).optional(),
    unitHints: z.array(z.tuple([word, word])).optional(),
    nameUnits: z.array(z.tuple([word, word])).optional(),
    beneficiaries: z.array(z.tuple([word, word])).optional(),
    /** Replaces the shipped patterns of the categories it names. */
    measurePatterns: z.partialRecord(z.enum(MEASURE_PATTERN_KEYS), z.array(rewriteSchema).min(1).max(2)).optional(),
    rewriteHints: z.array(rewriteHintSchema).optional(),
  })
  .strict();

