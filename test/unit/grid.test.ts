import fc from 'fast-check';
import { columnIndex, columnName, parseA1, parseRange, rangeToA1, toA1 } from '../../src/core/grid/address';
import { Grid } from '../../src/core/grid/grid';

describe('A1 addresses', () => {
  it('round-trips every row and column Excel allows', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), (row, col) => {
      expect(parseA1(toA1(row, col))).toEqual({ row, col });
    }));
    expect(columnName(0)).toBe('A');
    expect(columnName(25)).toBe('Z');
    expect(columnName(26)).toBe('AA');
    expect(columnIndex('XFD')).toBe(16_383);
  });

  it('gives the same address when asked again, cached or not (kept addresses stay bounded)', () => {
    // Far rows first: the kept addresses fill up and later ones are made fresh; both must agree.
    for (const [row, col] of [[150_000, 0], [90_000, 1], [3, 3], [2, 3], [0, 31], [5, 32], [1_048_575, 2]]) {
      const first = toA1(row, col);
      expect(toA1(row, col)).toBe(first);
      expect(parseA1(first)).toEqual({ row, col });
    }
    expect(toA1(13, 3)).toBe('D14');
    expect(toA1(0, 0)).toBe('A1');
  });

  it('reads ranges in any corner order, with sheet names and $ signs', () => {
    expect(parseRange('B3:A1')).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
    expect(parseRange("'绩效'!$A$22:$A$53")).toEqual({ top: 21, left: 0, bottom: 52, right: 0 });
    expect(rangeToA1(parseRange('C5'))).toBe('C5');
    expect(() => parseA1('5C')).toThrow();
  });
});

describe('Grid', () => {
  const g = new Grid({
    name: 's',
    origin: { row: 2, col: 1 },
    values: [['标题', null], [0.726, '  ']],
    numFmts: { B4: '0.00%' },
    formulas: { B4: '=D4/C4' },
    errors: { C4: '#REF!' },
    merges: ['B3:C3'],
  });

  it('addresses cells from the sheet origin, not the array origin', () => {
    expect(g.value(2, 1)).toBe('标题');
    expect(g.value(0, 0)).toBeNull();
    expect(g.rowCount).toBe(4);
    expect(g.colCount).toBe(3);
  });

  it('shows numbers through their format, errors as their code, and keeps formulas', () => {
    expect(g.text(3, 1)).toBe('72.60%');
    expect(g.formula(3, 1)).toBe('=D4/C4');
    expect(g.text(3, 2)).toBe('#REF!');
    expect(g.isBlank(3, 2)).toBe(false);
  });

  it('knows merged areas but leaves their tails blank', () => {
    expect(g.mergeAt(2, 2)).toEqual({ top: 2, left: 1, bottom: 2, right: 2 });
    expect(g.isMergedTail(2, 2)).toBe(true);
    expect(g.isMergedTail(2, 1)).toBe(false);
    expect(g.isBlank(2, 2)).toBe(true);
  });
});
