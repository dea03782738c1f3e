// Money in the unit a form uses. Amounts are in 万元 unless a label says 元; a cell may carry its
// own unit ("250万", "28,036,202.00元"), which is converted to the form's unit.

import { ScalarValue } from '../grid/grid';
import { compact } from './text';
import { parseNumber, formatNumber } from './number';

export type MoneyUnit = '万元' | '元';

export type AmountParse =
  | { kind: 'blank' }
  | { kind: 'amount'; value: number; writtenUnit?: MoneyUnit }
  | { kind: 'invalid'; reason: 'not-a-number' | 'error-value' | 'not-an-amount'; text: string };

const NIL = /^[-\u2212\u2013\u2014\uFF0D/]$|^无$/;

export function parseAmount(value: ScalarValue, unit: MoneyUnit, error?: string): AmountParse {
  if (error) return { kind: 'invalid', reason: 'error-value', text: error };
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'boolean') return { kind: 'invalid', reason: 'not-an-amount', text: String(value) };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'amount', value } : { kind: 'invalid', reason: 'not-a-number', text: String(value) };
  }
  const s = compact(value);
  if (s === '') return { kind: 'blank' };
  if (NIL.test(s)) return { kind: 'amount', value: 0 };
  if (/^#[A-Z/0-9]+[!?]?$/.test(s)) return { kind: 'invalid', reason: 'error-value', text: s };
  const m = /^(.*?)(万元|万|元)$/.exec(s);
  if (m) {
    const n = parseNumber(m[1]);
    if (n === null) return { kind: 'invalid', reason: 'not-a-number', text: value };
    const written: MoneyUnit = m[2] === '元' ? '元' : '万元';
    return { kind: 'amount', value: convert(n, written, unit), writtenUnit: written };
  }
  const n = parseNumber(s);
  if (n === null) return { kind: 'invalid', reason: 'not-a-number', text: value };
  return { kind: 'amount', value: n };
}

export function convert(value: number, from: MoneyUnit, to: MoneyUnit): number {
  if (from === to) return value;
  return from === '万元' ? value * 10_000 : value / 10_000;
}

/** "5,805.56 万元" or "28,036,202.00 元": the way the form itself writes money. */
export function formatMoney(value: number, unit: MoneyUnit): string {
  return `${formatNumber(value, 2, true)} ${unit}`;
}

/**
 * Half a cent of the unit in use (issue 4): 0.005 万元 on 万元 forms, 0.005 元 on 元 forms, so a
 * 元 form is checked to the cent it is written to. (domain.md's "0.5 元" would let a 0.49 元 error
 * through on forms like seed 001 whose amounts carry cents.)
 */
export function tolerance(unit: MoneyUnit): number {
  return 0.005;
}
