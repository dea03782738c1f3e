import fc from 'fast-check';
import { formatNumber, parseNumber, parsePercent, roundTo } from '../../../src/core/parse/number';

const toFullWidth = (s: string) => s.replace(/[0-9.,\-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe('parseNumber: what users type', () => {
  it.each([
    ['1,561.17', 1561.17],
    ['1, 499. 73', 1499.73],
    ['3, 797. 06', 3797.06],
    ['90. 00', 90],
    ['0.00', 0],
    ['１，５６１．１７', 1561.17],
    ['７０９３．８９', 7093.89],
    ['  28,036,202.00 ', 28036202],
    ['¥1,000.50', 1000.5],
    ['￥1,000.50', 1000.5],
    ['(12.00)', -12],
    ['−5', -5],
    ['-5', -5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1.5E+03', 1500],
  ])('%s -> %d', (text, expected) => {
    expect(parseNumber(text)).toBeCloseTo(expected, 10);
  });

  it.each(['', ' ', '-', 'abc', '1,23', '12,3456', '1.2.3', '一千', '250万', '15人', '#REF!', '1,561.17元', 'NaN', 'Infinity'])('%j is not a plain number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('takes numbers as they are and rejects non-finite ones and other types', () => {
    expect(parseNumber(42.5)).toBe(42.5);
    expect(parseNumber(Number.NaN)).toBeNull();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber(true)).toBeNull();
    expect(parseNumber({})).toBeNull();
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.anything(), (v) => { parseNumber(v); }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => { parseNumber(s); }), { numRuns: 2000 });
  });

  it('reads back every finite number printed by String()', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      expect(parseNumber(String(n))).toBe(n === 0 ? 0 : n);
    }), { numRuns: 3000 });
  });

  it('formatting an amount then parsing it gives it back, in half- and full-width', () => {
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
      const value = cents / 100;
      const text = formatNumber(value, 2, true);
      expect(parseNumber(text)).toBe(value);
      expect(parseNumber(toFullWidth(text))).toBe(value);
      // With the stray spaces of a PDF round trip ("1, 499. 73").
      expect(parseNumber(text.replace(/([,.])/g, '$1 '))).toBe(value);
    }), { numRuns: 3000 });
  });
});

describe('parsePercent', () => {
  it('reads typed percentages and fractions formatted as percent', () => {
    expect(parsePercent('72.60%')).toBeCloseTo(72.6);
    expect(parsePercent('72.6 ％')).toBeCloseTo(72.6);
    expect(parsePercent(0.726, '0.00%')).toBeCloseTo(72.6);
    expect(parsePercent(72.6)).toBeCloseTo(72.6);
    expect(parsePercent('≈')).toBeNull();
  });
});

describe('roundTo', () => {
  it('rounds halves away from the float trap', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
  });
});
