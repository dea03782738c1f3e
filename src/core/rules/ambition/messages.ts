// Numbers for messages: ratios as percentages, and a next-year target built from a result, rounded
// to a figure a form would carry (432期 -> ≥430期; 1.8万元 ceiling -> ≤1.8万元).

import { formatMeasureValue, formatPlain, Measure } from '../../parse/measure';
import { compact } from '../../parse/text';
import { Direction } from './direction';
import { Msg, msg, Param, quote } from '../../i18n/text';

export function percentText(ratio: number): string {
  const p = ratio * 100;
  return `${p >= 10 ? Math.round(p) : formatPlain(Math.round(p * 10) / 10)}%`;
}

/** Two significant digits, rounded towards the safe side (down for a floor, up for a ceiling). */
export function roundTarget(value: number, direction: Direction): number {
  if (value === 0 || Math.abs(value) < 100) return Math.round(value * 100) / 100;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  const scaled = value / magnitude;
  const rounded = direction === 'floor' ? Math.floor(scaled + 1e-9) : Math.ceil(scaled - 1e-9);
  return rounded * magnitude;
}

/**
 * A target for next year from a result: "≥430期", "≤1.8万元", "≥100%". Rounded to a figure a form
 * would carry, or exact when the target must not fall below the result (the across-years rule).
 */
export function suggestedTarget(result: Measure, direction: Direction, exact = false): string {
  const written = result.value / (result.written.factor || 1);
  let next = exact ? written : roundTarget(written, direction);
  if (result.kind === 'percent') next = Math.min(next, 100);
  const text = formatMeasureValue(next * (result.written.factor || 1), result);
  return `${direction === 'floor' ? '≥' : '≤'}${text}`;
}

/** A value as the form wrote it, with the unit the comparison assumed when the cell had none. */
export function shownValue(text: string, m: Measure): Param {
  const t = text.trim();
  return m.unitAssumed && m.written.unit && !t.endsWith(m.written.unit) ? msg('ambition.value-unit-assumed', { value: quote(t), unit: quote(m.written.unit) }) : quote(t);
}

/**
 * A value column's header as the form names it ("年度指标值", "指标值"), short enough for a message;
 * else the engine's own name for the column (a catalogue message).
 */
export function headerOf(header: string, fallback: Msg): Param {
  const h = compact(header).replace(/[(（].*$/, '');
  return h && h.length <= 10 ? quote(h) : fallback;
}

/** A date ordinal (formatDate's: year × 400 + month × 32 + day, day 31 = month end) as a phrase. */
export function dateText(ordinal: number): Msg {
  const y = Math.floor(ordinal / 400);
  const m = Math.floor((ordinal % 400) / 32);
  const d = ordinal % 32;
  if (d === 31) return y ? msg('ambition.date.ym-end', { y, m }) : msg('ambition.date.m-end', { m });
  return y ? msg('ambition.date.ymd', { y, m, d }) : msg('ambition.date.md', { m, d });
}
