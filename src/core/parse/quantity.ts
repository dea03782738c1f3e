// Quantities inside target values as users write them: "≥90%", "不少于2个", "2.1万人", "250万",
// "每月2场", "低于3元/人次", "开展1次检查，检查区属单位40家次", "5个工作日", "20多个".
// The result is a list: a target may hold several quantities.

import { nfkc } from './text';

export type Comparator = '>=' | '>' | '<=' | '<' | '=';

export interface Quantity {
  /** The number with any 万/亿 scale applied: "2.1万人" -> 21000. */
  value: number;
  /** The number as written, before scale: 2.1 */
  written: number;
  comparator?: Comparator;
  /** Unit text after the number: "%", "个", "人", "元/人次", "个工作日", "万人次"->"人次". Empty when none. */
  unit: string;
  /** The matched text, for messages. */
  raw: string;
  /** Start offset in the normalised text. */
  index: number;
}

export interface QuantityOptions {
  /**
   * Also read Chinese numerals followed by a measure word ("每月放映一场", "两个季度内").
   * Off by default: set phrases such as "一体化" or "四个意识" are not targets, and only a caller
   * that knows its text (a short target value) should ask for them.
   */
  chineseNumerals?: boolean;
}

const PREFIX_COMPARATORS: Array<[RegExp, Comparator]> = [
  // "\\geq" is how seed 004's PDF extraction writes ≥.
  [/(?:≥|>=|\\geq?|不少于|不低于|不小于|至少|大于等于|达到或超过)$/, '>='],
  // Negated forms ("不超过") before the plain ones they end with ("超过").
  [/(?:≤|<=|\\leq?|不超过|不高于|不大于|不多于|至多|小于等于|控制在)$/, '<='],
  [/(?:>|大于|高于|超过|多于)$/, '>'],
  [/(?:<|小于|低于|少于)$/, '<'],
  [/(?:=|达到|达|为|等于)$/, '='],
];

const SUFFIX_COMPARATORS: Array<[RegExp, Comparator]> = [
  [/^(?:以上|及以上|或以上|\+)/, '>='],
  [/^(?:以下|及以下|以内|之内|内)/, '<='],
];

// A unit is a short run of CJK or Latin letters right after the number, possibly with "/x".
// It stops at comparator suffixes and punctuation.
const UNIT = /^(%|‰|[A-Za-z]{1,6}(?:\/[A-Za-z\u4e00-\u9fff]{1,3})?|[\u4e00-\u9fff]{1,5}(?:\/[\u4e00-\u9fff]{1,3})?)/;
const NOT_UNIT_START = /^(?:以上|及以上|或以上|以下|及以下|以内|之内|左右|至|到|和|或|的|、)/;
const NUMBER = /(\d+(?:,\d{3})*(?:\.\d+)?)/g;

export function parseQuantities(input: string, options: QuantityOptions = {}): Quantity[] {
  if (input.length > 20_000) input = input.slice(0, 20_000);
  // PDF extraction breaks lines inside values ("不少于19 场"): spaces after a digit never separate
  // it from its unit.
  const text = nfkc(input)
    .replace(/(\d)\s+(?=[\d.,\u4e00-\u9fff%])/g, '$1')
    .replace(/([.,])\s+(?=\d)/g, '$1');
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    // Skip digits glued to Latin letters or inside dates/ids handled by callers ("2023年" is kept:
    // the unit 年 lets callers recognise years).
    if (start > 0 && /[A-Za-z]/.test(text[start - 1])) continue;
    // "第5届" is an ordinal, not an amount.
    if (start > 0 && text[start - 1] === '第') continue;
    if (isListMarker(text, start, end)) continue;
    const written = Number(m[1].replace(/,/g, ''));
    if (!Number.isFinite(written)) continue;
    out.push(quantityAt(text, start, end, written));
  }
  if (options.chineseNumerals) out.push(...chineseQuantities(text));
  return out.sort((a, b) => a.index - b.index);
}

function quantityAt(text: string, start: number, end: number, written: number): Quantity {
  let rest = text.slice(end);
  let consumed = 0;
  let scale = 1;
  const scaleMatch = /^(万|亿|千)(?!元\/)/.exec(rest);
  if (scaleMatch && !/^万元/.test(rest) && !/^万人次|^万人/.test(rest)) {
    scale = scaleMatch[1] === '万' ? 1e4 : scaleMatch[1] === '亿' ? 1e8 : 1e3;
    rest = rest.slice(1);
    consumed = 1;
  } else if (/^万(人次|人)/.test(rest)) {
    // "18万人次": the scale applies and the unit is 人次.
    scale = 1e4;
    rest = rest.slice(1);
    consumed = 1;
  }
  // "20多个", "100余场": at least the number.
  let approxAtLeast = false;
  if (/^[多余]/.test(rest)) {
    approxAtLeast = true;
    rest = rest.slice(1);
    consumed += 1;
  }
  let unit = '';
  if (!NOT_UNIT_START.test(rest)) {
    const u = UNIT.exec(rest);
    if (u) unit = trimUnit(u[1]);
  }
  const before = text.slice(Math.max(0, start - 6), start).replace(/\s+$/, '');
  let comparator: Comparator | undefined;
  for (const [re, c] of PREFIX_COMPARATORS) if (re.test(before)) { comparator = c; break; }
  const after = rest.slice(unit.length);
  if (!comparator) for (const [re, c] of SUFFIX_COMPARATORS) if (re.test(after)) { comparator = c; break; }
  if (!comparator && approxAtLeast) comparator = '>=';
  return { value: written * scale, written, comparator, unit, raw: text.slice(start, end + consumed + unit.length), index: start };
}

// "1. 与中央…合作15家 2. 花都广场…": a small number at the start of a line or after a space or
// punctuation, followed by "." or "、" and then text, numbers a list item.
function isListMarker(text: string, start: number, end: number): boolean {
  const prev = start === 0 ? '' : text[start - 1];
  if (prev !== '' && !/[\s;；,，。:：(（]/.test(prev)) return false;
  if (end - start > 2) return false;
  return /^(?:、|[.．](?!\d)|[)）])/.test(text.slice(end));
}

// Compound units worth keeping whole, longest first.
const KNOWN_UNITS = [
  '个工作日', '个百分点', '平方公里', '个季度', '个小时', '工作日', '百分点', '平方米', '立方米', '万人次', '千瓦时',
  '个月', '季度', '小时', '分钟', '人次', '家次', '组次', '条次', '场次', '万元', '公里', '千米',
];
// Where a unit stops: comparator suffixes, deadline suffixes (内/前), conjunctions.
const UNIT_STOP = /以|之内|左右|的|和|或|及|内|前|底|末/;

// Keep the unit proper, not the words that follow it: "篇以上" -> "篇", "场电影" -> "场",
// "个季度内" -> "个季度", "元/人次以下" -> "元/人次".
function trimUnit(unit: string): string {
  if (unit === '%' || unit === '‰') return unit;
  const slash = unit.indexOf('/');
  if (slash > 0) {
    const head = cut(unit.slice(0, slash));
    if (head.length < slash) return head;
    const tail = cut(unit.slice(slash + 1));
    return tail ? `${head}/${tail}` : head;
  }
  return cut(unit);
}

function cut(unit: string): string {
  if (/^[A-Za-z]/.test(unit)) return unit;
  const stop = unit.slice(1).search(UNIT_STOP);
  const u = stop >= 0 ? unit.slice(0, stop + 1) : unit;
  for (const k of KNOWN_UNITS) if (u.startsWith(k)) return k;
  return u.length > 3 ? u.slice(0, MEASURE_WORD.test(u.slice(0, 2)) ? 2 : 1) : u;
}

// Two-character measure words worth keeping whole; longer runs are cut to one character.
const MEASURE_WORD = /^(?:人次|家次|组次|条次|个月|工作|平方|小时|分钟|万元|公里|万人)/;

// Chinese numerals before a measure word: "一场", "两个季度", "十二期", "三百人".
const CN_QUANTITY =
  /([零〇一二两三四五六七八九十百千万]+)(个工作日|个季度|个小时|个月|工作日|小时|天|周|场|次|册|期|篇|条|家|人|项|批|部|集|支|份|本|座|台|套|名|位|组|轮|个)/g;
const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  CN_QUANTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CN_QUANTITY.exec(text))) {
    if (m.index > 0 && text[m.index - 1] === '第') continue;
    const value = chineseNumber(m[1]);
    if (value === null) continue;
    const q = quantityAt(text, m.index, m.index + m[1].length, value);
    out.push({ ...q, unit: m[2] });
  }
  return out;
}

/** "十二" -> 12, "三百五十" -> 350, "两万" -> 20000; null for anything else. */
export function chineseNumber(s: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit !== null) return null; // "一二" is not a number
      digit = CN_DIGITS[ch];
      continue;
    }
    const mult = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : ch === '万' ? 10000 : 0;
    if (!mult) return null;
    if (mult === 10000) {
      total = (total + section + (digit ?? 0)) * 10000;
      section = 0;
    } else {
      section += (digit ?? (mult === 10 ? 1 : 0)) * mult;
      if (digit === null && mult !== 10) return null;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}
