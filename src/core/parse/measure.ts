// Targets and results as comparable measures: "≥90%", "432期", "1.8万元", "2.1万人次", "12月底前",
// a bare "100" beside a 度量单位 column of "%". quantity.ts finds the numbers; this module puts each
// into a base unit (percent, 元, a date, or a count in its own unit) so that a target and its result
// written in different units ("≤5万元" against "18,000元") are compared correctly.

import { Comparator, parseQuantities, Quantity } from './quantity';
import { compact, nfkc } from './text';

export type MeasureKind = 'percent' | 'money' | 'date' | 'count';

export interface Measure {
  kind: MeasureKind;
  /** In the base unit: percent points, 元, a date ordinal (dateOrdinal), or the count itself. */
  value: number;
  /**
   * The unit the base value is counted in: "%", "元" ("元/人次" for money per unit), "" for a date,
   * or the count's unit ("期", "人次", "" when none was written).
   */
  unit: string;
  /** How the value was written, for messages and suggestions: the unit and its factor to the base. */
  written: { unit: string; factor: number };
  comparator?: Comparator;
  /** True when the unit came from the 度量单位 column or from the other side, not from the text. */
  unitAssumed?: boolean;
  /** Dates: whether a year was written (a date without one is compared within the year). */
  hasYear?: boolean;
  raw: string;
}

/** Money units and their factor to 元; "万元/人" keeps its "/人". */
const MONEY = /^(亿元|万元|千元|元)(\/.+)?$/;
const MONEY_FACTOR: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };

/** What a unit written in a cell or a 度量单位 column stands for. */
export function unitInfo(unitText: string): { kind: MeasureKind; unit: string; factor: number } {
  const u = compact(unitText).replace(/^[(（]|[)）]$/g, '');
  if (u === '%' || u === '百分比' || u === '百分率') return { kind: 'percent', unit: '%', factor: 1 };
  if (u === '‰') return { kind: 'percent', unit: '%', factor: 0.1 };
  const money = MONEY.exec(u);
  if (money) return { kind: 'money', unit: `元${money[2] ?? ''}`, factor: MONEY_FACTOR[money[1]] };
  return { kind: 'count', unit: u, factor: 1 };
}

// Deadlines: "12月", "12月底前", "2023年12月31日前", "年底前", "年内", "2023年11月".
const DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/;
const YEAR_END = /^(?:年底|年末|年内|本年度内|当年内|年度内)/;

/** A date as one number that orders dates: year × 400 + month × 32 + day (day 31 when not written). */
export function dateOrdinal(year: number | undefined, month: number, day: number | undefined): number {
  return (year ?? 0) * 400 + month * 32 + (day ?? 31);
}

function parseDate(text: string): Measure | undefined {
  const t = compact(text);
  if (YEAR_END.test(t.replace(/^(?:于|在)/, ''))) return { kind: 'date', value: dateOrdinal(undefined, 12, 31), unit: '', written: { unit: '', factor: 1 }, raw: t, hasYear: false, comparator: '<=' };
  const m = DATE.exec(t);
  if (!m) return undefined;
  // "3个月" and "12个月内" are durations, not dates.
  if (m.index > 0 && t[m.index - 1] === '个') return undefined;
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : undefined;
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  const year = m[1] ? Number(m[1]) : undefined;
  const after = t.slice(m.index + m[0].length);
  const comparator: Comparator | undefined = /^(?:底|末|上旬|中旬|下旬)?(?:前|之前|以前|内|完成前)/.test(after) ? '<=' : undefined;
  return { kind: 'date', value: dateOrdinal(year, month, day), unit: '', written: { unit: '', factor: 1 }, raw: m[0], hasYear: year !== undefined, comparator };
}

export interface MeasureOptions {
  /** The indicator's 度量单位 / 计量单位 column: the unit of a bare number. */
  unitColumn?: string;
}

/**
 * The measures in a target or result value. A date deadline is one measure; otherwise one measure per
 * quantity, years ("2023年") left out. An empty list means the value has nothing to compare.
 */
export function parseMeasures(text: string, options: MeasureOptions = {}): Measure[] {
  const t = nfkc(text).trim();
  if (t === '') return [];
  const columnUnit = options.unitColumn && compact(options.unitColumn) ? unitInfo(options.unitColumn) : undefined;
  if (!columnUnit || columnUnit.kind === 'count') {
    const date = parseDate(t);
    if (date) return [date];
  }
  const out: Measure[] = [];
  for (const q of parseQuantities(t)) {
    if (q.unit.startsWith('年') && q.written >= 1900 && q.written <= 2100) continue;
    out.push(toMeasure(q, columnUnit));
  }
  return out;
}

/** The 万/亿/千 a quantity carried before its unit ("2.1万人次"), to write values back the same way. */
const SCALE_PREFIX: Record<number, string> = { 1000: '千', 10000: '万', 100000000: '亿' };

function toMeasure(q: Quantity, columnUnit: ReturnType<typeof unitInfo> | undefined): Measure {
  const own = q.unit ? unitInfo(q.unit) : undefined;
  const info = own ?? columnUnit ?? { kind: 'count' as const, unit: '', factor: 1 };
  // q.value has 万/亿 applied unless the unit itself carries them (万元, 万人次 handled in quantity.ts).
  const scale = q.written === 0 ? 1 : q.value / q.written;
  return {
    kind: info.kind,
    value: q.written * scale * info.factor,
    unit: info.unit,
    written: { unit: own ? `${SCALE_PREFIX[scale] ?? ''}${q.unit}` : columnUnit ? writtenUnitOf(columnUnit) : SCALE_PREFIX[scale] ?? '', factor: scale * info.factor },
    comparator: q.comparator,
    ...(own ? {} : columnUnit ? { unitAssumed: true } : {}),
    raw: q.raw,
  };
}

function writtenUnitOf(info: { kind: MeasureKind; unit: string; factor: number }): string {
  if (info.kind === 'money') return info.factor === 1e4 ? `万${info.unit}` : info.factor === 1e8 ? `亿${info.unit}` : info.factor === 1e3 ? `千${info.unit}` : info.unit;
  return info.unit;
}

/**
 * Whether two measures can be compared, and the result measure adjusted to the target's terms: a
 * bare number takes the unit of the other side ("≥90%" against "95"; "≤5万元" against "1.8"), and a
 * fraction stands for a percentage ("≥90%" against "0.95").
 */
export function alignMeasures(target: Measure, result: Measure): { target: Measure; result: Measure } | undefined {
  if (target.kind === 'date' || result.kind === 'date') return target.kind === result.kind && target.hasYear === result.hasYear ? { target, result } : undefined;
  const bareT = target.unit === '' && target.kind === 'count';
  const bareR = result.unit === '' && result.kind === 'count';
  if (bareR && !bareT) {
    const factor = target.written.factor;
    let value = result.value * factor;
    if (target.kind === 'percent' && result.value > 0 && result.value <= 1 && target.value > 1) value = result.value * 100;
    return { target, result: { ...result, kind: target.kind, unit: target.unit, value, written: target.written, unitAssumed: true } };
  }
  if (bareT && !bareR) {
    return { target: { ...target, kind: result.kind, unit: result.unit, value: target.value * result.written.factor, written: result.written, unitAssumed: true }, result };
  }
  if (target.kind !== result.kind) return undefined;
  if (target.kind === 'count' && !sameCountUnit(target.unit, result.unit)) return undefined;
  if (target.kind === 'money' && target.unit !== result.unit) return undefined;
  return { target, result };
}

/** "场" and "场次", "人" and "人次", "个" and "个单位": one unit written two ways. */
export function sameCountUnit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** A value in the measure's written unit, for messages: 18000 元 written in 万元 -> "1.8万元". */
export function formatMeasureValue(value: number, m: Pick<Measure, 'kind' | 'written' | 'unit'>): string {
  if (m.kind === 'date') return formatDate(value);
  const n = value / (m.written.factor || 1);
  return `${formatPlain(n)}${m.written.unit}`;
}

export function formatDate(ordinal: number): string {
  const year = Math.floor(ordinal / 400);
  const month = Math.floor((ordinal % 400) / 32);
  const day = ordinal % 32;
  return `${year ? `${year}年` : ''}${month}月${day === 31 ? '底' : `${day}日`}`;
}

/** A number without float noise or trailing zeros: 1.8000000000000003 -> "1.8", 12000 -> "12000". */
export function formatPlain(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 1e4) / 1e4;
  return String(rounded);
}
