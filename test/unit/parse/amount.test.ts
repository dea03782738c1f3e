import { formatMoney, parseAmount, tolerance } from '../../../src/core/parse/amount';

describe('parseAmount: money in the unit the form uses', () => {
  it('reads numbers and text numbers in the form unit', () => {
    expect(parseAmount(1561.17, '万元')).toEqual({ kind: 'amount', value: 1561.17 });
    expect(parseAmount('1, 499. 73', '万元')).toEqual({ kind: 'amount', value: 1499.73 });
  });

  it('converts amounts written with their own unit', () => {
    expect(parseAmount('250万', '元')).toEqual({ kind: 'amount', value: 2_500_000, writtenUnit: '万元' });
    expect(parseAmount('250万元', '万元')).toEqual({ kind: 'amount', value: 250, writtenUnit: '万元' });
    const yuan = parseAmount('28,036,202.00元', '万元');
    expect(yuan.kind).toBe('amount');
    expect(yuan.kind === 'amount' && yuan.value).toBeCloseTo(2803.6202, 6);
  });

  it('treats blanks as blank and a dash as nil', () => {
    expect(parseAmount(null, '万元')).toEqual({ kind: 'blank' });
    expect(parseAmount('  ', '万元')).toEqual({ kind: 'blank' });
    expect(parseAmount('-', '万元')).toEqual({ kind: 'amount', value: 0 });
    expect(parseAmount('—', '万元')).toEqual({ kind: 'amount', value: 0 });
  });

  it('says why a cell is not an amount', () => {
    expect(parseAmount('待定', '万元')).toEqual({ kind: 'invalid', reason: 'not-a-number', text: '待定' });
    expect(parseAmount(null, '万元', '#REF!')).toEqual({ kind: 'invalid', reason: 'error-value', text: '#REF!' });
    expect(parseAmount('#VALUE!', '万元')).toEqual({ kind: 'invalid', reason: 'error-value', text: '#VALUE!' });
    expect(parseAmount(true, '万元')).toEqual({ kind: 'invalid', reason: 'not-an-amount', text: 'true' });
  });

  it('formats money the way forms do and uses half a cent as tolerance', () => {
    expect(formatMoney(5805.56, '万元')).toBe('5,805.56 万元');
    expect(formatMoney(28036202, '元')).toBe('28,036,202.00 元');
    expect(formatMoney(-150, '万元')).toBe('-150.00 万元');
    expect(tolerance('万元')).toBe(0.005);
    expect(tolerance('元')).toBe(0.005);
  });
});
