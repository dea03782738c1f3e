// Shifting A1 references in formulas when whole rows are inserted or deleted, the way Excel does:
// references below the insertion move down, a range that spans the insertion point grows
// (=SUM(B6:B25) with two rows inserted at row 10 becomes =SUM(B6:B27)), and deleting the same rows
// restores the original text. A small scanner, not a formula engine: it skips string literals,
// function names (LOG10(…)), whole-column references (A:A) and references to other sheets.

export interface RowShift {
  /** Zero-based first row inserted or deleted. */
  at: number;
  /** Rows inserted (> 0) or deleted (< 0). */
  count: number;
}

/** New position of a zero-based row, or null when the row is deleted. */
export function shiftRow(row: number, s: RowShift): number | null {
  if (s.count >= 0) return row >= s.at ? row + s.count : row;
  const n = -s.count;
  if (row < s.at) return row;
  if (row >= s.at + n) return row - n;
  return null;
}

/**
 * New [top, bottom] of a row span, or null when every row of it is deleted. Insertion: a span
 * with top < at <= bottom grows. Deletion: the span loses the deleted rows it covers.
 */
export function shiftSpan(top: number, bottom: number, s: RowShift): [number, number] | null {
  if (s.count >= 0) {
    if (bottom < s.at) return [top, bottom];
    if (top >= s.at) return [top + s.count, bottom + s.count];
    return [top, bottom + s.count];
  }
  const n = -s.count;
  const end = s.at + n - 1;
  const t = top < s.at ? top : top > end ? top - n : s.at;
  const b = bottom < s.at ? bottom : bottom > end ? bottom - n : s.at - 1;
  return b < t ? null : [t, b];
}

// Sheet prefix (quoted or plain), then a cell or range, or a whole-row range (5:9).
const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const ROWS = String.raw`\$?\d{1,7}:\$?\d{1,7}`;
const REF = new RegExp(String.raw`(${SHEET})?(${CELL}(?::${CELL})?|${ROWS})`, 'uy');
const CELL_PARTS = /^(\$?[A-Za-z]{1,3})(\$?)(\d+)$/;
const ROW_PARTS = /^(\$?)(\d+)$/;

function sheetNameOf(prefix: string): string {
  const bare = prefix.slice(0, -1);
  return bare.startsWith("'") ? bare.slice(1, -1).replace(/''/g, "'") : bare;
}

export interface ShiftOptions {
  /**
   * Whether references without a sheet prefix point at `sheet` (true, the default: the formula
   * lives on that sheet). False for a formula on another sheet: only `sheet!A1` references move.
   */
  unprefixed?: boolean;
}

/**
 * Shifts the row numbers of every reference to `sheet` (or with no sheet prefix) in a formula.
 * A reference whose rows are all deleted becomes #REF!, as in Excel.
 */
export function shiftFormula(formula: string, s: RowShift, sheet?: string, options: ShiftOptions = {}): string {
  const unprefixed = options.unprefixed ?? true;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // String literal: copy through the closing quote ("" is an escaped quote).
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (!/[\p{L}\p{N}_.$'!]/u.test(prev) || prev === '') {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m) {
        const end = i + m[0].length;
        const next = formula[end] ?? '';
        // A name or function (LOG10(, A1B, Sheet1!…) continues with a letter, digit, '(' or '!'.
        if (!/[\p{L}\p{N}_(!.]/u.test(next)) {
          const prefix = m[1] ?? '';
          const sameSheet = !prefix ? unprefixed : sheet === undefined || sheetNameOf(prefix) === sheet;
          out += sameSheet ? prefix + shiftReference(m[2], s) : m[0];
          i = end;
          continue;
        }
      }
    }
    // Copy a whole identifier at once so a reference is never matched inside a longer name.
    const word = /^[\p{L}\p{N}_.$]+/u.exec(formula.slice(i));
    const take = word ? word[0].length : 1;
    out += formula.slice(i, i + take);
    i += take;
  }
  return out;
}

function shiftReference(ref: string, s: RowShift): string {
  const [a, b] = ref.split(':');
  if (b === undefined) {
    const p = CELL_PARTS.exec(a)!;
    const row = shiftRow(Number(p[3]) - 1, s);
    return row === null ? '#REF!' : `${p[1]}${p[2]}${row + 1}`;
  }
  const pa = CELL_PARTS.exec(a) ?? ROW_PARTS.exec(a);
  const pb = CELL_PARTS.exec(b) ?? ROW_PARTS.exec(b);
  if (!pa || !pb) return ref;
  const rowOf = (p: RegExpExecArray) => Number(p[p.length - 1]) - 1;
  const head = (p: RegExpExecArray) => (p.length === 4 ? `${p[1]}${p[2]}` : p[1]);
  const ra = rowOf(pa);
  const rb = rowOf(pb);
  // Ranges may be written bottom-up (B9:B2); shift the span and keep the written order.
  const span = shiftSpan(Math.min(ra, rb), Math.max(ra, rb), s);
  if (!span) return '#REF!';
  const [top, bottom] = span;
  const na = ra <= rb ? top : bottom;
  const nb = ra <= rb ? bottom : top;
  return `${head(pa)}${na + 1}:${head(pb)}${nb + 1}`;
}
