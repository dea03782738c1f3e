// A1 addresses <-> zero-based (row, col). Kept separate so every host uses the same arithmetic.

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnName(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`bad column index ${col}`);
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`bad column name ${name}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

// Addresses are built for every cell the readers keep; the first columns' names are made once.
const COLUMN_NAMES: string[] = [];
for (let c = 0; c < 702; c++) COLUMN_NAMES.push(columnName(c)); // A … ZZ

// Addresses of the first columns, kept once made: a check keeps tens of thousands of them in its model
// (30,000 on a 10,000-row form), and a fresh string per address on every re-check was garbage the
// collector had to copy while the model lived. Bounded: a sheet of pasted noise fills at most
// A1_CACHE_LIMIT entries (about 4 MB; the 100,000 × 30 noise sheet has a 300 MB budget), then
// addresses are made as before.
const A1_CACHE_COLUMNS = 32;
const A1_CACHE_LIMIT = 120_000;
const a1ByColumn: string[][] = Array.from({ length: A1_CACHE_COLUMNS }, () => []);
let a1Cached = 0;

export function toA1(row: number, col: number): string {
  if (col >= 0 && col < A1_CACHE_COLUMNS && row >= 0 && Number.isInteger(col) && Number.isInteger(row)) {
    const column = a1ByColumn[col];
    const hit = column[row];
    if (hit !== undefined) return hit;
    // Filled densely down to the row asked for (holes would make the list a slow dictionary).
    if (row - column.length < A1_CACHE_LIMIT - a1Cached) {
      const name = COLUMN_NAMES[col];
      a1Cached += row + 1 - column.length;
      for (let r = column.length; r <= row; r++) column.push(`${name}${r + 1}`);
      return column[row];
    }
  }
  return `${(col >= 0 && col < COLUMN_NAMES.length && Number.isInteger(col) ? COLUMN_NAMES[col] : columnName(col))}${row + 1}`;
}

const A1_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(address: string): CellRef {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = A1_PATTERN.exec(bare.trim());
  if (!m) throw new RangeError(`bad A1 address ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function parseRange(range: string): RangeRef {
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [a, b] = bare.split(':');
  const start = parseA1(a);
  const end = b ? parseA1(b) : start;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function rangeToA1(r: RangeRef): string {
  const a = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${toA1(r.bottom, r.right)}`;
}

export function rangeContains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}
