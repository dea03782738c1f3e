// Which cells a total's formula adds up. Only plain sums are understood — "=SUM(B6:B25)",
// "=C6+D6+E6", "=ROUND(SUM(B6:B25),2)", "=SUM(B6:B10,B12)" — because only for those does
// "the formula covers exactly the parts" have a clear meaning. Anything else (other functions,
// subtraction, constants, other sheets, whole columns) returns undefined and is not judged.

import { RangeRef, parseA1, toA1 } from '../../grid/address';

export interface SumFormula {
  /** The referenced ranges in order, a single cell being a 1×1 range; a cell may appear twice. */
  ranges: RangeRef[];
}

type Token = { kind: 'ref'; range: RangeRef } | { kind: 'fn'; name: string } | { kind: 'num' } | { kind: 'op'; op: '+' | '(' | ')' | ',' };

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]{1,7}`;
const TOKEN = new RegExp(String.raw`\s+|(${CELL})(?::(${CELL}))?(?![A-Za-z0-9(!_.])|([A-Za-z][A-Za-z0-9.]*)\s*\(|([0-9]+(?:\.[0-9]+)?)|([+(),])`, 'y');

function tokenize(src: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m || m[0].length === 0) return undefined; // "!", "-", "*", "&", quotes…: not a plain sum.
    pos = TOKEN.lastIndex;
    if (m[1]) {
      const a = parseA1(m[1]);
      const b = m[2] ? parseA1(m[2]) : a;
      tokens.push({
        kind: 'ref',
        range: { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) },
      });
    } else if (m[3]) tokens.push({ kind: 'fn', name: m[3].toUpperCase() });
    else if (m[4]) tokens.push({ kind: 'num' });
    else if (m[5]) tokens.push({ kind: 'op', op: m[5] as '+' | '(' | ')' | ',' });
  }
  return tokens;
}

/** Parses a formula that is a plain sum of cells and ranges; undefined for anything else. */
export function parseSumFormula(formula: string): SumFormula | undefined {
  const body = formula.trim().replace(/^=/, '');
  if (body === '' || body.length > 2000) return undefined;
  const tokens = tokenize(body);
  if (!tokens) return undefined;
  const ranges: RangeRef[] = [];
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (t: Token | undefined, op: string) => t?.kind === 'op' && t.op === op;

  // expr := term ('+' term)*
  function expr(): boolean {
    if (!term()) return false;
    while (isOp(peek(), '+')) {
      i++;
      if (!term()) return false;
    }
    return true;
  }
  // term := ref | '(' expr ')' | SUM '(' expr (',' expr)* ')' | ROUND '(' expr ',' num ')'
  function term(): boolean {
    const t = peek();
    if (!t) return false;
    if (t.kind === 'ref') {
      i++;
      ranges.push(t.range);
      return true;
    }
    if (isOp(t, '(')) {
      i++;
      if (!expr() || !isOp(peek(), ')')) return false;
      i++;
      return true;
    }
    if (t.kind === 'fn' && t.name === 'SUM') {
      i++;
      if (!expr()) return false;
      while (isOp(peek(), ',')) {
        i++;
        if (!expr()) return false;
      }
      if (!isOp(peek(), ')')) return false;
      i++;
      return true;
    }
    if (t.kind === 'fn' && t.name === 'ROUND') {
      // Rounding a sum to the cent keeps it a sum of the same cells.
      i++;
      if (!expr() || !isOp(peek(), ',')) return false;
      i++;
      if (peek()?.kind !== 'num') return false;
      i++;
      if (!isOp(peek(), ')')) return false;
      i++;
      return true;
    }
    return false;
  }

  if (!expr() || i !== tokens.length) return undefined;
  return { ranges };
}

/** Cells a range covers, in reading order; undefined when the range is too large to list. */
export function cellsOf(range: RangeRef, limit = 10_000): string[] | undefined {
  const n = (range.bottom - range.top + 1) * (range.right - range.left + 1);
  if (n > limit) return undefined;
  const out: string[] = [];
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) out.push(toA1(r, c));
  return out;
}

/** How often each cell is referenced by the formula (a range counts each of its cells once). */
export function referenceCounts(sum: SumFormula): Map<string, number> | undefined {
  const counts = new Map<string, number>();
  for (const r of sum.ranges) {
    const cells = cellsOf(r);
    if (!cells) return undefined;
    for (const a of cells) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return counts;
}

/** "=D4/C4" or "=ROUND(D4/C4,4)": the numerator and denominator cells of a rate formula. */
export function parseRatioFormula(formula: string): { numerator: string; denominator: string } | undefined {
  const body = formula.trim().replace(/^=/, '').replace(/\$/g, '').toUpperCase();
  const m = new RegExp(`^(?:ROUND\\()?\\(?([A-Z]{1,3}[0-9]{1,7})\\)?\\s*/\\s*\\(?([A-Z]{1,3}[0-9]{1,7})\\)?(?:\\s*\\*\\s*100)?(?:,[0-9]+\\))?$`).exec(body);
  return m ? { numerator: m[1], denominator: m[2] } : undefined;
}
