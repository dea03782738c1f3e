// Quantities inside target values as users write them: "≥90%", "不少于2个", "2.1万人",
// "250万", "每月2场", "低于3元/人次", "开展1次检查，检查区属单位40家次".
// The result is a list: a target may hold several quantities.

import { nfkc } from './text';

export type Comparator = '>=' | '>' | '<=' | '<' | '=';

export interface Quantity {
  /** The number with any 万/亿 scale applied: "2.1万人" -> 21000. */
  value: number;
  /** The number as written, before scale: 2.1 */
  written: number;
  comparator?: Comparator;
  /** Unit text after the number: "%", "个", "人", "元/人次", "万人次"->"人次". Empty when none. */
  unit: string;
  /** The matched text, for messages. */
  raw: string;
  /** Start offset in the normalised text. */
  index: number;
}

const PREFIX_COMPARATORS: Array<[RegExp, Comparator]> = [
  [/(?:≥|>=|不少于|不低于|不小于|至少|大于等于|达到或超过)$/, '>='],
  // Negated forms ("不超过") before the plain ones they end with ("超过").
  [/(?:≤|<=|不超过|不高于|不大于|不多于|至多|小于等于|控制在)$/, '<='],
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
const UNIT = /^(%|‰|[A-Za-z]{1,6}(?:\/[A-Za-z\u4e00-\u9fff]{1,3})?|[\u4e00-\u9fff]{1,4}(?:\/[\u4e00-\u9fff]{1,3})?)/;
const NOT_UNIT_START = /^(?:以上|及以上|或以上|以下|及以下|以内|之内|左右|多|余|至|到|和|或|的|、)/;
const NUMBER = /(\d+(?:,\d{3})*(?:\.\d+)?)/g;

export function parseQuantities(input: string): Quantity[] {
  if (input.length > 20_000) input = input.slice(0, 20_000);
  const text = nfkc(input).replace(/(\d)\s+(?=[\d.,])/g, '$1').replace(/([.,])\s+(?=\d)/g, '$1');
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    // Skip digits glued to Latin letters or inside dates/ids handled by callers ("2023年" is kept:
    // the unit 年 lets callers recognise years).
    if (start > 0 && /[A-Za-z]/.test(text[start - 1])) continue;
    const written = Number(m[1].replace(/,/g, ''));
    if (!Number.isFinite(written)) continue;
    let rest = text.slice(end);
    let scale = 1;
    const scaleMatch = /^(万|亿|千)(?!元\/)/.exec(rest);
    if (scaleMatch && !/^万元/.test(rest)) {
      scale = scaleMatch[1] === '万' ? 1e4 : scaleMatch[1] === '亿' ? 1e8 : 1e3;
      rest = rest.slice(1);
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
    out.push({ value: written * scale, written, comparator, unit, raw: text.slice(start, end + (scale === 1 ? 0 : 1) + unit.length), index: start });
  }
  return out;
}

// Keep the unit proper, not the words that follow it: "篇以上" -> "篇", "场电影" -> "场".
function trimUnit(unit: string): string {
  if (unit === '%' || unit === '‰') return unit;
  const stop = unit.search(/以上|以下|以内|之内|左右|的|和|或|及/);
  const u = stop >= 0 ? unit.slice(0, stop) : unit;
  return u.length > 3 && !u.includes('/') ? u.slice(0, MEASURE_WORD.test(u.slice(0, 2)) ? 2 : 1) : u;
}

// Two-character measure words worth keeping whole; longer runs are cut to one character.
const MEASURE_WORD = /^(?:人次|家次|组次|条次|个月|工作|平方|小时|分钟|万元|公里|万人)/;
