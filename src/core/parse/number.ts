// Numbers as users type them into forms: "1,561.17", "1, 499. 73", full-width "１５６１．１７",
// numbers stored as text, a leading currency sign, accounting negatives "(12.00)".
// parseNumber never throws: anything it cannot read exactly returns null.

import { compact } from './text';
import { formatFixed } from './display';

const DASHES = /^[\u2212\u2012\u2013\u2014\u2015\uFE63\uFF0D]/;
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Reads a whole cell as one number, or returns null. Units and words are not accepted here. */
export function parseNumber(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input !== 'string') return null;
  if (input.length > 64) return null; // No real amount is that long; keeps hostile cells cheap.
  let s = compact(input).replace(DASHES, '-');
  if (s.length === 0) return null;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(/^[¥$]/, '').replace(/^-[¥$]/, '-');
  if (!NUMBER.test(s) || !/\d/.test(s)) return null;
  // "1,23" is not a grouped number; the regex already insists on groups of three.
  const mantissa = s.split(/[eE]/)[0];
  if (!/\d/.test(mantissa)) return null;
  const n = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/** Formats a number the way finance forms write it: thousands separators, fixed decimals. */
export function formatNumber(value: number, decimals = 2, grouping = true): string {
  return formatFixed(value, decimals, grouping);
}

/** Rounds to a number of decimals without the 1.005 float trap. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Math.sign(value) * Number.EPSILON * Math.abs(value)) * factor) / factor;
}

/** A percentage as text ("72.60%", "72.6 %", "≈72.60%") or as a fraction with a % format. */
export function parsePercent(input: unknown, numFmt?: string): number | null {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    return numFmt && numFmt.includes('%') ? input * 100 : input;
  }
  if (typeof input !== 'string') return null;
  const s = compact(input);
  const m = /^(.*?)%$/.exec(s);
  if (!m) return parseNumber(s);
  return parseNumber(m[1]);
}
