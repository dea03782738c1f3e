import { compact, isLabel, normalizeLabel, unitInLabel } from '../../../src/core/parse/text';

describe('label normalisation', () => {
  it('matches labels whatever brackets, widths and spaces users type', () => {
    expect(normalizeLabel('预算金额（万元）')).toBe('预算金额(万元)');
    expect(normalizeLabel('预算金额 (万元)')).toBe('预算金额(万元)');
    expect(normalizeLabel('预算金额【万元】')).toBe('预算金额(万元)');
    expect(normalizeLabel('一级 指标')).toBe('一级指标');
    expect(normalizeLabel('年度重点工作任务：')).toBe('年度重点工作任务');
    expect(isLabel('其他需完成的任务(可选 填)', '其他需完成的任务（可选填）')).toBe(true);
    expect(isLabel('三级指标 ', '三级指标')).toBe(true);
    expect(isLabel('', '')).toBe(false);
  });

  it('compacts full-width text and strips zero-width characters', () => {
    expect(compact('１， ４９９．７３\u200b')).toBe('1,499.73');
  });

  it('reads the money unit named in a label', () => {
    expect(unitInLabel('拟投入的资金（万元）')).toBe('万元');
    expect(unitInLabel('总额(元)')).toBe('元');
    expect(unitInLabel('单位：元')).toBe('元');
    expect(unitInLabel('名称')).toBeUndefined();
  });
});
