// A shared formula's copy stores only the master's id: its text is the master's, with every
// relative reference moved by the distance between the two cells (as Excel and exceljs do).

import { columnIndex, columnName } from '../core/grid/address';

const CANDIDATE = /(("[^"]*")|('[^']*'!)|([A-Za-z_\-0-9.]*!)?(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]{0,6})(?![A-Za-z0-9_(]))/g;

export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  const dr = toRow - fromRow;
  const dc = toCol - fromCol;
  return formula.replace(CANDIDATE, (all, _x, quoted: string | undefined, quotedSheet: string | undefined, sheet: string | undefined, colAbs: string, col: string, rowAbs: string, row: string, offset: number) => {
    if (quoted || quotedSheet) return all;
    // Part of a longer name (e.g. "LOG10" or "A1B"): not a reference.
    const before = offset > 0 ? formula[offset - 1] : '';
    if (/[A-Za-z0-9_.]/.test(before)) return all;
    const c = columnIndex(col);
    if (c >= 16_384) return all;
    const newCol = colAbs ? c : c + dc;
    const newRow = rowAbs ? Number(row) : Number(row) + dr;
    if (newCol < 0 || newRow < 1) return `${sheet ?? ''}#REF!`;
    return `${sheet ?? ''}${colAbs}${columnName(newCol)}${rowAbs}${newRow}`;
  });
}
