import fc from 'fast-check';
import { alignMeasures, formatMeasureValue, parseMeasures, unitInfo } from '../../../src/core/parse/measure';

const one = (text: string, unitColumn?: string) => {
  const m = parseMeasures(text, { unitColumn });
  expect(m).toHaveLength(1);
  return m[0];
};

describe('parseMeasures: targets and results in one base unit', () => {
  it.each([
    ['≥90%', { kind: 'percent', value: 90, unit: '%', comparator: '>=' }],
    ['432期', { kind: 'count', value: 432, unit: '期' }],
    ['1.8万元', { kind: 'money', value: 18000, unit: '元' }],
    ['≤5万元', { kind: 'money', value: 50000, unit: '元', comparator: '<=' }],
    ['18,000元', { kind: 'money', value: 18000, unit: '元' }],
    ['1.2亿元', { kind: 'money', value: 1.2e8, unit: '元' }],
    ['2.1万人次', { kind: 'count', value: 21000, unit: '人次' }],
    ['低于3元/人次', { kind: 'money', value: 3, unit: '元/人次', comparator: '<' }],
    ['3个月内', { kind: 'count', value: 3, unit: '个月', comparator: '<=' }],
  ])('%s', (text, expected) => {
    expect(one(text)).toMatchObject(expected);
  });

  it('reads deadlines as dates, with or without a year, and leaves durations alone', () => {
    expect(one('12月底前')).toMatchObject({ kind: 'date', hasYear: false, comparator: '<=' });
    expect(one('11月').value).toBeLessThan(one('12月底前').value);
    expect(one('年底前').value).toBe(one('12月31日前').value);
    expect(one('2023年11月30日').value).toBeLessThan(one('2023年12月31日前').value);
    expect(one('2024年1月').value).toBeGreaterThan(one('2023年12月').value);
    expect(one('12个月').kind).toBe('count');
  });

  it('leaves years out of the quantities', () => {
    expect(parseMeasures('2023年完成50场').map((m) => m.value)).toEqual([50]);
  });

  it('takes a bare number’s unit from the 度量单位 column', () => {
    expect(one('100', '%')).toMatchObject({ kind: 'percent', value: 100, unitAssumed: true });
    expect(one('5', '万元')).toMatchObject({ kind: 'money', value: 50000, unitAssumed: true });
    expect(one('20', '场')).toMatchObject({ kind: 'count', value: 20, unit: '场' });
  });

  it('names unit kinds', () => {
    expect(unitInfo('万元')).toEqual({ kind: 'money', unit: '元', factor: 1e4 });
    expect(unitInfo('（%）')).toEqual({ kind: 'percent', unit: '%', factor: 1 });
    expect(unitInfo('人次').kind).toBe('count');
  });
});

describe('alignMeasures: what can be compared', () => {
  it('gives a bare result the target’s unit and scale', () => {
    const a = alignMeasures(one('≤5万元'), one('1.8'))!;
    expect(a.result).toMatchObject({ kind: 'money', value: 18000 });
    expect(alignMeasures(one('≥90%'), one('0.95'))!.result.value).toBeCloseTo(95);
    expect(alignMeasures(one('≥90%'), one('95'))!.result.value).toBe(95);
  });

  it('compares 元 with 万元 and refuses units that differ', () => {
    expect(alignMeasures(one('≤5万元'), one('18,000元'))).toBeDefined();
    expect(alignMeasures(one('≥20场'), one('45场次'))).toBeDefined();
    expect(alignMeasures(one('≥20场'), one('45篇'))).toBeUndefined();
    expect(alignMeasures(one('≥90%'), one('45篇'))).toBeUndefined();
    expect(alignMeasures(one('12月底前'), one('45篇'))).toBeUndefined();
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: 1, max: 99_999_999 }).map((n) => n / 100);

  it('an amount in 万元 equals the same amount in 元 × 10,000', () => {
    fc.assert(
      fc.property(amount, (x) => {
        const wan = one(`${x}万元`);
        const yuan = one(`${Math.round(x * 1e6) / 100}元`);
        expect(wan.kind).toBe('money');
        expect(Math.abs(wan.value - yuan.value)).toBeLessThan(1e-6 * Math.max(1, yuan.value));
      }),
    );
  });

  it('a value written back in its own unit reads the same', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('万元', '元', '%', '场', '万人次', '个'), (x, unit) => {
        const m = one(`${x}${unit}`);
        expect(one(formatMeasureValue(m.value, m)).value).toBeCloseTo(m.value, 6);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.option(fc.string({ maxLength: 6 })), (s, u) => {
      parseMeasures(s, { unitColumn: u ?? undefined });
    }));
  });
});
