// Which cells a total's formula adds up, and which formulas are not plain sums at all.

import { parseRatioFormula, parseSumFormula, referenceCounts } from '../../../src/core/rules/budget/formula';

const cells = (f: string) => {
  const p = parseSumFormula(f);
  if (!p) return undefined;
  const counts = referenceCounts(p)!;
  return [...counts.entries()].map(([a, n]) => (n > 1 ? `${a}×${n}` : a));
};

describe('parseSumFormula', () => {
  it.each([
    ['=SUM(B6:B9)', ['B6', 'B7', 'B8', 'B9']],
    ['=C6+D6+E6', ['C6', 'D6', 'E6']],
    ['=sum(B6:B7, B9)', ['B6', 'B7', 'B9']],
    ['=SUM($B$6:$B$7)+B9', ['B6', 'B7', 'B9']],
    ['=ROUND(SUM(B6:B7),2)', ['B6', 'B7']],
    ['=(B5+B26)+B33', ['B5', 'B26', 'B33']],
    ['=SUM(B6:C7)', ['B6', 'C6', 'B7', 'C7']],
    ['=SUM(B6:B7)+B6', ['B6×2', 'B7']],
    ['= SUM( B6 : B7 )', undefined],
  ])('%s', (formula, expected) => {
    expect(cells(formula)).toEqual(expected);
  });

  it.each(['=B5-B26', '=SUM(B6:B9)*1', '=Sheet2!B6+B7', "='其他表'!B6", '=SUM(B:B)', '=AVERAGE(B6:B9)', '=B6+100', '=SUM(B6:B9', '="合计"&B6', '=', ''])(
    'not a plain sum: %s',
    (formula) => {
      expect(parseSumFormula(formula)).toBeUndefined();
    },
  );

  it('does not list a huge range', () => {
    expect(referenceCounts(parseSumFormula('=SUM(A1:Z100000)')!)).toBeUndefined();
  });
});

describe('parseRatioFormula', () => {
  it.each([
    ['=D4/C4', { numerator: 'D4', denominator: 'C4' }],
    ['=$D$4/$C$4', { numerator: 'D4', denominator: 'C4' }],
    ['=ROUND(D4/C4,4)', { numerator: 'D4', denominator: 'C4' }],
    ['=d4 / c4', { numerator: 'D4', denominator: 'C4' }],
    ['=D4/C4*100', { numerator: 'D4', denominator: 'C4' }],
  ])('%s', (f, expected) => {
    expect(parseRatioFormula(f)).toEqual(expected);
  });

  it('ignores what is not a ratio of two cells', () => {
    expect(parseRatioFormula('=IFERROR(D4/C4,0)')).toBeUndefined();
    expect(parseRatioFormula('=SUM(D4:D5)/C4')).toBeUndefined();
  });
});
