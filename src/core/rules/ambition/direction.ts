// Which way an indicator points: a floor (≥: more is better) or a ceiling (≤: costs, incidents,
// deadlines). The 指标性质 / 指标方向 column wins, then the comparator written in the value, then the
// indicator's name (成本, 事故数, 投诉率 are ceilings; 投诉处理率 is not).

import { Indicator } from '../../model';
import { Comparator } from '../../parse/quantity';
import { Measure } from '../../parse/measure';
import { compact } from '../../parse/text';
import type { AmbitionThresholds } from './thresholds';

export type Direction = 'floor' | 'ceiling';

export interface DirectionInfo {
  direction: Direction;
  /** ＞ / ＜: meeting the target exactly is a miss. */
  strict: boolean;
  /** Where the direction came from, for messages. */
  source: 'column' | 'value' | 'name' | 'default' | 'date';
}

export type ColumnComparator = Comparator | 'forward' | 'reverse' | 'qualitative';

const COLUMN_WORDS: Array<[RegExp, ColumnComparator]> = [
  [/^(?:≥|>=|=>|大于等于|大于或等于|不低于|不少于|不小于)$/, '>='],
  [/^(?:≤|<=|=<|小于等于|小于或等于|不高于|不超过|不大于|不多于)$/, '<='],
  [/^(?:>|大于|高于|超过)$/, '>'],
  [/^(?:<|小于|低于)$/, '<'],
  [/^(?:=|==|等于|定量)$/, '='],
  [/^(?:正向|正向指标|越大越好|越高越好)$/, 'forward'],
  [/^(?:反向|反向指标|逆向|越小越好|越低越好)$/, 'reverse'],
  [/^定性/, 'qualitative'],
];

/** The 指标性质 / 指标方向 cell as a comparator, or undefined when blank or unreadable. */
export function columnComparator(text: string | undefined): ColumnComparator | undefined {
  if (!text) return undefined;
  const t = compact(text);
  if (!t) return undefined;
  for (const [re, c] of COLUMN_WORDS) if (re.test(t)) return c;
  return undefined;
}

/** True when the indicator states no number to reach: 指标值类型 or 指标性质 says 定性. */
export function isQualitative(ind: Indicator): boolean {
  return /定性/.test(ind.valueType?.text ?? '') || columnComparator(ind.comparator?.text) === 'qualitative';
}

/** 成本, 事故数, 投诉率, 办结时限…: less is better, unless the name is about handling them (投诉处理率). */
export function isReverseName(name: string, thresholds: AmbitionThresholds): boolean {
  const t = compact(name);
  if (thresholds.forwardWords.some((w) => t.includes(w))) return false;
  return thresholds.reverseWords.some((w) => t.includes(w));
}

function fromComparator(c: Comparator, ind: Indicator, thresholds: AmbitionThresholds, source: DirectionInfo['source']): DirectionInfo {
  if (c === '>=' || c === '>') return { direction: 'floor', strict: c === '>', source };
  if (c === '<=' || c === '<') return { direction: 'ceiling', strict: c === '<', source };
  return byName(ind, thresholds);
}

function byName(ind: Indicator, thresholds: AmbitionThresholds): DirectionInfo {
  const reverse = isReverseName(ind.name?.text ?? '', thresholds);
  return { direction: reverse ? 'ceiling' : 'floor', strict: false, source: reverse ? 'name' : 'default' };
}

export function directionOf(ind: Indicator, target: Measure, thresholds: AmbitionThresholds): DirectionInfo {
  if (target.kind === 'date') return { direction: 'ceiling', strict: false, source: 'date' };
  const column = columnComparator(ind.comparator?.text);
  if (column === 'forward') return { direction: 'floor', strict: false, source: 'column' };
  if (column === 'reverse') return { direction: 'ceiling', strict: false, source: 'column' };
  if (column && column !== 'qualitative') return fromComparator(column, ind, thresholds, 'column');
  if (target.comparator) return fromComparator(target.comparator, ind, thresholds, 'value');
  return byName(ind, thresholds);
}

export const DIRECTION_WORDS: Record<Direction, string> = { floor: '下限（越高越好）', ceiling: '上限（越低越好）' };
