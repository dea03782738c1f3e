import fc from 'fast-check';
import { shiftFormula, shiftSpan } from '../../../src/core/templates';

describe('shiftFormula (row insertion)', () => {
  const ins = { at: 9, count: 2 }; // two rows inserted before sheet row 10

  it.each([
    ['=SUM(B6:B25)', '=SUM(B6:B27)'], // the range spans the insertion: it grows
    ['=SUM(B10:B25)', '=SUM(B12:B27)'], // starts at the insertion point: it moves
    ['=SUM(B2:B9)', '=SUM(B2:B9)'], // ends right above: unchanged
    ['=B9+B10', '=B9+B12'],
    ['=$B$30*2', '=$B$32*2'],
    ['=B$30+$C31', '=B$32+$C33'],
    ['=SUM(B25:B6)', '=SUM(B27:B6)'], // written bottom-up
    ['=SUM(5:12)', '=SUM(5:14)'], // whole rows
    ['=SUM(A:A)', '=SUM(A:A)'], // whole columns never move
    ['=LOG10(B20)', '=LOG10(B22)'], // a function name is not a reference
    ['="B20 "&B20', '="B20 "&B22'], // nor is text inside quotes
    ['=Other!B20+B20', '=Other!B20+B22'], // another sheet's rows do not move
    ["='My Sheet'!B20", "='My Sheet'!B20"],
    ['=南沙!B20', '=南沙!B22'], // this sheet, named explicitly
    ['=IF(D54>0,"有","无")', '=IF(D56>0,"有","无")'],
  ])('%s -> %s', (before, after) => {
    expect(shiftFormula(before, ins, '南沙')).toBe(after);
  });

  it('turns references into deleted rows into #REF!, as Excel does', () => {
    expect(shiftFormula('=B10+B20', { at: 9, count: -2 }, 's')).toBe('=#REF!+B18');
    expect(shiftFormula('=SUM(B10:B11)', { at: 9, count: -2 }, 's')).toBe('=SUM(#REF!)');
    expect(shiftFormula('=SUM(B5:B20)', { at: 9, count: -2 }, 's')).toBe('=SUM(B5:B18)');
  });

  it('deleting the inserted rows restores any formula exactly', () => {
    const col = fc.constantFrom('A', 'B', 'AA', '$C');
    const row = fc.integer({ min: 1, max: 60 });
    const ref = fc.oneof(
      fc.tuple(col, fc.boolean(), row).map(([c, abs, r]) => `${c}${abs ? '$' : ''}${r}`),
      fc.tuple(col, row, col, row).map(([c1, r1, c2, r2]) => `${c1}${r1}:${c2}${r2}`),
    );
    const formula = fc.array(ref, { minLength: 1, maxLength: 4 }).map((refs) => `=SUM(${refs.join(',')})+LOG10(2)&"A1"`);
    fc.assert(
      fc.property(formula, fc.integer({ min: 0, max: 70 }), fc.integer({ min: 1, max: 5 }), (f, at, count) => {
        const shifted = shiftFormula(f, { at, count }, 's');
        expect(shiftFormula(shifted, { at, count: -count }, 's')).toBe(f);
      }),
    );
  });

  it('spans: insertion grows a span that covers the point, deletion shrinks it back', () => {
    expect(shiftSpan(5, 20, { at: 10, count: 3 })).toEqual([5, 23]);
    expect(shiftSpan(5, 9, { at: 10, count: 3 })).toEqual([5, 9]);
    expect(shiftSpan(10, 12, { at: 10, count: 3 })).toEqual([13, 15]);
    expect(shiftSpan(5, 23, { at: 10, count: -3 })).toEqual([5, 20]);
    expect(shiftSpan(10, 12, { at: 10, count: -3 })).toBeNull();
  });

  it('a formula on another sheet moves only its references to the edited sheet (unprefixed: false)', () => {
    const s = { at: 9, count: 2 };
    expect(shiftFormula("=表1!B12+B12+'表 2'!B12", s, '表1', { unprefixed: false })).toBe("=表1!B14+B12+'表 2'!B12");
    expect(shiftFormula("=SUM('表 2'!B5:B20)", s, '表 2', { unprefixed: false })).toBe("=SUM('表 2'!B5:B22)");
    // The default: the formula lives on the edited sheet.
    expect(shiftFormula('=表1!B12+B12', s, '表1')).toBe('=表1!B14+B14');
  });
});
