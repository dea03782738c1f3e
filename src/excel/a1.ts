// Address helpers for what Office.js hands back: event addresses can be whole rows ("5:7"), whole
// columns ("B:D"), carry a sheet prefix ("'报表 (1)'!A1:C3"), or be a list ("A1:B2, D4").
// The engine's parseA1/parseRange only accept plain cells, so the adapter normalises here.

import { columnIndex, RangeRef, rangeToA1, toA1 } from '../core/grid/address';

/** Excel's grid limits: whole-row and whole-column references expand to these. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;

/** Removes a sheet prefix ("Sheet1!", "'a ''b'''!"), keeping the part after the last "!". */
export function stripSheet(address: string): string {
  const i = address.lastIndexOf('!');
  return (i >= 0 ? address.slice(i + 1) : address).trim();
}

/** Parses one area (no commas). Returns undefined for something that is not an A1 reference. */
export function parseArea(address: string): RangeRef | undefined {
  const bare = stripSheet(address);
  const [a, b = a] = bare.split(':');
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: MAX_COLS - 1 };
  }
  const ka = COL.exec(a);
  const kb = COL.exec(b);
  if (ka && kb) {
    const c1 = columnIndex(ka[1]);
    const c2 = columnIndex(kb[1]);
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  return undefined;
}

/**
 * Splits a multi-area address ("Sheet1!A1:B2, Sheet1!D4" or "'a,b'!A1,'a,b'!C3") into areas,
 * respecting quoted sheet names, which may themselves contain commas.
 */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // '' inside a quoted name toggles twice: still quoted.
    if (ch === ',' && !quoted) {
      if (current.trim()) parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

export function parseAreas(address: string): RangeRef[] {
  const out: RangeRef[] = [];
  for (const part of splitAreas(address)) {
    const r = parseArea(part);
    if (r) out.push(r);
  }
  return out;
}

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Whole-row reference for zero-based rows [first, last]: "5:7". */
export function rowsAddress(first: number, last: number = first): string {
  return `${first + 1}:${last + 1}`;
}

export { rangeToA1, toA1 };
